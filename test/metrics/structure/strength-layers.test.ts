/** Dunbar layers measured from tie strengths (Zhou et al. 2005; Dunbar et al. 2015), on hand-built ego networks. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kmeans1d, strengthLayers, strengthScale } from "../../../src/metrics/structure/strength-layers.js";

/** Strength whose scale value −ln(1 − s) is x. */
const at = (x: number) => 1 - Math.exp(-x);
const rep = (v: number, times: number) => Array.from({ length: times }, () => v);

/** Least total within-run sum of squares over every split of sorted xs into g runs (brute force). */
function bruteCost(xs: number[], g: number): number {
  const sse = (a: number, b: number) => {
    const part = xs.slice(a, b);
    const m = part.reduce((s, v) => s + v, 0) / part.length;
    return part.reduce((s, v) => s + (v - m) ** 2, 0);
  };
  const go = (start: number, left: number): number => {
    if (left === 1) return sse(start, xs.length);
    let best = Infinity;
    for (let e = start + 1; e <= xs.length - left + 1; e++) best = Math.min(best, sse(start, e) + go(e, left - 1));
    return best;
  };
  return go(0, g);
}

describe("strengthLayers", () => {
  it("four well-separated groups of 5, 10, 35, 100 ties give cumulative layers 5, 15, 50, 150 (ratio ≈ 3)", () => {
    const s = [...rep(at(6), 5), ...rep(at(4), 10), ...rep(at(2), 35), ...rep(at(0.5), 100)];
    expect(strengthLayers(s, 4)).toEqual([5, 15, 50, 150]);
  });

  it("an ego with 40 ties in two strength groups has a layer 1 of 8, not min(40, 5) = 5", () => {
    const s = [...rep(0.95, 8), ...rep(0.2, 32)];
    const layers = strengthLayers(s, 4);
    expect(layers[layers.length - 1]).toBe(40);
    expect(layers).toEqual([0, 0, 8, 40]); // two groups fill the two outermost layers
  });

  it("the innermost layer of an ego with 3 very strong ties among 60 is 3, whatever the nominal 5", () => {
    const s = [0.999, 0.998, 0.997, ...Array.from({ length: 20 }, (_, i) => 0.8 + i * 0.001), ...Array.from({ length: 37 }, (_, i) => 0.1 + i * 0.002)];
    const layers = strengthLayers(s, 3);
    expect(layers).toEqual([3, 23, 60]);
  });

  it("ties of equal strength form no inner circle: all in the last layer", () => {
    expect(strengthLayers(rep(0.5, 30), 4)).toEqual([0, 0, 0, 30]);
  });

  it("no ties: every layer empty; order of the input does not matter", () => {
    expect(strengthLayers([], 4)).toEqual([0, 0, 0, 0]);
    const s = [0.9, 0.1, 0.5, 0.92, 0.12, 0.52];
    expect(strengthLayers(s, 3)).toEqual(strengthLayers([...s].reverse(), 3));
    expect(strengthLayers(s, 3)).toEqual([2, 4, 6]);
  });

  it("rejects k < 1 with a RangeError naming k", () => {
    expect(() => strengthLayers([0.5], 0)).toThrow(/k = 0/);
  });

  it("the scale counts reinforcements: each s ← 1 − (1 − s)(1 − r) adds −ln(1 − r)", () => {
    const r = 0.1;
    const s0 = 0.3;
    const s1 = 1 - (1 - s0) * (1 - r);
    expect(strengthScale(s1) - strengthScale(s0)).toBeCloseTo(-Math.log(1 - r), 12);
    expect(Number.isFinite(strengthScale(1))).toBe(true);
  });
});

describe("kmeans1d (optimal 1-D k-means)", () => {
  it("matches the brute-force optimum on random sorted data", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 11 }), fc.integer({ min: 1, max: 4 }), (raw, g0) => {
        const xs = [...raw].sort((a, b) => b - a);
        const g = Math.min(g0, xs.length);
        const ends = kmeans1d(xs, g);
        expect(ends).toHaveLength(g);
        expect(ends[g - 1]).toBe(xs.length);
        let cost = 0;
        let start = 0;
        for (const e of ends) {
          expect(e).toBeGreaterThan(start);
          const part = xs.slice(start, e);
          const m = part.reduce((s, v) => s + v, 0) / part.length;
          cost += part.reduce((s, v) => s + (v - m) ** 2, 0);
          start = e;
        }
        expect(cost).toBeCloseTo(bruteCost(xs, g), 6);
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});
