// Structure metrics on hand-countable graphs, decided degenerate cases, and the
// components partition cross-checked against graphology-components.
import { describe, expect, it } from "vitest";
import { at } from "../../../src/checked-index.js";
import fc from "fast-check";
import { UndirectedGraph } from "graphology";
import { connectedComponents as graphologyComponents } from "graphology-components";
import {
  clusteringStats,
  connectedComponents,
  countTriangles,
  degreeStats,
  structureSummary,
} from "../../../src/metrics/structure/index.js";
import { csrFromArcs, csrFromEdges } from "../../../src/graph/csr.js";
import { complete, csrOf, cycle, path, star } from "../helpers.js";

describe("triangles and clustering", () => {
  it("K4: 4 triangles, every local clustering 1, transitivity 1, closed fraction 1", () => {
    const c = clusteringStats(complete(4));
    expect(c.triangles).toBe(4);
    expect(c.averageClustering).toBe(1);
    expect(c.transitivity).toBe(1);
    expect(c.closedTriangleFraction).toBe(1);
    expect([...countTriangles(complete(4)).perNode]).toEqual([3, 3, 3, 3]);
  });

  it("K5: C(5,3) = 10 triangles; wedges 5·C(4,2) = 30", () => {
    const c = clusteringStats(complete(5));
    expect(c.triangles).toBe(10);
    expect(c.wedges).toBe(30);
  });

  it("a triangle with a pendant: degree-1 node counts 0 in the average (networkx/SNAP convention)", () => {
    // 0-1-2 triangle, 3 hangs on 2. c = [1, 1, 1/3, 0] → mean 7/12
    const c = clusteringStats(csrOf(4, [[0, 1], [1, 2], [0, 2], [2, 3]]));
    expect(c.triangles).toBe(1);
    expect(c.averageClustering).toBeCloseTo(7 / 12, 12);
    // wedges 1 + 1 + 3 = 5; transitivity 3/5; closed fraction 1 / (1 + 2 open) = 1/3
    expect(c.transitivity).toBeCloseTo(3 / 5, 12);
    expect(c.closedTriangleFraction).toBeCloseTo(1 / 3, 12);
  });

  it("star, path, cycle of 5: no triangles, clustering 0", () => {
    for (const g of [star(5), path(5), cycle(5)]) {
      const c = clusteringStats(g);
      expect(c.triangles).toBe(0);
      expect(c.averageClustering).toBe(0);
      expect(c.transitivity).toBe(0);
    }
  });

  it("degenerate: empty graph gives NaN average clustering and 0 transitivity; single node 0", () => {
    expect(clusteringStats(csrOf(0, [])).averageClustering).toBeNaN();
    expect(clusteringStats(csrOf(0, [])).transitivity).toBe(0);
    expect(clusteringStats(csrOf(1, [])).averageClustering).toBe(0);
  });

  it("triangle count equals brute force on random graphs (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 120 }))),
        ([n, edges]) => {
          const { csr } = csrFromEdges(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
          const adj = new Set<number>();
          for (let u = 0; u < n; u++) for (const v of csr.neighbors.subarray(at(csr.offsets, u), at(csr.offsets, u + 1))) adj.add(u * n + v);
          let t = 0;
          for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) for (let c = b + 1; c < n; c++) if (adj.has(a * n + b) && adj.has(b * n + c) && adj.has(a * n + c)) t++;
          expect(countTriangles(csr).triangles).toBe(t);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });

  it("a directed CSR is refused with MetricError", () => {
    const { csr } = csrFromArcs(2, [0], [1]);
    expect(() => clusteringStats(csr)).toThrow(expect.objectContaining({ name: "MetricError" }));
  });
});

describe("components", () => {
  it("two components and an isolated node: sizes, giant share, giant edges", () => {
    const c = connectedComponents(csrOf(6, [[0, 1], [1, 2], [0, 2], [3, 4]]));
    expect(c.count).toBe(3);
    expect(c.sizes).toEqual([3, 2, 1]);
    expect(c.giantSize).toBe(3);
    expect(c.giantEdges).toBe(3);
    expect(c.giantShare).toBeCloseTo(0.5, 12);
    expect([...c.labels]).toEqual([0, 0, 0, 1, 1, 2]);
  });

  it("empty graph: 0 components, giant share NaN", () => {
    const c = connectedComponents(csrOf(0, []));
    expect(c.count).toBe(0);
    expect(c.giantShare).toBeNaN();
  });

  it("same partition as graphology-components on random graphs (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 50 }))),
        ([n, edges]) => {
          const { csr } = csrFromEdges(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
          const g = new UndirectedGraph();
          for (let i = 0; i < n; i++) g.addNode(String(i));
          for (const [u, v] of edges) if (u !== v && !g.hasEdge(String(u), String(v))) g.addEdge(String(u), String(v));
          const theirs = graphologyComponents(g).map((c) => c.map(Number).sort((a, b) => a - b)).sort((a, b) => at(a, 0) - at(b, 0));
          const ours = connectedComponents(csr);
          const mine: number[][] = ours.sizes.map(() => []);
          ours.labels.forEach((l, v) => at(mine, l).push(v));
          expect(mine).toEqual(theirs);
        },
      ),
      { numRuns: 150, seed: 12 },
    );
  });
});

describe("degrees", () => {
  it("regular graph (cycle): Gini 0; star of 4 leaves: mean 1.6, max 4, Gini 0.3", () => {
    expect(degreeStats(cycle(6)).gini).toBeCloseTo(0, 12);
    const s = degreeStats(star(4));
    expect(s.mean).toBeCloseTo(1.6, 12);
    expect(s.max).toBe(4);
    expect(s.min).toBe(1);
    // sorted degrees 1,1,1,1,4: Σ(2i − 6)x = −4−2+0+2+16 = 12 → 12 / (5·8) = 0.3
    expect(s.gini).toBeCloseTo(0.3, 12);
  });

  it("edgeless graph: Gini 0; empty graph: NaN", () => {
    expect(degreeStats(csrOf(3, [])).gini).toBe(0);
    expect(degreeStats(csrOf(0, [])).gini).toBeNaN();
  });

  it("summary counts isolated nodes and edges", () => {
    const s = structureSummary(csrOf(4, [[0, 1]]));
    expect(s.isolated).toBe(2);
    expect(s.edges).toBe(1);
    expect(s.components).toBe(3);
  });
});
