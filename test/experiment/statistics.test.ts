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
    expect(summarize([])).toEqual({ n: 0, mean: null, sd: null, ciLow: null, ciHigh: null, note: "" });
    expect(summarize([3])).toEqual({ n: 1, mean: 3, sd: null, ciLow: null, ciHigh: null, note: "n < 3: no interval" });
    expect(summarize([1, NaN, 3]).n).toBe(2);
  });

  it("no t interval from 2 replicates (mean ± 12.7·sd/√2 says nothing): empty, with the reason", () => {
    const s = summarize([-1, 7]);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(32), 12);
    expect(s.ciLow).toBeNull();
    expect(s.ciHigh).toBeNull();
    expect(s.note).toBe("n < 3: no interval");
  });

  it("an interval is clipped to the quantity's range and flagged; one inside it is not", () => {
    // Shares 0.9, 1, 1: mean 0.9667, t interval ≈ [0.823, 1.110] → clipped at 1.
    const share = summarize([0.9, 1, 1], { min: 0, max: 1 });
    expect(share.ciHigh).toBe(1);
    expect(share.ciLow).toBeGreaterThan(0.8);
    expect(share.note).toBe("clipped to [0, 1]");
    const hops = summarize([0.1, 2, 6], { min: 0, max: Infinity });
    expect(hops.ciLow).toBe(0);
    expect(hops.note).toBe("clipped at 0");
    const inside = summarize([0.4, 0.5, 0.6], { min: 0, max: 1 });
    expect(inside.ciLow).toBeCloseTo(0.5 - (4.303 * 0.1) / Math.sqrt(3), 10);
    expect(inside.note).toBe("");
  });
});
