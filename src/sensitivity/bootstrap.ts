/**
 * Bootstrap percentile confidence intervals (Efron & Tibshirani 1993, ch. 13):
 * resample the independent units of a design (Morris trajectories, Sobol' rows)
 * with replacement, recompute every statistic, and take the 2.5% and 97.5%
 * quantiles of each statistic's resampled values. Draws come from the seeded
 * stream the caller passes, so intervals are reproducible.
 *
 * References: B. Efron & R. J. Tibshirani (1993), An Introduction to the
 * Bootstrap, Chapman & Hall.
 */
import type { Rng } from "../random/streams.js";
import { at } from "../checked-index.js";

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Linear-interpolation quantile (type 7) of sorted finite values; NaN when empty. */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = at(sorted, lo);
  return a + (h - lo) * (at(sorted, hi) - a);
}

/**
 * Percentile intervals for each of the statistics `statistic` returns.
 * @param units the number of independent units to resample (n ≥ 1).
 * @param statistic computes the statistics from a list of unit indices (with repeats).
 * @param resamples bootstrap resamples B; 0 gives NaN intervals.
 * @param level coverage, default 0.95.
 * @returns one interval per statistic; resamples where a statistic is not finite are left out of its interval.
 */
export function bootstrapIntervals(
  units: number,
  statistic: (indices: readonly number[]) => readonly number[],
  resamples: number,
  rng: Rng,
  level = 0.95,
): Interval[] {
  const width = statistic(Array.from({ length: units }, (_, i) => i)).length;
  const draws: number[][] = Array.from({ length: width }, () => []);
  const indices = new Array<number>(units);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < units; i++) indices[i] = Math.floor(rng() * units);
    const s = statistic(indices);
    for (let j = 0; j < width; j++) {
      const v = s[j];
      if (v !== undefined && Number.isFinite(v)) at(draws, j).push(v);
    }
  }
  const tail = (1 - level) / 2;
  return draws.map((d) => {
    d.sort((x, y) => x - y);
    return { low: quantileSorted(d, tail), high: quantileSorted(d, 1 - tail) };
  });
}
