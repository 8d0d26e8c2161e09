/**
 * When has a replicate reached its stationary regime? (docs/MODEL.md Observations:
 * stationarity). The headline state of the world is recorded after every step —
 * mean stable ties per agent, mean trust on ties (over both ends of every tie) and
 * mean follows per agent — and each series is truncated by MSER-5 (White 1997): the
 * series is cut into batches of 5 steps, and the truncation point is the number d of
 * leading batches that minimises
 *
 *     MSER(d) = 1/(k − d)² · Σ_{j>d} (Z_j − Z̄_d)²
 *
 * over the k batch means Z_j (Z̄_d the mean of those after d), i.e. the standard error
 * of the mean of what is kept. The search runs over d = 0..⌊k/2⌋ (beyond it too few
 * batches are left for the statistic to mean anything, the end effect of White, Cobb
 * & Spratt 2000); a minimum on that boundary means the series is still drifting when
 * half of it has been discarded, and the replicate is reported as not stationary
 * (null). A series shorter than 4 batches (20 steps) is not judged (null). Ties in the
 * statistic go to the earliest d, so a constant series is stationary from step 0.
 *
 * The replicate's `stationary_step` is the latest of its metrics' truncation steps,
 * null when any metric never becomes stationary. A metric that is undefined at some
 * step (trust when no tie exists) is left out of the verdict.
 *
 * References:
 * - K. P. White Jr., "An effective truncation heuristic for bias reduction in
 *   simulation output", Simulation 69(6):323–334, 1997.
 * - K. P. White Jr., M. J. Cobb, S. C. Spratt, "A comparison of five steady-state
 *   truncation heuristics for simulation", Proc. Winter Simulation Conference, 2000.
 * - W. W. Franklin, K. P. White Jr., "Stationarity tests and MSER-5: exploring the
 *   intuition behind mean-squared-error-reduction in warm-up period determination",
 *   Proc. Winter Simulation Conference, 2008.
 */
import type { ModelState } from "../model/state.js";

/** Steps per batch in MSER-5. */
export const MSER_BATCH = 5;
/** Fewest batches for a verdict. */
const MIN_BATCHES = 4;

import { HEADLINE_METRICS, type HeadlineMetric, type Stationarity } from "../observation.js";
export { HEADLINE_METRICS, type HeadlineMetric, type Stationarity };

/**
 * MSER truncation of one series.
 *
 * @param series - the values, one per step from step 0
 * @param batch - points per batch (5 for MSER-5); a trailing partial batch is dropped
 * @returns the index (step) where the stationary part begins, or null when the minimum
 *   lies on the search boundary (still drifting) or the series has fewer than 4 batches
 * @throws RangeError when batch is not a positive integer
 */
export function mserTruncation(series: ArrayLike<number>, batch: number = MSER_BATCH): number | null {
  if (!Number.isInteger(batch) || batch < 1) throw new RangeError(`batch must be a positive integer (batch = ${batch})`);
  const k = Math.floor(series.length / batch);
  if (k < MIN_BATCHES) return null;
  const z = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let i = j * batch; i < (j + 1) * batch; i++) s += series[i] as number;
    z[j] = s / batch;
  }
  // Welford's running mean and sum of squares, adding batches from the end: one pass,
  // and exactly 0 for a constant tail (suffix sums of squares would leave rounding).
  const mser = new Float64Array(k);
  let mean = 0;
  let ss = 0;
  for (let d = k - 1; d >= 0; d--) {
    const m = k - d;
    const v = z[d] as number;
    const delta = v - mean;
    mean += delta / m;
    ss += delta * (v - mean);
    mser[d] = ss / (m * m);
  }
  const last = Math.floor(k / 2);
  let best = 0;
  for (let d = 1; d <= last; d++) if ((mser[d] as number) < (mser[best] as number) * (1 - 1e-12)) best = d;
  return best === last ? null : best * batch;
}

/** The replicate's verdict: each metric by MSER-5, and the latest of them. */
export function stationarity(series: Readonly<Record<HeadlineMetric, ArrayLike<number>>>): Stationarity {
  const byMetric = {} as Record<HeadlineMetric, number | null>;
  let step: number | null = 0;
  for (const name of HEADLINE_METRICS) {
    const s = series[name];
    const defined = Array.prototype.every.call(s, (v: number) => Number.isFinite(v));
    const t = defined ? mserTruncation(s) : null;
    byMetric[name] = t;
    if (!defined) continue;
    step = t === null || step === null ? null : Math.max(step, t);
  }
  return { step, byMetric };
}

/** Records the headline metrics after each step of a replicate. */
export class HeadlineRecorder {
  private readonly values: Record<HeadlineMetric, Float64Array>;
  private length = 0;

  constructor(steps: number) {
    this.values = { ties: new Float64Array(steps + 1), trust: new Float64Array(steps + 1), follows: new Float64Array(steps + 1) };
  }

  /** Appends the state's headline values (call at step 0, then after each step). */
  record(state: ModelState): void {
    const { ties, follows } = state;
    let tieEnds = 0;
    let trust = 0;
    let followCount = 0;
    for (let i = 0; i < state.n; i++) {
      const c = ties.count[i] as number;
      const base = ties.base(i);
      for (let s = base; s < base + c; s++) trust += ties.trust[s] as number;
      tieEnds += c;
      followCount += follows.outLen[i] as number;
    }
    const t = this.length++;
    this.values.ties[t] = tieEnds / state.n;
    this.values.trust[t] = tieEnds > 0 ? trust / tieEnds : Number.NaN;
    this.values.follows[t] = followCount / state.n;
  }

  result(): Stationarity {
    const n = this.length;
    return stationarity({ ties: this.values.ties.subarray(0, n), trust: this.values.trust.subarray(0, n), follows: this.values.follows.subarray(0, n) });
  }
}
