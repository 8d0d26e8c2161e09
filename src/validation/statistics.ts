/**
 * The few statistics the validation experiments report: a mean with its standard
 * error, and a least-squares slope.
 *
 * Notes: the mean and the sample variance are computed on values shifted by the
 * first one (x − x₀), which is numerically stable and makes the mean of identical
 * values that value exactly — so at p = 0, where every Watts–Strogatz graph is the
 * ring lattice, L(p)/L(0) and C(p)/C(0) come out exactly 1 with a zero SE.
 */
import { at } from "../checked-index.js";

export interface MeanSe {
  readonly mean: number;
  /** Sample standard deviation / √count; NaN for fewer than 2 values. */
  readonly se: number;
}

/** Mean and standard error of the mean of `values` (NaN for an empty list). */
export function meanSe(values: readonly number[]): MeanSe {
  const n = values.length;
  const [x0] = values;
  if (x0 === undefined) return { mean: Number.NaN, se: Number.NaN };
  let s = 0;
  let ss = 0;
  for (const x of values) {
    const d = x - x0;
    s += d;
    ss += d * d;
  }
  const mean = x0 + s / n;
  if (n < 2) return { mean, se: Number.NaN };
  const variance = Math.max(0, (ss - (s * s) / n) / (n - 1));
  return { mean, se: Math.sqrt(variance / n) };
}

/** Mean and SE from a count, a sum and a sum of squares (integers summed exactly in any order). */
export function meanSeFromSums(count: number, sum: number, sumSq: number): MeanSe {
  if (count === 0) return { mean: Number.NaN, se: Number.NaN };
  const mean = sum / count;
  if (count < 2) return { mean, se: Number.NaN };
  const variance = Math.max(0, (sumSq - (sum * sum) / count) / (count - 1));
  return { mean, se: Math.sqrt(variance / count) };
}

/** Ordinary least-squares slope of y on x (NaN with fewer than 2 distinct x). */
export function leastSquaresSlope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`leastSquaresSlope: ${n} x values but ${y.length} y values`);
  let mx = 0;
  let my = 0;
  for (const [i, xi] of x.entries()) {
    mx += xi;
    my += at(y, i);
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  for (const [i, xi] of x.entries()) {
    const dx = xi - mx;
    sxy += dx * (at(y, i) - my);
    sxx += dx * dx;
  }
  return sxx > 0 ? sxy / sxx : Number.NaN;
}
