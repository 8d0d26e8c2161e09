// Separation on graphs whose distances can be counted by hand, and the degenerate
// cases decided in statistics.ts (NaN for no reachable pair, diameter 0).
import { describe, expect, it } from "vitest";
import { separation, bfsDistances, snapQuantile, distanceStatistics } from "../../../src/metrics/separation/index.js";
import { streamFromKey } from "../../../src/random/streams.js";
import { complete, csrOf, cycle, path, star } from "../helpers.js";

const exact = (csr: Parameters<typeof separation>[0]) => separation(csr, { method: "exact", rng: streamFromKey("t") });

describe("exact separation on hand-countable graphs", () => {
  it("path of 5: mean 2.0 (networkx doctest), diameter 4, counts 8,6,4,2", () => {
    const r = exact(path(5));
    expect(r.meanDistance).toBe(2);
    expect(r.intermediaries).toBe(1);
    expect(r.diameter).toBe(4);
    expect(r.distribution.counts).toEqual([0, 8, 6, 4, 2]);
    expect(r.reachablePairs).toBe(20);
    expect(r.reachablePairShare).toBe(1);
    expect(r.method).toBe("exact");
    expect(r.diameterIsLowerBound).toBe(false);
    // variance of {1×8, 2×6, 3×4, 4×2}: E[d²] = (8 + 24 + 36 + 32)/20 = 5, var = 1, spid = 1/2
    expect(r.variance).toBeCloseTo(1, 12);
    expect(r.spid).toBeCloseTo(0.5, 12);
  });

  it("cycle of 6: every node sees 2 at 1, 2 at 2, 1 at 3 → mean 1.8", () => {
    const r = exact(cycle(6));
    expect(r.distribution.counts).toEqual([0, 12, 12, 6]);
    expect(r.meanDistance).toBeCloseTo(9 / 5, 12);
    expect(r.diameter).toBe(3);
  });

  it("star with 4 leaves: 8 pairs at 1, 12 at 2 → mean 1.6", () => {
    const r = exact(star(4));
    expect(r.distribution.counts).toEqual([0, 8, 12]);
    expect(r.meanDistance).toBeCloseTo(1.6, 12);
    expect(r.diameter).toBe(2);
  });

  it("complete graph K5: every pair at distance 1", () => {
    const r = exact(complete(5));
    expect(r.distribution.counts).toEqual([0, 20]);
    expect(r.meanDistance).toBe(1);
    expect(r.variance).toBe(0);
    expect(r.spid).toBe(0);
    // SNAP interpolation: N(0) = 5, N(1) = 25, T = 22.5 → 0 + (22.5 − 5)/20
    expect(r.effectiveDiameter).toBeCloseTo(0.875, 12);
  });

  it("two components (a triangle and an edge): mean over reachable pairs, share 8/20", () => {
    const r = exact(csrOf(5, [[0, 1], [1, 2], [0, 2], [3, 4]]));
    expect(r.meanDistance).toBe(1);
    expect(r.reachablePairs).toBe(8);
    expect(r.reachablePairShare).toBeCloseTo(8 / 20, 12);
    expect(r.diameter).toBe(1);
  });

  it("a single edge: ordinary median 1 beside SNAP's interpolated 0 (both pairs are 1 hop apart)", () => {
    const r = exact(path(2));
    expect(r.medianDistance).toBe(0); // SNAP: N(0) = 2, N(1) = 4, T = 2 → 0 + (2 − 2)/2
    expect(r.medianDistanceOrdinary).toBe(1);
    expect(r.globalEfficiency).toBe(1);
    expect(r.harmonicMeanDistance).toBe(1);
  });

  it("ordinary median: path of 5 (8, 6, 4, 2 pairs at 1–4 hops) → 2; an even split → the midpoint", () => {
    expect(exact(path(5)).medianDistanceOrdinary).toBe(2); // 10th and 11th of 20 values are 2 and 2
    expect(exact(star(4)).medianDistanceOrdinary).toBe(2); // 8 at 1, 12 at 2
    expect(exact(path(4)).medianDistanceOrdinary).toBe(1.5); // 6 at 1, 4 at 2, 2 at 3: the 6th and 7th values are 1 and 2
  });

  it("global efficiency and harmonic mean distance on a fragmented graph (networkx global_efficiency)", () => {
    // Two disjoint edges: 4 of 12 ordered pairs at 1 hop, 8 unreachable → E = 4/12, harmonic mean 3.
    const two = exact(csrOf(4, [[0, 1], [2, 3]]));
    expect(two.meanDistance).toBe(1); // the mean over reachable pairs hides the fragmentation
    expect(two.globalEfficiency).toBeCloseTo(1 / 3, 12);
    expect(two.harmonicMeanDistance).toBeCloseTo(3, 12);
    // Path of 3: 4 pairs at 1, 2 at 2 → E = (4 + 2/2)/6 = 5/6.
    expect(exact(path(3)).globalEfficiency).toBeCloseTo(5 / 6, 12);
    // No edges: E = 0, harmonic mean infinite.
    const none = exact(csrOf(3, []));
    expect(none.globalEfficiency).toBe(0);
    expect(none.harmonicMeanDistance).toBe(Infinity);
  });

  it("single node: no pairs — NaN mean and share, diameter 0", () => {
    const r = exact(csrOf(1, []));
    expect(r.meanDistance).toBeNaN();
    expect(r.effectiveDiameter).toBeNaN();
    expect(r.reachablePairShare).toBeNaN();
    expect(r.diameter).toBe(0);
    expect(r.reachablePairs).toBe(0);
  });

  it("empty graph (n = 0): NaN statistics, diameter 0, for every method", () => {
    for (const method of ["exact", "sample", "hyperanf", "auto"] as const) {
      const r = separation(csrOf(0, []), { method, rng: streamFromKey("t") });
      expect(r.meanDistance).toBeNaN();
      expect(r.diameter).toBe(0);
      expect(r.reachablePairShare).toBeNaN();
    }
  });

  it("edgeless graph of 4 nodes: share 0 (pairs exist, none reachable), mean NaN", () => {
    const r = exact(csrOf(4, []));
    expect(r.reachablePairShare).toBe(0);
    expect(r.meanDistance).toBeNaN();
  });

  it("directed path 0→1→2: 3 reachable ordered pairs of 6", async () => {
    const { csrFromArcs } = await import("../../../src/graph/csr.js");
    const { csr } = csrFromArcs(3, [0, 1], [1, 2]);
    const r = exact(csr);
    expect(r.directed).toBe(true);
    expect(r.distribution.counts).toEqual([0, 2, 1]);
    expect(r.reachablePairShare).toBeCloseTo(0.5, 12);
  });

  it("plain BFS distances on a path, -1 when unreachable, MetricError for a bad source", () => {
    expect([...bfsDistances(path(4), 1)]).toEqual([1, 0, 1, 2]);
    expect([...bfsDistances(csrOf(3, [[0, 1]]), 0)]).toEqual([0, 1, -1]);
    expect(() => bfsDistances(path(3), 3)).toThrow(expect.objectContaining({ name: "MetricError" }));
  });
});

describe("SNAP effective-diameter interpolation (test/fixtures/README.md)", () => {
  it("follows the README formula step by step", () => {
    // sources 10, counts at 1..3: 20, 50, 20 → N = 10, 30, 80, 100; T = 90 → h = 3:
    // (3 − 1) + (90 − 80)/(100 − 80) = 2.5
    const d = { counts: [0, 20, 50, 20], sources: 10, nodes: 10 };
    expect(snapQuantile(d, 0.9)).toBeCloseTo(2.5, 12);
    // median: T = 50 → h = 2: 1 + (50 − 30)/50 = 1.4
    expect(snapQuantile(d, 0.5)).toBeCloseTo(1.4, 12);
    expect(distanceStatistics(d).effectiveDiameter).toBeCloseTo(2.5, 12);
  });

  it("rejects q outside (0, 1)", () => {
    expect(() => snapQuantile({ counts: [0, 1], sources: 1, nodes: 2 }, 1)).toThrow(RangeError);
  });
});

describe("options", () => {
  it("unknown method is a MetricError", () => {
    expect(() => separation(path(3), { method: "magic" as never, rng: streamFromKey("t") })).toThrow(
      expect.objectContaining({ name: "MetricError" }),
    );
  });
  it("auto picks exact for small graphs and says so", () => {
    const r = separation(path(10), { rng: streamFromKey("t") });
    expect(r.requestedMethod).toBe("auto");
    expect(r.method).toBe("exact");
    expect(r.error.kind).toBe("exact");
  });
});
