// The triangle count's two intersection paths (marked scan, bitmap AND) against
// hand-counted graphs and the brute-force count per node on random graphs.
import { describe, expect, it } from "vitest";
import { at } from "../../../src/checked-index.js";
import fc from "fast-check";
import { countTriangles, countTrianglesWith } from "../../../src/metrics/structure/triangles.js";
import { csrFromEdges, type Csr } from "../../../src/graph/csr.js";
import { complete, csrOf } from "../helpers.js";

const RATIOS = [0, 1, 2, Infinity];

/** Triangles through each node, by checking every triple. */
function bruteForce(csr: Csr): { triangles: number; perNode: number[] } {
  const { n } = csr;
  const adj = new Set<number>();
  for (let u = 0; u < n; u++) for (const v of csr.neighbors.subarray(at(csr.offsets, u), at(csr.offsets, u + 1))) adj.add(u * n + v);
  const perNode = new Array<number>(n).fill(0);
  let triangles = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (!adj.has(a * n + b)) continue;
      for (let c = b + 1; c < n; c++) {
        if (adj.has(b * n + c) && adj.has(a * n + c)) {
          triangles++;
          for (const x of [a, b, c]) perNode[x] = at(perNode, x) + 1;
        }
      }
    }
  }
  return { triangles, perNode };
}

describe("countTriangles paths", () => {
  it("a diamond (two triangles sharing an edge): perNode [1, 2, 2, 1] on every path", () => {
    const csr = csrOf(4, [[0, 1], [0, 2], [1, 2], [1, 3], [2, 3]]);
    for (const r of RATIOS) {
      const t = countTrianglesWith(csr, r);
      expect(t.triangles).toBe(2);
      expect([...t.perNode]).toEqual([1, 2, 2, 1]);
    }
  });

  it("K40 (rows span two bitmap words): C(40,3) triangles, C(39,2) through each node", () => {
    for (const r of RATIOS) {
      const t = countTrianglesWith(complete(40), r);
      expect(t.triangles).toBe(9880);
      expect([...t.perNode]).toEqual(new Array(40).fill(741));
    }
  });

  it("equals the brute-force count per node on random graphs, sparse and dense (property)", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 90 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 1500 }))),
        ([n, edges]) => {
          const { csr } = csrFromEdges(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
          const expected = bruteForce(csr);
          for (const r of RATIOS) {
            const t = countTrianglesWith(csr, r);
            expect(t.triangles).toBe(expected.triangles);
            expect([...t.perNode]).toEqual(expected.perNode);
          }
          expect([...countTriangles(csr).perNode]).toEqual(expected.perNode);
        },
      ),
      { numRuns: 150, seed: 12 },
    );
  });
});
