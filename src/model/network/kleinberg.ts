/**
 * Kleinberg's small-world grid: a side × side torus lattice in which every node
 * also has q long-range contacts, chosen with probability ∝ d^−r in lattice
 * distance d. At r = 2 (the lattice dimension) greedy routing needs only
 * O(log² n) steps; for any other r it needs a polynomial number.
 *
 * Built directly in typed arrays (a Csr), not through graphology, so a 1000 × 1000
 * grid (10^6 nodes) takes well under a second and tens of megabytes.
 *
 * References:
 * - J. Kleinberg, "The small-world phenomenon: an algorithmic perspective",
 *   Proceedings of the 32nd ACM Symposium on Theory of Computing (STOC), 163–170, 2000.
 * - J. Kleinberg, "Navigation in a small world", Nature 406:845, 2000.
 */
import { ModelError } from "../../errors.js";
import { csrFromEdges, type Csr } from "../../graph/csr.js";
import { ringCount, torusDistanceCounts } from "../../graph/torus.js";
import type { Rng } from "../../random/streams.js";
import { checkInteger } from "./internal.js";
import { insertionSort } from "../sorted.js";

export interface KleinbergOptions {
  /** Side of the torus; n = side² nodes. An integer ≥ 3. */
  readonly side: number;
  /** Clustering exponent: P(u → v) ∝ d(u, v)^−r. Finite and ≥ 0. */
  readonly r: number;
  /** Long-range contacts per node (drawn independently, with replacement). Default 1. */
  readonly q?: number;
}

/** A Kleinberg grid. Node u sits at (x, y) = (u mod side, ⌊u / side⌋). */
export interface KleinbergGrid {
  readonly side: number;
  readonly n: number;
  readonly r: number;
  readonly q: number;
  /**
   * Directed out-contacts: row u holds u's four lattice neighbours and u's own
   * long-range contacts (sorted, duplicates merged). Not symmetric.
   */
  readonly out: Csr;
  /** u's long-range contacts at [u·q, (u+1)·q), in draw order (may repeat or be lattice neighbours). */
  readonly longRange: Uint32Array;
  readonly x: Uint32Array;
  readonly y: Uint32Array;
}

/**
 * Builds a Kleinberg grid.
 *
 * @param options - side, exponent r, contacts per node q
 * @param rng - the seeded stream to draw from
 * @returns the directed out-contact Csr, the long-range contacts and coordinates
 * @throws ModelError if side is not an integer ≥ 3, r is negative or not finite,
 *   or q is not a non-negative integer
 *
 * Notes: Kleinberg's long-range contacts are directed: u knows v, not the
 * reverse. So `out` is a directed Csr (row u = out-contacts of u) and greedy
 * routing uses only the holder's own contacts; `kleinbergUndirected` gives the
 * symmetric view for distance measurements. Each contact of u is drawn in two
 * steps, both exact: a distance d ≥ 1 from the precomputed CDF of
 * count(d)·d^−r (count(d) = nodes at distance d on the torus), then a node
 * uniformly among those at distance d: the split a + b = d of the distance into
 * x and y parts is drawn with weight ringCount(a)·ringCount(b) by rejection
 * (acceptance ≥ 1/4), then the signs. This costs O(log side) per contact instead
 * of O(n). Lattice links join each node to the four nodes at distance 1 (Kleinberg's
 * p = 1). At r = 0 contacts are uniform over the other nodes.
 */
export function kleinbergGrid(options: KleinbergOptions, rng: Rng): KleinbergGrid {
  const { side, r } = options;
  const q = options.q ?? 1;
  checkInteger("side", side, 3);
  if (!(r >= 0 && Number.isFinite(r))) throw new ModelError(`r must be a finite number ≥ 0 (r = ${r})`);
  checkInteger("q", q, 0);
  const n = side * side;
  const h = Math.floor(side / 2);

  const counts = torusDistanceCounts(side);
  const cdf = new Float64Array(counts.length);
  for (let d = 1; d < counts.length; d++) cdf[d] = (cdf[d - 1] as number) + (counts[d] as number) * Math.pow(d, -r);
  const total = cdf[cdf.length - 1] as number;

  const x = new Uint32Array(n);
  const y = new Uint32Array(n);
  const longRange = new Uint32Array(n * q);
  const offsets = new Uint32Array(n + 1);
  const neighbors = new Uint32Array(n * (4 + q));
  const row = new Uint32Array(4 + q);
  let w = 0;
  for (let u = 0; u < n; u++) {
    const ux = u % side;
    const uy = (u - ux) / side;
    x[u] = ux;
    y[u] = uy;
    row[0] = uy * side + ((ux + 1) % side);
    row[1] = uy * side + ((ux + side - 1) % side);
    row[2] = ((uy + 1) % side) * side + ux;
    row[3] = ((uy + side - 1) % side) * side + ux;
    for (let c = 0; c < q; c++) {
      const d = drawDistance(cdf, total, rng);
      let a: number;
      for (;;) {
        a = Math.max(0, d - h) + Math.floor(rng() * (Math.min(d, h) - Math.max(0, d - h) + 1));
        if (rng() * 4 < ringCount(side, a) * ringCount(side, d - a)) break;
      }
      const dx = signed(side, a, rng);
      const dy = signed(side, d - a, rng);
      const v = ((uy + dy + side) % side) * side + ((ux + dx + side) % side);
      longRange[u * q + c] = v;
      row[4 + c] = v;
    }
    // Sort the short row, then copy without duplicates.
    insertionSort(row);
    for (let i = 0; i < row.length; i++) if (i === 0 || row[i] !== row[i - 1]) neighbors[w++] = row[i] as number;
    offsets[u + 1] = w;
  }
  const out: Csr = { n, offsets, neighbors: neighbors.slice(0, w) };
  return { side, n, r, q, out, longRange, x, y };
}

/**
 * The undirected view of a Kleinberg grid (lattice links plus every long-range
 * contact in both directions), e.g. to measure its distances.
 */
export function kleinbergUndirected(grid: KleinbergGrid): Csr {
  const { n, out } = grid;
  const src = new Uint32Array(out.neighbors.length);
  for (let u = 0; u < n; u++) src.fill(u, out.offsets[u] as number, out.offsets[u + 1] as number);
  return csrFromEdges(n, src, out.neighbors).csr;
}

/** A distance d ≥ 1 with P(d) ∝ count(d)·d^−r, by binary search of the CDF. */
function drawDistance(cdf: Float64Array, total: number, rng: Rng): number {
  const target = rng() * total;
  let lo = 1;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** An offset of circular distance a, with a random sign when ±a are different nodes. */
function signed(side: number, a: number, rng: Rng): number {
  return ringCount(side, a) === 2 && rng() < 0.5 ? -a : a;
}
