import { describe, expect, it } from "vitest";
import { at } from "../../../src/checked-index.js";
import { kleinbergGrid, kleinbergUndirected } from "../../../src/model/network/kleinberg.js";
import { torusDistance, torusDistanceCounts } from "../../../src/graph/torus.js";
import { streamFromKey } from "../../../src/random/streams.js";

function row(csr: { offsets: Uint32Array; neighbors: Uint32Array }, u: number): number[] {
  return Array.from(csr.neighbors.subarray(csr.offsets[u], csr.offsets[u + 1]));
}

describe("Kleinberg grid (Kleinberg 2000)", () => {
  it("counts nodes at each torus distance as brute force does (odd and even sides)", () => {
    for (const side of [3, 4, 5, 6, 9]) {
      const brute = new Float64Array(2 * Math.floor(side / 2) + 1);
      for (let v = 0; v < side * side; v++) {
        const d = torusDistance(side, 0, v);
        brute[d] = at(brute, d) + 1;
      }
      expect(Array.from(torusDistanceCounts(side))).toEqual(Array.from(brute));
    }
    expect(torusDistance(10, 0, 99)).toBe(2); // (0,0) to (9,9) wraps both ways
  });

  it("links every node to its four lattice neighbours and q long-range contacts, directed", () => {
    const side = 20;
    const grid = kleinbergGrid({ side, r: 2, q: 2 }, streamFromKey("k:structure"));
    expect(grid.n).toBe(400);
    expect(grid.longRange.length).toBe(800);
    for (let u = 0; u < grid.n; u++) {
      const out = row(grid.out, u);
      expect([...out].sort((a, b) => a - b)).toEqual(out);
      expect(new Set(out).size).toBe(out.length);
      const lattice = out.filter((v) => torusDistance(side, u, v) === 1);
      expect(lattice.length).toBe(4);
      for (const v of grid.longRange.subarray(2 * u, 2 * u + 2)) {
        expect(out).toContain(v);
        expect(v).not.toBe(u);
      }
      expect(out.length).toBeLessThanOrEqual(6);
      expect(at(grid.x, u) + side * at(grid.y, u)).toBe(u);
    }
    // Directed: some long-range contact is not reciprocated.
    let oneWay = 0;
    for (let u = 0; u < grid.n; u++) for (const v of grid.longRange.subarray(2 * u, 2 * u + 2)) if (!row(grid.out, v).includes(u)) oneWay++;
    expect(oneWay).toBeGreaterThan(0);
    // The undirected view has each one-way contact in both rows.
    const und = kleinbergUndirected(grid);
    for (let u = 0; u < grid.n; u++) for (const v of row(grid.out, u)) expect(row(und, v)).toContain(u);
  });

  it("draws contacts uniformly over the other nodes at r = 0 (every offset on sides 6 and 7, within 5 SE)", () => {
    for (const side of [6, 7]) {
      const q = 300;
      const n = side * side;
      const grid = kleinbergGrid({ side, r: 0, q }, streamFromKey(`k:uniform:${side}`));
      const hits = new Float64Array(n);
      for (let u = 0; u < n; u++) {
        for (const v of grid.longRange.subarray(u * q, (u + 1) * q)) {
          // offset of v from u, as a node index relative to the origin
          const dx = (at(grid.x, v) - at(grid.x, u) + side) % side;
          const dy = (at(grid.y, v) - at(grid.y, u) + side) % side;
          const o = dy * side + dx;
          hits[o] = at(hits, o) + 1;
        }
      }
      expect(hits[0]).toBe(0);
      const draws = n * q;
      const p = 1 / (n - 1);
      const se = Math.sqrt(draws * p * (1 - p));
      for (let o = 1; o < n; o++) expect(Math.abs(at(hits, o) - draws * p)).toBeLessThan(5 * se);
    }
  });

  it("draws distance d with probability ∝ count(d)·d^−r (r = 2, side 64, within 5 SE)", () => {
    const side = 64;
    const q = 20;
    const r = 2;
    const grid = kleinbergGrid({ side, r, q }, streamFromKey("k:distance"));
    const counts = torusDistanceCounts(side);
    let z = 0;
    for (let d = 1; d < counts.length; d++) z += at(counts, d) * d ** -r;
    const observed = new Float64Array(counts.length);
    for (let u = 0; u < grid.n; u++) {
      for (const v of grid.longRange.subarray(u * q, (u + 1) * q)) {
        const d = torusDistance(side, u, v);
        observed[d] = at(observed, d) + 1;
      }
    }
    const draws = grid.n * q;
    for (const d of [1, 2, 3, 5, 10, 32, 64]) {
      const p = (at(counts, d) * d ** -r) / z;
      expect(Math.abs(at(observed, d) - draws * p)).toBeLessThan(5 * Math.sqrt(draws * p * (1 - p)) + 1);
    }
  });

  it("builds a 1000 × 1000 grid (10^6 nodes) in typed arrays quickly", () => {
    const t0 = performance.now();
    const grid = kleinbergGrid({ side: 1000, r: 2 }, streamFromKey("k:big"));
    expect(performance.now() - t0).toBeLessThan(5000); // about 0.4 s here
    expect(grid.out.offsets[grid.n]).toBe(grid.out.neighbors.length);
    // 4 lattice links each, plus the long-range contact unless it drew d = 1 (a lattice neighbour).
    const counts = torusDistanceCounts(1000);
    let z = 0;
    for (let d = 1; d < counts.length; d++) z += at(counts, d) / (d * d);
    const p1 = at(counts, 1) / z;
    const expected = 4e6 + 1e6 * (1 - p1);
    expect(Math.abs(grid.out.neighbors.length - expected)).toBeLessThan(5 * Math.sqrt(1e6 * p1 * (1 - p1)));
  });

  it("is reproducible for a seed", () => {
    const a = kleinbergGrid({ side: 30, r: 1.5, q: 3 }, streamFromKey("s1")).longRange;
    expect(kleinbergGrid({ side: 30, r: 1.5, q: 3 }, streamFromKey("s1")).longRange).toEqual(a);
    expect(kleinbergGrid({ side: 30, r: 1.5, q: 3 }, streamFromKey("s2")).longRange).not.toEqual(a);
  });

  it("throws ModelError naming the offending values", () => {
    const rng = streamFromKey("x");
    expect(() => kleinbergGrid({ side: 2, r: 2 }, rng)).toThrow(/side = 2/);
    expect(() => kleinbergGrid({ side: 10, r: -1 }, rng)).toThrow(/r = -1/);
    expect(() => kleinbergGrid({ side: 10, r: 2, q: 1.5 }, rng)).toThrow(expect.objectContaining({ name: "ModelError" }));
  });
});
