import { describe, expect, it } from "vitest";
import { compareBySeed, pairedComparison, unpairedComparison } from "../../src/experiment/paired.js";

describe("paired and unpaired comparisons", () => {
  // Differences 1, 2, 3, 4, 5: mean 3, sd √2.5 = 1.5811, t(0.975, 4) = 2.776.
  const a = [11, 22, 33, 44, 55];
  const b = [10, 20, 30, 40, 50];
  it("paired: mean difference, t interval and Cohen's d_z = mean/sd of the differences", () => {
    const c = pairedComparison(a, b);
    expect(c.kind).toBe("paired");
    expect(c.difference).toBe(3);
    expect(c.ciLow!).toBeCloseTo(3 - (2.776 * Math.sqrt(2.5)) / Math.sqrt(5), 10);
    expect(c.ciHigh!).toBeCloseTo(3 + (2.776 * Math.sqrt(2.5)) / Math.sqrt(5), 10);
    expect(c.effectSize!).toBeCloseTo(3 / Math.sqrt(2.5), 10);
  });
  it("unpaired: Welch interval wider than the paired one on the same data; Hedges' g with its small-sample factor", () => {
    const c = unpairedComparison(a, b);
    expect(c.difference).toBe(3);
    expect(c.ciHigh! - c.ciLow!).toBeGreaterThan(10 * (pairedComparison(a, b).ciHigh! - pairedComparison(a, b).ciLow!));
    // s_a = 17.39, s_b = 15.81, pooled = √((4·302.5 + 4·250)/8) = 16.62; J = 1 − 3/31.
    const pooled = Math.sqrt((302.5 + 250) / 2);
    expect(c.effectSize!).toBeCloseTo((1 - 3 / 31) * (3 / pooled), 10);
  });
  it("Welch with equal variances and sizes reduces to Student's df = n_a + n_b − 2", () => {
    const c = unpairedComparison([1, 2, 3], [2, 3, 4]);
    expect(c.ciHigh! - c.difference!).toBeCloseTo(2.776 * Math.sqrt(1 / 3 + 1 / 3), 10);
  });
  it("pairs by seed when both sides ran the same seeds, in any order; otherwise compares groups", () => {
    const left = new Map([[7, 11], [8, 22], [9, 33]]);
    const right = new Map([[9, 30], [7, 10], [8, 20]]);
    const c = compareBySeed(left, right);
    expect(c.kind).toBe("paired");
    expect(c.difference).toBe(2);
    expect(compareBySeed(left, new Map([[1, 10], [2, 20], [3, 30]])).kind).toBe("unpaired");
  });
  it("leaves undefined values null: one pair, no spread", () => {
    expect(pairedComparison([1], [0])).toMatchObject({ difference: 1, ciLow: null, effectSize: null });
    expect(pairedComparison([2, 3], [1, 2])).toMatchObject({ difference: 1, ciLow: 1, ciHigh: 1, effectSize: null });
    expect(() => pairedComparison([1, 2], [1])).toThrow(RangeError);
  });
});
