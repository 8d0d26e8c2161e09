/**
 * Weighted least squares of a quantity against one regressor (mean distance against
 * ln N, or against ln N / ln k), with the slope's 95% confidence interval and a 95%
 * prediction interval at a new regressor value (Draper & Smith, "Applied Regression
 * Analysis", 3rd ed. 1998, §9.2 weighted least squares and §3.3 prediction).
 *
 * Weights are w_i = 1 / v_i, v_i the variance of point i's mean. The residual
 * variance is estimated from the data (s² = Σ w_i r_i² / (n − 2)) and scales the
 * weights, so the intervals do not trust the stated variances blindly: points that
 * scatter more around the line than their variances say widen the intervals.
 * A new observation at x0 is taken to have the variance of the most precise
 * observed point (v_new = min v_i, the largest world's): its prediction interval is
 *   ŷ(x0) ± t(0.975, n − 2) · √( s² · x0ᵀ(XᵀWX)⁻¹x0 + s² · v_new ).
 * With two points there are no residual degrees of freedom: the fit is exact and
 * the intervals are null.
 */
import { tQuantile975 } from "../experiment/statistics.js";

export interface FitPoint {
  readonly x: number;
  readonly y: number;
  /** Variance of y (of the mean it is). Must be > 0. */
  readonly variance: number;
}

export interface WeightedFit {
  readonly n: number;
  readonly intercept: number;
  readonly slope: number;
  /** s², the estimated scale of the stated variances (1 when they are exact). Null if n ≤ 2. */
  readonly residualScale: number | null;
  readonly slopeCiLow: number | null;
  readonly slopeCiHigh: number | null;
  /** (XᵀWX)⁻¹ entries: [a, b; b, c] for (intercept, slope). */
  readonly covariance: readonly [number, number, number];
  /** Variance of a new observation before scaling: min of the stated variances. */
  readonly newVariance: number;
}

export interface Prediction {
  readonly x: number;
  readonly y: number;
  readonly piLow: number | null;
  readonly piHigh: number | null;
}

export function weightedFit(points: readonly FitPoint[]): WeightedFit {
  if (points.length < 2) throw new RangeError(`a line needs at least 2 points, got ${points.length}`);
  let sw = 0;
  let swx = 0;
  let swy = 0;
  let swxx = 0;
  let swxy = 0;
  for (const p of points) {
    if (!(p.variance > 0) || !Number.isFinite(p.variance)) throw new RangeError(`variance must be finite and > 0, got ${p.variance} at x=${p.x}`);
    const w = 1 / p.variance;
    sw += w;
    swx += w * p.x;
    swy += w * p.y;
    swxx += w * p.x * p.x;
    swxy += w * p.x * p.y;
  }
  const det = sw * swxx - swx * swx;
  if (!(det > 0)) throw new RangeError("the regressor takes a single value: no slope can be fitted");
  const slope = (sw * swxy - swx * swy) / det;
  const intercept = (swy - slope * swx) / sw;
  const covariance: [number, number, number] = [swxx / det, -swx / det, sw / det];
  const newVariance = Math.min(...points.map((p) => p.variance));
  const df = points.length - 2;
  if (df < 1) {
    return { n: points.length, intercept, slope, residualScale: null, slopeCiLow: null, slopeCiHigh: null, covariance, newVariance };
  }
  let ssr = 0;
  for (const p of points) ssr += (p.y - intercept - slope * p.x) ** 2 / p.variance;
  const residualScale = ssr / df;
  const half = tQuantile975(df) * Math.sqrt(residualScale * covariance[2]);
  return {
    n: points.length,
    intercept,
    slope,
    residualScale,
    slopeCiLow: slope - half,
    slopeCiHigh: slope + half,
    covariance,
    newVariance,
  };
}

export function predict(fit: WeightedFit, x: number): Prediction {
  const y = fit.intercept + fit.slope * x;
  if (fit.residualScale === null) return { x, y, piLow: null, piHigh: null };
  const [a, b, c] = fit.covariance;
  const leverage = a + 2 * b * x + c * x * x;
  const half = tQuantile975(fit.n - 2) * Math.sqrt(fit.residualScale * (leverage + fit.newVariance));
  return { x, y, piLow: y - half, piHigh: y + half };
}
