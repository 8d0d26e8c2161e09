// MS-BFS (Then et al. 2014) must give exactly what one plain BFS per source gives,
// on any graph, any source set, any batch width, with or without per-source counts.
import { describe, expect, it } from "vitest";
import { at } from "../../../src/checked-index.js";
import fc from "fast-check";
import { bfsDistances, bfsDistribution, msbfsDistribution } from "../../../src/metrics/separation/index.js";
import { csrFromArcs, csrFromEdges } from "../../../src/graph/csr.js";

const graphArb = fc.integer({ min: 1, max: 90 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 4 * n }),
    words: fc.integer({ min: 1, max: 3 }),
    sourceMask: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
  }),
);

describe("msbfsDistribution equals plain BFS (property)", () => {
  it("undirected random graphs, all sources and subsets, 1–3 words per node", () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges, words, sourceMask }) => {
        const { csr } = csrFromEdges(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
        expect(msbfsDistribution(csr, undefined, { wordsPerNode: words }).distribution).toEqual(bfsDistribution(csr));
        const sources = sourceMask.flatMap((b, i) => (b ? [i] : []));
        const ms = msbfsDistribution(csr, sources, { wordsPerNode: words, perSource: true });
        expect(ms.distribution).toEqual(bfsDistribution(csr, sources));
        // per-source histograms equal each source's own BFS
        const ours = sources.map((_, i) => Array.from({ length: n }, (_, hop) => (hop === 0 ? 0 : (ms.perSource?.[i]?.[hop] ?? 0))));
        const plain = sources.map((s) => {
          const row = new Array<number>(n).fill(0);
          for (const x of bfsDistances(csr, s)) if (x > 0) row[x] = at(row, x) + 1;
          return row;
        });
        expect(ours).toEqual(plain);
      }),
      { numRuns: 100, seed: 4 },
    );
  });

  it("directed random graphs (top-down only, arcs followed forward)", () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges, words }) => {
        const { csr } = csrFromArcs(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
        expect(msbfsDistribution(csr, undefined, { wordsPerNode: words }).distribution).toEqual(bfsDistribution(csr));
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  it("rejects repeated and out-of-range sources with MetricError", () => {
    const { csr } = csrFromEdges(3, [0], [1]);
    expect(() => msbfsDistribution(csr, [0, 0])).toThrow(expect.objectContaining({ name: "MetricError" }));
    expect(() => msbfsDistribution(csr, [3])).toThrow(expect.objectContaining({ name: "MetricError" }));
    expect(() => msbfsDistribution(csr, [0], { wordsPerNode: 0 })).toThrow(expect.objectContaining({ name: "MetricError" }));
  });
});
