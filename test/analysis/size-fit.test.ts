// Weighted least squares with an estimated residual scale: exact lines, hand-computed
// weights, and the intervals' coverage behaviour.
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { predict, weightedFit } from "../../src/analysis/size-fit.js";

describe("weightedFit", () => {
  it("recovers an exact line; the residual scale is 0 and the intervals collapse onto it", () => {
    const pts = [1, 2, 3, 4].map((x) => ({ x, y: 2 + 0.5 * x, variance: 0.1 * x }));
    const f = weightedFit(pts);
    expect(f.intercept).toBeCloseTo(2, 12);
    expect(f.slope).toBeCloseTo(0.5, 12);
    expect(f.residualScale).toBeCloseTo(0, 12);
    expect(f.slopeCiLow).toBeCloseTo(0.5, 10);
    const p = predict(f, 10);
    expect(p.y).toBeCloseTo(7, 10);
    expect(p.piLow).toBeCloseTo(7, 8);
  });

  it("weights: a point with tiny variance pulls the line through it (hand-computed 3-point case)", () => {
    // Points (0,0) w=1, (1,1) w=1, (2,0) w=100: Σw=102, Σwx=201, Σwy=1, Σwxx=401, Σwxy=1.
    const f = weightedFit([
      { x: 0, y: 0, variance: 1 },
      { x: 1, y: 1, variance: 1 },
      { x: 2, y: 0, variance: 0.01 },
    ]);
    const det = 102 * 401 - 201 * 201;
    expect(f.slope).toBeCloseTo((102 * 1 - 201 * 1) / det, 12);
    expect(f.intercept).toBeCloseTo((1 - f.slope * 201) / 102, 12);
    // The line passes much closer to (2,0) than to the unweighted fit's value there.
    expect(Math.abs(f.intercept + 2 * f.slope)).toBeLessThan(0.02);
  });

  it("the slope's CI is the textbook t interval with s² = Σw r²/(n−2) (equal weights = OLS)", () => {
    const xs = [1, 2, 3, 4, 5];
    const ys = [1.1, 1.9, 3.2, 3.8, 5.1];
    const f = weightedFit(xs.map((x, i) => ({ x, y: at(ys, i), variance: 1 })));
    // OLS by hand: x̄=3, Sxx=10, slope = Σ(x−x̄)(y−ȳ)/Sxx
    const yb = ys.reduce((a, b) => a + b) / 5;
    const slope = xs.reduce((a, x, i) => a + (x - 3) * (at(ys, i) - yb), 0) / 10;
    const resid = xs.map((x, i) => at(ys, i) - (yb + slope * (x - 3)));
    const s2 = resid.reduce((a, r) => a + r * r, 0) / 3;
    const half = 3.182 * Math.sqrt(s2 / 10);
    expect(f.slope).toBeCloseTo(slope, 12);
    expect(f.slopeCiHigh! - f.slope).toBeCloseTo(half, 10);
    // The prediction interval widens away from the data's centre.
    const near = predict(f, 3);
    const far = predict(f, 30);
    expect(far.piHigh! - far.y).toBeGreaterThan(near.piHigh! - near.y);
  });

  it("two points: an exact fit with null intervals; one point or one x: a clear error", () => {
    const f = weightedFit([
      { x: 1, y: 1, variance: 1 },
      { x: 2, y: 3, variance: 1 },
    ]);
    expect(f.slope).toBe(2);
    expect(f.slopeCiLow).toBeNull();
    expect(predict(f, 3).piLow).toBeNull();
    expect(() => weightedFit([{ x: 1, y: 1, variance: 1 }])).toThrow(/at least 2 points/);
    expect(() => weightedFit([{ x: 1, y: 1, variance: 1 }, { x: 1, y: 2, variance: 1 }])).toThrow(/single value/);
    expect(() => weightedFit([{ x: 1, y: 1, variance: 0 }, { x: 2, y: 2, variance: 1 }])).toThrow(/variance/);
  });
});
