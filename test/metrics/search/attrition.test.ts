import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attritionCorrectedDistribution, attritionCorrectedMean } from "../../../src/metrics/search/index.js";

describe("attrition correction (Dodds, Muhamad & Watts 2003)", () => {
  it("weights a chain of length L by (1 − a)^−L: a hand-checked case", () => {
    // one chain of 1 hop, one of 2 hops, a = 0.5: weights 2 and 4
    expect(attritionCorrectedMean([0, 1, 1], 0.5)).toBeCloseTo((1 * 2 + 2 * 4) / 6, 12);
    expect(Array.from(attritionCorrectedDistribution([0, 1, 1], 0.5))).toEqual([0, 1 / 3, 2 / 3]);
  });

  it("leaves the raw mean unchanged at a = 0, and returns NaN without completed chains", () => {
    expect(attritionCorrectedMean([1, 2, 3, 4], 0)).toBeCloseTo((0 + 2 + 6 + 12) / 10, 12);
    expect(attritionCorrectedMean([0, 0], 0.3)).toBeNaN();
    expect(attritionCorrectedMean([5], 1)).toBe(0);
  });

  it("never lies below the raw mean, and grows with a (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 50 }), { minLength: 1, maxLength: 30 }).filter((c) => c.some((x) => x > 0)),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (counts, a) => {
          const total = counts.reduce((s, c) => s + c, 0);
          const raw = counts.reduce((s, c, l) => s + c * l, 0) / total;
          const corrected = attritionCorrectedMean(counts, a);
          expect(corrected).toBeGreaterThanOrEqual(raw - 1e-9);
          expect(attritionCorrectedMean(counts, Math.min(0.99, a + 0.01))).toBeGreaterThanOrEqual(corrected - 1e-9);
        },
      ),
    );
  });

  it("does not overflow for long chains and high attrition", () => {
    const counts = new Array<number>(2001).fill(0);
    counts[10] = 1;
    counts[2000] = 1;
    expect(attritionCorrectedMean(counts, 0.9)).toBeCloseTo(2000, 6);
  });

  it("throws MetricError for bad input", () => {
    expect(() => attritionCorrectedMean([1], 1.5)).toThrow(/attrition = 1.5/);
    expect(() => attritionCorrectedMean([1, -1], 0.1)).toThrow(expect.objectContaining({ name: "MetricError" }));
  });
});
