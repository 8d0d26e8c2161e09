/**
 * Comparing two sets of replicates: the difference of means with its 95% t
 * confidence interval and a standardised mean difference.
 *
 * - Paired (the same replicate seeds on both sides, as every cell of a sweep and
 *   every point of a sensitivity design has): the differences d_s = a_s − b_s per
 *   seed s; CI mean(d) ± t(0.975, n−1)·sd(d)/√n; effect size Cohen's d_z =
 *   mean(d) / sd(d) (Cohen 1988; Lakens 2013, eq. 6). Pairing removes the seed
 *   noise both sides share, so the interval is usually much narrower.
 * - Unpaired: Welch's interval (Welch 1947; df by Welch–Satterthwaite, rounded
 *   down) and Hedges' g = J·(mean_a − mean_b)/s_pooled with J = 1 − 3/(4(n_a+n_b) − 9)
 *   (Hedges 1981).
 * Undefined values (too few replicates, zero spread) are null.
 *
 * References:
 * - J. Cohen (1988), Statistical Power Analysis for the Behavioral Sciences, 2nd ed.
 * - D. Lakens (2013), "Calculating and reporting effect sizes to facilitate
 *   cumulative science", Front. Psychol. 4:863.
 * - L. V. Hedges (1981), "Distribution theory for Glass's estimator of effect size
 *   and related estimators", J. Educ. Stat. 6(2), 107–128.
 * - B. L. Welch (1947), "The generalization of 'Student's' problem when several
 *   different population variances are involved", Biometrika 34, 28–35.
 */
import { tQuantile975 } from "./statistics.js";
import { at, get } from "../checked-index.js";

export interface Comparison {
  /** "paired" (by seed) or "unpaired". */
  readonly kind: "paired" | "unpaired";
  /** Pairs (paired) or the smaller group size (unpaired). */
  readonly n: number;
  /** mean(a) − mean(b). */
  readonly difference: number | null;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  /** Cohen's d_z (paired) or Hedges' g (unpaired). */
  readonly effectSize: number | null;
  readonly effectKind: "d_z" | "g";
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: readonly number[], m: number) => xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);

/** Paired comparison of a[i] with b[i] (the same seed at the same position); non-finite pairs are dropped. */
export function pairedComparison(a: readonly number[], b: readonly number[]): Comparison {
  if (a.length !== b.length) throw new RangeError(`pairedComparison: ${a.length} and ${b.length} values do not pair`);
  const d: number[] = [];
  a.forEach((x, i) => {
    const y = at(b, i);
    if (Number.isFinite(x) && Number.isFinite(y)) d.push(x - y);
  });
  const n = d.length;
  const none = { kind: "paired" as const, n, difference: null, ciLow: null, ciHigh: null, effectSize: null, effectKind: "d_z" as const };
  if (n === 0) return none;
  const m = mean(d);
  if (n === 1) return { ...none, difference: m };
  const sd = Math.sqrt(variance(d, m));
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  return { ...none, difference: m, ciLow: m - half, ciHigh: m + half, effectSize: sd > 0 ? m / sd : null };
}

/** Unpaired (Welch) comparison of two groups; non-finite values are dropped. */
export function unpairedComparison(a: readonly number[], b: readonly number[]): Comparison {
  const xa = a.filter(Number.isFinite);
  const xb = b.filter(Number.isFinite);
  const none = { kind: "unpaired" as const, n: Math.min(xa.length, xb.length), difference: null, ciLow: null, ciHigh: null, effectSize: null, effectKind: "g" as const };
  if (xa.length === 0 || xb.length === 0) return none;
  const ma = mean(xa);
  const mb = mean(xb);
  const diff = ma - mb;
  if (xa.length < 2 || xb.length < 2) return { ...none, difference: diff };
  const va = variance(xa, ma);
  const vb = variance(xb, mb);
  const se2 = va / xa.length + vb / xb.length;
  const df = se2 > 0 ? se2 ** 2 / ((va / xa.length) ** 2 / (xa.length - 1) + (vb / xb.length) ** 2 / (xb.length - 1)) : xa.length + xb.length - 2;
  const half = tQuantile975(Math.max(1, Math.floor(df))) * Math.sqrt(se2);
  const pooled = Math.sqrt(((xa.length - 1) * va + (xb.length - 1) * vb) / (xa.length + xb.length - 2));
  const j = 1 - 3 / (4 * (xa.length + xb.length) - 9);
  return { ...none, difference: diff, ciLow: diff - half, ciHigh: diff + half, effectSize: pooled > 0 ? (j * diff) / pooled : null };
}

/**
 * Compares two sets of replicates, pairing by seed when every seed of `a` is in `b`
 * and vice versa (paired), otherwise as independent groups (unpaired).
 */
export function compareBySeed(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Comparison {
  const paired = a.size === b.size && a.size > 0 && [...a.keys()].every((s) => b.has(s));
  if (paired) {
    const pairs = [...a];
    return pairedComparison(pairs.map(([, x]) => x), pairs.map(([s]) => get(b, s)));
  }
  return unpairedComparison([...a.values()], [...b.values()]);
}
