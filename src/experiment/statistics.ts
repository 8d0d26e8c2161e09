/**
 * Summary statistics over replicates: mean, sample standard deviation and the 95%
 * confidence interval of the mean from Student's t distribution (two-sided).
 *
 * Notes: an interval from 2 values is mean ± 12.7·sd/√2, wider than any range it is
 * drawn in and meaningless as a t interval's normality assumption cannot be checked;
 * below MIN_INTERVAL_N values there is no interval (null) and the note says why. An
 * interval is clipped to the quantity's range (a share to [0, 1], a distance at 0), and
 * the note says so when it was.
 */

/** t(0.975, df) for df = 1..30 (standard tables). */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
/** Beyond df 30: (df, t) anchors, interpolated linearly in 1/df toward the normal 1.959964. */
const T975_TAIL: readonly [number, number][] = [
  [30, 2.042],
  [40, 2.021],
  [60, 2.0],
  [120, 1.98],
  [Infinity, 1.959964],
];

export function tQuantile975(df: number): number {
  if (!(df >= 1)) return NaN;
  if (df <= 30) return at(T975, Math.floor(df) - 1);
  for (let i = 1; i < T975_TAIL.length; i++) {
    const [d1, t1] = at(T975_TAIL, i - 1);
    const [d2, t2] = at(T975_TAIL, i);
    if (df <= d2) {
      const x = (1 / df - 1 / d1) / (1 / d2 - 1 / d1);
      return t1 + x * (t2 - t1);
    }
  }
  return 1.959964;
}

/** Fewest values a t interval is computed from. */
export const MIN_INTERVAL_N = 3;

import { UNBOUNDED, type ValueRange } from "../io/value-range.js";
import { at } from "../checked-index.js";
export { UNBOUNDED, type ValueRange };

export interface Summary {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  /** Why there is no interval (`n < 3: no interval`), or that it was clipped (`clipped to [0, 1]`); "" otherwise. */
  readonly note: string;
}

function rangeText(r: ValueRange): string {
  if (r.max === Number.POSITIVE_INFINITY) return `clipped at ${r.min}`;
  if (r.min === Number.NEGATIVE_INFINITY) return `clipped at ${r.max}`;
  return `clipped to [${r.min}, ${r.max}]`;
}

/**
 * Mean, sd and 95% CI of the finite values given (n counts them).
 * @param range the quantity's possible values; the interval is clipped to it
 */
export function summarize(values: readonly number[], range: ValueRange = UNBOUNDED): Summary {
  const xs = values.filter((v) => Number.isFinite(v));
  const n = xs.length;
  const none = n > 0 ? `n < ${MIN_INTERVAL_N}: no interval` : "";
  if (n === 0) return { n, mean: null, sd: null, ciLow: null, ciHigh: null, note: none };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n === 1) return { n, mean, sd: null, ciLow: null, ciHigh: null, note: none };
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  if (n < MIN_INTERVAL_N) return { n, mean, sd, ciLow: null, ciHigh: null, note: none };
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  const low = Math.max(range.min, mean - half);
  const high = Math.min(range.max, mean + half);
  const clipped = low !== mean - half || high !== mean + half;
  return { n, mean, sd, ciLow: low, ciHigh: high, note: clipped ? rangeText(range) : "" };
}
