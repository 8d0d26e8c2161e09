import { describe, expect, it } from "vitest";
import { at } from "../../../src/checked-index.js";
import { csrFromEdges } from "../../../src/graph/csr.js";
import { decentralizedSearch, kleinbergSearch } from "../../../src/metrics/search/index.js";
import { kleinbergGrid } from "../../../src/model/network/kleinberg.js";
import { streamFromKey } from "../../../src/random/streams.js";

/** Least-squares slope of log(mean chain length) against log(side). */
function logLogSlope(sides: readonly number[], r: number, seed: string): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const side of sides) {
    const grid = kleinbergGrid({ side, r }, streamFromKey(`${seed}:grid:${side}:${r}`));
    const result = kleinbergSearch(grid, { pairs: 2000 }, streamFromKey(`${seed}:search:${side}:${r}`));
    expect(result.successRate).toBe(1);
    xs.push(Math.log(side));
    ys.push(Math.log(result.meanLength));
  }
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (at(ys, i) - my);
    sxx += (x - mx) ** 2;
  });
  return sxy / sxx;
}

describe("decentralizedSearch on a Kleinberg grid (Kleinberg 2000)", () => {
  it("always succeeds at r = 2 without attrition, within the lattice distance", () => {
    const grid = kleinbergGrid({ side: 60, r: 2 }, streamFromKey("ds:grid"));
    const result = kleinbergSearch(grid, { pairs: 1000 }, streamFromKey("ds:search"));
    expect(result.chains).toBe(1000);
    expect(result.successRate).toBe(1);
    expect(result.outcomes).toEqual({ reached: 1000, dropped: 0, "dead-end": 0, "max-hops": 0 });
    expect(result.lengthCounts.length - 1).toBeLessThanOrEqual(60); // max lattice distance on a 60-torus
    expect(result.lengthCounts[0]).toBe(0); // random pairs have source ≠ target
    expect(result.correctedMeanLength).toBe(result.meanLength);
  });

  it("needs more steps on bigger grids, and r = 2 scales better than r = 0 (sides 50–200, seeded)", () => {
    const sides = [50, 71, 100, 141, 200];
    // Kleinberg: r = 0 needs ≥ c·side^(2/3) steps; r = 2 needs O(log² side). Over these sides
    // the fitted slopes are about 0.69 (r = 0) and 0.58 (r = 2), varying by ±0.02 across
    // seeds; we ask for a gap of at least 0.05.
    const slope0 = logLogSlope(sides, 0, "ds:slope");
    const slope2 = logLogSlope(sides, 2, "ds:slope");
    expect(slope0).toBeGreaterThan(0.55);
    expect(slope0).toBeLessThan(0.8);
    expect(slope2).toBeGreaterThan(0);
    expect(slope2).toBeLessThan(slope0 - 0.05);
  });

  it("with attrition 1 completes only the chains whose source is the target", () => {
    const grid = kleinbergGrid({ side: 20, r: 2 }, streamFromKey("ds:grid"));
    const pairs: [number, number][] = [
      [0, 0],
      [5, 17],
      [9, 9],
      [3, 4],
    ];
    const result = kleinbergSearch(grid, { pairs, attrition: 1 }, streamFromKey("ds:a1"));
    expect(result.successes).toBe(2);
    expect(result.outcomes.dropped).toBe(2);
    expect(result.lengthCounts).toEqual([2]);
    expect(result.meanLength).toBe(0);
    const random = kleinbergSearch(grid, { pairs: 200, attrition: 1 }, streamFromKey("ds:a1"));
    expect(random.successes).toBe(0);
    expect(random.meanLength).toBeNaN();
  });

  it("under attrition, completes fewer and shorter chains; the corrected mean is ≥ the raw mean and near the attrition-free mean", () => {
    const grid = kleinbergGrid({ side: 60, r: 2 }, streamFromKey("ds:grid"));
    const free = kleinbergSearch(grid, { pairs: 4000 }, streamFromKey("ds:att"));
    const lossy = kleinbergSearch(grid, { pairs: 20000, attrition: 0.05 }, streamFromKey("ds:att"));
    expect(lossy.successRate).toBeLessThan(free.successRate);
    expect(lossy.meanLength).toBeLessThan(free.meanLength);
    expect(lossy.correctedMeanLength).toBeGreaterThanOrEqual(lossy.meanLength);
    // The correction recovers the attrition-free mean within 5%.
    expect(Math.abs(lossy.correctedMeanLength / free.meanLength - 1)).toBeLessThan(0.05);
  });

  it("is reproducible for a seed", () => {
    const grid = kleinbergGrid({ side: 30, r: 2 }, streamFromKey("ds:grid"));
    const a = kleinbergSearch(grid, { pairs: 300, attrition: 0.1 }, streamFromKey("x"));
    expect(kleinbergSearch(grid, { pairs: 300, attrition: 0.1 }, streamFromKey("x"))).toEqual(a);
    expect(kleinbergSearch(grid, { pairs: 300, attrition: 0.1 }, streamFromKey("y"))).not.toEqual(a);
  });
});

describe("decentralizedSearch on a general graph", () => {
  it("counts dead ends as failures (a path scored so that greedy gets stuck)", () => {
    // 0 – 1 – 2 – 3 – 4 with a score that rates node 2 closest to everything but itself
    const path = csrFromEdges(5, [0, 1, 2, 3], [1, 2, 3, 4]).csr;
    const score = { distance: (u: number, t: number) => (u === t ? -1 : u === 2 ? 0 : 1) };
    const result = decentralizedSearch(
      path,
      score,
      {
        pairs: [
          [0, 4],
          [1, 3],
          [2, 2],
        ],
      },
      streamFromKey("a"),
    );
    // 0 → 1 → 2, then 2 knows 3 but 3 is not 4: stuck. 1 → 2 → 3 (2 knows the target).
    expect(result.outcomes).toEqual({ reached: 2, dropped: 0, "dead-end": 1, "max-hops": 0 });
    expect(result.lengthCounts).toEqual([1, 0, 1]);
    expect(result.meanLength).toBe(1);
    expect(result.successRate).toBeCloseTo(2 / 3, 12);
  });

  it("throws MetricError when random pairs are asked for on one node", () => {
    const single = csrFromEdges(1, [], []).csr;
    expect(() => decentralizedSearch(single, { distance: () => 0 }, { pairs: 1 }, streamFromKey("a"))).toThrow(
      expect.objectContaining({ name: "MetricError" }),
    );
    expect(decentralizedSearch(single, { distance: () => 0 }, { pairs: 0 }, streamFromKey("a")).successRate).toBeNaN();
  });
});
