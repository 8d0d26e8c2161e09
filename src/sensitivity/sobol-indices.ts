/**
 * Variance-based sensitivity: the Saltelli sampling scheme and the first-order (S1)
 * and total (ST) Sobol' indices, in the unit cube.
 *
 * Design: a 2k-dimensional Sobol' sequence gives N rows; the first k coordinates
 * of row j are A_j, the last k are B_j, and AB_j^(i) is A_j with coordinate i from
 * B_j. Each row contributes k + 2 points in the order A, AB^(1)…AB^(k), B: N·(k+2)
 * model runs (Saltelli et al. 2010, without second-order indices).
 *
 * Estimators (Saltelli et al. 2010, Table 2): with V the variance of all f(A) and
 * f(B) values (population form),
 *   S1_i = mean_j f(B_j) (f(AB_j^(i)) − f(A_j)) / V          (Saltelli 2010, (b))
 *   ST_i = mean_j (f(A_j) − f(AB_j^(i)))² / (2V)             (Jansen 1999, (f))
 * Rows with any missing output are left out. Bootstrap intervals resample rows.
 *
 * References:
 * - A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto & S. Tarantola (2010),
 *   "Variance based sensitivity analysis of model output. Design and estimator for
 *   the total sensitivity index", Comput. Phys. Commun. 181, 259–270.
 * - M. J. W. Jansen (1999), "Analysis of variance designs for model output",
 *   Comput. Phys. Commun. 117, 35–43.
 * - I. M. Sobol' (2001), "Global sensitivity indices for nonlinear mathematical
 *   models and their Monte Carlo estimates", Math. Comput. Simul. 55, 271–280.
 */
import type { Rng } from "../random/streams.js";
import { at } from "../checked-index.js";
import { bootstrapIntervals } from "./bootstrap.js";
import { sobolPoints, SOBOL_MAX_DIMENSIONS } from "./sobol-sequence.js";
import type { IndexEstimate } from "./types.js";

/** Largest k a Saltelli design supports (2k Sobol' dimensions). */
export const SOBOL_MAX_PARAMETERS = Math.floor(SOBOL_MAX_DIMENSIONS / 2);

/**
 * The N·(k+2) points of the design, row by row (A, AB^(1)…AB^(k), B).
 * @throws RangeError for k outside 1…20 or N < 1.
 */
export function saltelliPoints(k: number, samples: number): number[][] {
  if (!(Number.isInteger(k) && k >= 1 && k <= SOBOL_MAX_PARAMETERS)) {
    throw new RangeError(`sobol: the design supports 1 to ${SOBOL_MAX_PARAMETERS} parameters (k = ${k})`);
  }
  if (!(Number.isInteger(samples) && samples >= 1)) throw new RangeError(`sobol: samples must be a positive integer (samples = ${samples})`);
  const out: number[][] = [];
  for (const row of sobolPoints(samples, 2 * k)) {
    const a = row.slice(0, k);
    const b = row.slice(k);
    out.push(a);
    for (let i = 0; i < k; i++) out.push(a.map((v, z) => (z === i ? at(b, i) : v)));
    out.push(b);
  }
  return out;
}

interface Rows {
  readonly a: number[];
  readonly b: number[];
  /** ab[i][j]: f(AB_j^(i)). */
  readonly ab: number[][];
}

function rowsOf(k: number, y: readonly number[]): Rows {
  const n = y.length / (k + 2);
  const rows: Rows = { a: [], b: [], ab: Array.from({ length: k }, () => []) };
  for (let j = 0; j < n; j++) {
    const block = y.slice(j * (k + 2), (j + 1) * (k + 2));
    if (!block.every(Number.isFinite)) continue;
    rows.a.push(at(block, 0));
    rows.b.push(at(block, k + 1));
    for (let i = 0; i < k; i++) at(rows.ab, i).push(at(block, i + 1));
  }
  return rows;
}

function sobolStatistics(k: number, rows: Rows, units: readonly number[]): number[] {
  const n = units.length;
  let mean = 0;
  for (const j of units) mean += at(rows.a, j) + at(rows.b, j);
  mean /= 2 * n;
  let v = 0;
  for (const j of units) v += (at(rows.a, j) - mean) ** 2 + (at(rows.b, j) - mean) ** 2;
  v /= 2 * n;
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const ab = at(rows.ab, i);
    let first = 0;
    let total = 0;
    for (const j of units) {
      const fa = at(rows.a, j);
      const fab = at(ab, j);
      first += at(rows.b, j) * (fab - fa);
      total += (fa - fab) ** 2;
    }
    out.push(v > 0 ? first / n / v : NaN, v > 0 ? total / (2 * n) / v : NaN);
  }
  return out;
}

/**
 * S1 and ST of each parameter with bootstrap intervals over rows.
 * @param y the output at each design point, in saltelliPoints' order (NaN where missing).
 * @throws RangeError when y's length is not a multiple of k + 2.
 */
export function sobolIndices(k: number, y: readonly number[], resamples: number, rng: Rng): IndexEstimate[] {
  if (y.length % (k + 2) !== 0) throw new RangeError(`sobol: ${y.length} outputs are not N·(k+2) with k = ${k}`);
  const rows = rowsOf(k, y);
  const n = rows.a.length;
  const est = n > 0 ? sobolStatistics(k, rows, Array.from({ length: n }, (_, j) => j)) : Array.from({ length: 2 * k }, () => NaN);
  const ci = n > 0 ? bootstrapIntervals(n, (units) => sobolStatistics(k, rows, units), resamples, rng) : est.map(() => ({ low: NaN, high: NaN }));
  return est.map((estimate, j) => {
    const { low, high } = at(ci, j);
    return { parameter: Math.floor(j / 2), index: j % 2 === 0 ? "S1" : "ST", estimate, ciLow: low, ciHigh: high };
  });
}
