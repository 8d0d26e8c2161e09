import { describe, expect, it } from "vitest";
import { at } from "../../../src/checked-index.js";
import { csrFromEdges } from "../../../src/graph/csr.js";
import {
  barabasiAlbert,
  barabasiAlbertEdgeCount,
  barabasiAlbertEdges,
} from "../../../src/model/network/barabasi-albert.js";
import { streamFromKey } from "../../../src/random/streams.js";
import { edgeSet, isSimple, keysAreIndices } from "./graph-helpers.js";

function degrees(n: number, src: Uint32Array, dst: Uint32Array): Uint32Array {
  const deg = new Uint32Array(n);
  for (const u of src) deg[u] = at(deg, u) + 1;
  for (const v of dst) deg[v] = at(deg, v) + 1;
  return deg;
}

/**
 * Discrete power-law exponent by maximum likelihood, the approximation of
 * Clauset, Shalizi & Newman 2009 (SIAM Review 51:661, eq. 3.7):
 * α ≈ 1 + N / Σ ln(k_i / (k_min − ½)) over the N degrees k_i ≥ k_min.
 */
function powerLawExponent(deg: ArrayLike<number>, kMin: number): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < deg.length; i++) {
    const k = at(deg, i);
    if (k >= kMin) {
      sum += Math.log(k / (kMin - 0.5));
      count++;
    }
  }
  return 1 + count / sum;
}

describe("barabasiAlbert (Barabási & Albert 1999)", () => {
  it("starts from the complete graph on m+1 nodes: exactly m(m+1)/2 + (n−m−1)·m simple edges", () => {
    for (const [n, m] of [
      [2, 1],
      [10, 1],
      [6, 5],
      [100, 3],
      [1000, 7],
    ] as const) {
      const g = barabasiAlbert(n, { m }, streamFromKey(`ba:${n}:${m}`));
      expect(g.order).toBe(n);
      expect(g.size).toBe((m * (m + 1)) / 2 + (n - m - 1) * m);
      expect(g.size).toBe(barabasiAlbertEdgeCount(n, m));
      expect(isSimple(g)).toBe(true);
      expect(keysAreIndices(g)).toBe(true);
      // the seed clique, and every later node with degree ≥ m
      for (let u = 0; u <= m; u++) for (let v = u + 1; v <= m; v++) expect(g.hasEdge(String(u), String(v))).toBe(true);
      g.forEachNode((node) => expect(g.degree(node)).toBeGreaterThanOrEqual(m));
    }
  });

  it("each new node links only to earlier nodes", () => {
    const { src, dst } = barabasiAlbertEdges(500, { m: 4 }, streamFromKey("ba:order"));
    for (const [e, u] of src.entries()) expect(at(dst, e)).toBeLessThan(u);
  });

  it("has a degree-distribution exponent near 3 on 10^5 nodes (MLE, k_min = 3m; tolerance 2.6–3.4)", () => {
    const n = 100_000;
    for (const m of [3, 5]) {
      const { src, dst } = barabasiAlbertEdges(n, { m }, streamFromKey(`ba:exponent:${m}`));
      const alpha = powerLawExponent(degrees(n, src, dst), 3 * m);
      expect(alpha).toBeGreaterThan(2.6);
      expect(alpha).toBeLessThan(3.4);
    }
  });

  it("has a hub: the maximum degree grows like √n (far above an Erdős–Rényi graph's)", () => {
    const n = 100_000;
    const { src, dst } = barabasiAlbertEdges(n, { m: 3 }, streamFromKey("ba:hub"));
    const max = Math.max(...degrees(n, src, dst));
    // Expected k_max ≈ m·√n ≈ 950; ER with the same mean degree 6 has k_max ≈ 20.
    expect(max).toBeGreaterThan(300);
  });

  it("builds 10^6 nodes with m = 5 as typed arrays, quickly and without duplicate edges", () => {
    const t0 = performance.now();
    const { src, dst } = barabasiAlbertEdges(1_000_000, { m: 5 }, streamFromKey("ba:big"));
    const elapsed = performance.now() - t0;
    expect(src.length).toBe(barabasiAlbertEdgeCount(1_000_000, 5));
    expect(elapsed).toBeLessThan(8000); // about 1.2 s here
    const { stats } = csrFromEdges(1_000_000, src, dst);
    expect(stats).toEqual({ selfLoops: 0, duplicates: 0 });
  });

  it("is reproducible for a seed and differs for another", () => {
    const a = edgeSet(barabasiAlbert(300, { m: 2 }, streamFromKey("s1")));
    expect(edgeSet(barabasiAlbert(300, { m: 2 }, streamFromKey("s1")))).toEqual(a);
    expect(edgeSet(barabasiAlbert(300, { m: 2 }, streamFromKey("s2")))).not.toEqual(a);
  });

  it("throws ModelError naming the offending values", () => {
    const rng = streamFromKey("x");
    expect(() => barabasiAlbert(5, { m: 5 }, rng)).toThrow("m must be < n (m = 5, n = 5)");
    expect(() => barabasiAlbert(5, { m: 0 }, rng)).toThrow(/m = 0/);
    expect(() => barabasiAlbert(5, { m: 1.5 }, rng)).toThrow(/m = 1.5/);
    expect(() => barabasiAlbertEdges(-1, { m: 1 }, rng)).toThrow(expect.objectContaining({ name: "ModelError" }));
  });
});
