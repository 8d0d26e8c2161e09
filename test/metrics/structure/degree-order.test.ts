// The degree-ordered, oriented form behind the triangle count: rank order, oriented
// rows and dense-row bitmaps on hand-checkable graphs and random ones.
import { describe, expect, it } from "vitest";
import { at } from "../../../src/checked-index.js";
import fc from "fast-check";
import { degreeOrder, denseRowBitmaps, orientByRank, type OrientedGraph } from "../../../src/metrics/structure/degree-order.js";
import { csrFromEdges, type Csr } from "../../../src/graph/csr.js";
import { complete, csrOf, star } from "../helpers.js";

const randomGraph = fc
  .integer({ min: 1, max: 70 })
  .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 600 })));

const build = (n: number, edges: readonly (readonly [number, number])[]): Csr =>
  csrFromEdges(n, edges.map((e) => e[0]), edges.map((e) => e[1])).csr;

const row = (g: OrientedGraph, r: number): number[] => [...g.targets.subarray(at(g.offsets, r), at(g.offsets, r + 1))];

describe("degreeOrder", () => {
  it("ranks by degree, ties broken by id", () => {
    // degrees: 0:1, 1:3, 2:2, 3:1, 4:1 (path 3-2-1-0 plus 1-4)
    const { order, rank } = degreeOrder(csrOf(5, [[3, 2], [2, 1], [1, 0], [1, 4]]));
    expect([...order]).toEqual([0, 3, 4, 2, 1]);
    expect([...rank]).toEqual([0, 4, 3, 1, 2]);
  });

  it("is the sort by (degree, id) on random graphs (property)", () => {
    fc.assert(
      fc.property(randomGraph, ([n, edges]) => {
        const csr = build(n, edges);
        const deg = (v: number) => at(csr.offsets, v + 1) - at(csr.offsets, v);
        const expected = Array.from({ length: n }, (_, v) => v).sort((a, b) => deg(a) - deg(b) || a - b);
        const { order, rank } = degreeOrder(csr);
        expect([...order]).toEqual(expected);
        for (const [r, v] of order.entries()) expect(rank[v]).toBe(r);
      }),
      { numRuns: 100, seed: 5 },
    );
  });
});

describe("orientByRank", () => {
  it("a star: every leaf points to the centre, the centre to nobody", () => {
    const csr = star(3); // centre 0 has the highest degree: rank 3; leaves 1, 2, 3 ranks 0, 1, 2
    const g = orientByRank(csr, degreeOrder(csr));
    expect([0, 1, 2, 3].map((r) => row(g, r))).toEqual([[3], [3], [3], []]);
  });

  it("keeps each edge once, from lower to higher rank, rows ascending (property)", () => {
    fc.assert(
      fc.property(randomGraph, ([n, edges]) => {
        const csr = build(n, edges);
        const ord = degreeOrder(csr);
        const g = orientByRank(csr, ord);
        expect(g.targets.length).toBe(csr.neighbors.length / 2);
        const arcs = new Set<number>();
        for (let r = 0; r < n; r++) {
          const t = row(g, r);
          for (const [i, v] of t.entries()) {
            expect(v).toBeGreaterThan(r);
            if (i > 0) expect(v).toBeGreaterThan(at(t, i - 1));
            arcs.add(r * n + v);
          }
        }
        for (let u = 0; u < n; u++) {
          for (const v of csr.neighbors.subarray(at(csr.offsets, u), at(csr.offsets, u + 1))) {
            const a = at(ord.rank, u);
            const b = at(ord.rank, v);
            expect(arcs.has(Math.min(a, b) * n + Math.max(a, b))).toBe(true);
          }
        }
      }),
      { numRuns: 100, seed: 6 },
    );
  });
});

describe("denseRowBitmaps", () => {
  it("ratio 0 gives every non-empty row a bitmap, Infinity none", () => {
    const csr = complete(40);
    const g = orientByRank(csr, degreeOrder(csr));
    const all = denseRowBitmaps(g, 0);
    const none = denseRowBitmaps(g, Infinity);
    for (let r = 0; r < 40; r++) {
      expect(at(all.start, r) >= 0).toBe(r < 39);
      expect(none.start[r]).toBe(-1);
    }
    expect(none.bits.length).toBe(0);
  });

  it("a row's bitmap holds exactly its entries, over its span (property)", () => {
    fc.assert(
      fc.property(randomGraph, fc.constantFrom(0, 1, 2), ([n, edges], ratio) => {
        const csr = build(n, edges);
        const g = orientByRank(csr, degreeOrder(csr));
        const { start, bits } = denseRowBitmaps(g, ratio);
        for (let r = 0; r < n; r++) {
          const s = at(start, r);
          const t = row(g, r);
          if (t.length === 0) {
            expect(s).toBe(-1);
            continue;
          }
          const lo = at(t, 0) >>> 5;
          const hi = at(t, t.length - 1) >>> 5;
          expect(s >= 0).toBe(t.length > ratio * (hi - lo + 1));
          if (s < 0) continue;
          const set: number[] = [];
          for (let k = lo; k <= hi; k++) for (let b = 0; b < 32; b++) if ((at(bits, s + k - lo) >>> b) & 1) set.push(32 * k + b);
          expect(set).toEqual(t);
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
