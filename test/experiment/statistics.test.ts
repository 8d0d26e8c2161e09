import { describe, expect, it } from "vitest";
import { summarize, tQuantile975 } from "../../src/experiment/statistics.js";

describe("summary statistics", () => {
  it("t quantiles match tables (df 1, 9, 30) and approach the normal", () => {
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(9)).toBeCloseTo(2.262, 3);
    expect(tQuantile975(30)).toBeCloseTo(2.042, 3);
    expect(tQuantile975(60)).toBeCloseTo(2.0, 3);
    expect(tQuantile975(1e9)).toBeCloseTo(1.96, 2);
    expect(tQuantile975(45)).toBeGreaterThan(2.0);
    expect(tQuantile975(45)).toBeLessThan(2.021);
  });

  it("mean, sd and 95% CI by hand: 1, 2, 3, 4", () => {
    const s = summarize([1, 2, 3, 4]);
    const sd = Math.sqrt(5 / 3);
    expect(s.n).toBe(4);
    expect(s.mean).toBe(2.5);
    expect(s.sd).toBeCloseTo(sd, 12);
    expect(s.ciLow).toBeCloseTo(2.5 - (3.182 * sd) / 2, 10);
    expect(s.ciHigh).toBeCloseTo(2.5 + (3.182 * sd) / 2, 10);
  });

  it("degenerate cases: no values, one value, non-finite values ignored", () => {
    expect(summarize([])).toEqual({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null });
    expect(summarize([3])).toEqual({ n: 1, mean: 3, sd: null, ciLow: null, ciHigh: null });
    expect(summarize([1, NaN, 3]).n).toBe(2);
  });
});
