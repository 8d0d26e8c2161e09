/**
 * Geometry of the side × side torus lattice (Kleinberg's grid): lattice distance
 * between nodes, numbered u = y·side + x, and how many nodes lie at each distance.
 * Shared by the Kleinberg generator (model) and decentralized search (metrics).
 */

/** Lattice (Manhattan) distance between nodes u and v on the side × side torus. */
export function torusDistance(side: number, u: number, v: number): number {
  let dx = Math.abs((u % side) - (v % side));
  let dy = Math.abs(Math.floor(u / side) - Math.floor(v / side));
  if (2 * dx > side) dx = side - dx;
  if (2 * dy > side) dy = side - dy;
  return dx + dy;
}

/** Offsets on a cycle of `side` nodes at circular distance a: 1 at 0 and at side/2 (even side), else 2. */
export function ringCount(side: number, a: number): number {
  return a === 0 || 2 * a === side ? 1 : 2;
}

/**
 * Nodes at each lattice distance d = 0 .. 2⌊side/2⌋ from any node of the torus
 * (the same for every node). Entry 0 is 1; the entries sum to side².
 */
export function torusDistanceCounts(side: number): Float64Array {
  const h = Math.floor(side / 2);
  const counts = new Float64Array(2 * h + 1);
  for (let a = 0; a <= h; a++) {
    for (let b = 0; b <= h; b++) counts[a + b]! += ringCount(side, a) * ringCount(side, b);
  }
  return counts;
}
