/**
 * Morris elementary effects: the one-at-a-time trajectory design and the μ, μ*, σ
 * estimators, in the unit cube (each parameter's range scaled to [0, 1]).
 *
 * Notes: a trajectory starts at a random grid point of the p-level grid and moves
 * each of the k parameters once, by ±Δ with Δ = p / (2(p − 1)), in random order:
 * k + 1 points. The elementary effect of parameter i on a step is
 * EE_i = (y(after) − y(before)) / (x_i(after) − x_i(before)), the change in the
 * output per unit of normalised range, so a linear y = Σ c_i x_i has μ*_i = |c_i|
 * with x_i in [0, 1]. The denominator is the step actually taken: an integer field
 * rounded to whole values uses its rounded values, and a step that rounding made
 * zero gives no effect. μ_i = mean EE_i, μ*_i = mean |EE_i| (Campolongo et al.
 * 2007), σ_i = standard deviation of EE_i (n − 1 denominator).
 *
 * Campolongo selection: from `candidates` trajectories, keep the r most spread out
 * by the distance of Campolongo et al. (2007): the sum over all pairs of points of
 * their Euclidean distance. We pick them greedily (the farthest pair, then each
 * time the candidate farthest from those kept, by the root-sum-of-squares of its
 * distances), not by Campolongo's exhaustive search over every r-subset, which is
 * combinatorial; the greedy choice is what SALib's local optimisation approximates too.
 *
 * References:
 * - M. D. Morris (1991), "Factorial sampling plans for preliminary computational
 *   experiments", Technometrics 33(2), 161–174.
 * - F. Campolongo, J. Cariboni & A. Saltelli (2007), "An effective screening design
 *   for sensitivity analysis of large models", Environ. Model. Softw. 22, 1509–1518.
 */
import { integer } from "../random/draw.js";
import { at } from "../checked-index.js";
import type { Rng } from "../random/streams.js";
import { bootstrapIntervals } from "./bootstrap.js";
import type { IndexEstimate } from "./types.js";

/** One trajectory: k + 1 points in [0, 1]^k and the parameter moved on each step. */
export interface Trajectory {
  readonly points: readonly (readonly number[])[];
  readonly moved: readonly number[];
}

function trajectory(k: number, levels: number, rng: Rng): Trajectory {
  const delta = levels / (2 * (levels - 1));
  // Base values i/(p−1) with room for a step of +Δ.
  const baseCount = Math.floor((1 - delta) * (levels - 1) + 1e-9) + 1;
  const x = Array.from({ length: k }, () => integer(rng, 0, baseCount) / (levels - 1));
  const up = Array.from({ length: k }, () => rng() < 0.5);
  const start = x.map((v, i) => (up[i] ? v : v + delta));
  const order = Array.from({ length: k }, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = integer(rng, 0, i + 1);
    [order[i], order[j]] = [at(order, j), at(order, i)];
  }
  // Snap to multiples of 1/(2(p−1)) (which hold every level and every level ± Δ, for odd p too),
  // so a level is the same number wherever a trajectory reaches it.
  const half = 2 * (levels - 1);
  const snap = (v: number) => Math.round(v * half) / half;
  const points = [start.map(snap)];
  let current = start;
  for (const i of order) {
    current = [...current];
    current[i] = at(current, i) + (up[i] ? delta : -delta);
    points.push(current.map(snap));
  }
  return { points, moved: order };
}

function pointDistance(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (at(a, i) - at(b, i)) ** 2;
  return Math.sqrt(s);
}

/** Campolongo et al. (2007) distance between two trajectories. */
export function trajectoryDistance(a: Trajectory, b: Trajectory): number {
  let d = 0;
  for (const p of a.points) for (const q of b.points) d += pointDistance(p, q);
  return d;
}

/** Greedy Campolongo selection of r of the candidates (see the module comment); returns them in candidate order. */
function spreadOut(candidates: readonly Trajectory[], r: number): Trajectory[] {
  const m = candidates.length;
  const dist = candidates.map((a, i) => candidates.map((b, j) => (i < j ? trajectoryDistance(a, b) : 0)));
  const d = (i: number, j: number) => (i < j ? at(at(dist, i), j) : at(at(dist, j), i));
  let best: [number, number] = [0, 1];
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) if (d(i, j) > d(best[0], best[1])) best = [i, j];
  const kept = [...best];
  while (kept.length < r) {
    let pick = -1;
    let pickScore = -Infinity;
    for (let c = 0; c < m; c++) {
      if (kept.includes(c)) continue;
      const score = Math.sqrt(kept.reduce((s, q) => s + d(c, q) ** 2, 0));
      if (score > pickScore) [pick, pickScore] = [c, score];
    }
    kept.push(pick);
  }
  return kept.sort((a, b) => a - b).map((i) => at(candidates, i));
}

export interface MorrisDesignOptions {
  readonly trajectories: number;
  readonly levels: number;
  /** Draw this many and keep the r most spread out; 0 (or ≤ r) keeps the first r drawn. */
  readonly candidates?: number;
}

/**
 * r Morris trajectories over k parameters in the unit cube.
 * @throws RangeError for k < 1, r < 1 or levels < 2.
 */
export function morrisTrajectories(k: number, options: MorrisDesignOptions, rng: Rng): Trajectory[] {
  const { trajectories: r, levels } = options;
  if (!(k >= 1 && r >= 1 && levels >= 2)) throw new RangeError(`morris: need k ≥ 1, r ≥ 1, levels ≥ 2 (k = ${k}, r = ${r}, levels = ${levels})`);
  const m = Math.max(options.candidates ?? 0, r);
  const drawn = Array.from({ length: m }, () => trajectory(k, levels, rng));
  return m > r && r >= 2 ? spreadOut(drawn, r) : drawn.slice(0, r);
}

/** Elementary effects of each parameter, one list per parameter (in trajectory order). */
export function elementaryEffects(k: number, trajectories: readonly Trajectory[], ys: readonly (readonly number[])[]): number[][][] {
  return trajectories.map((t, ti) => {
    const y = at(ys, ti);
    const effects: number[][] = Array.from({ length: k }, () => []);
    t.moved.forEach((i, step) => {
      const dx = at(at(t.points, step + 1), i) - at(at(t.points, step), i);
      // A missing output is NaN, as documented on morrisIndices.
      const dy = (y[step + 1] ?? NaN) - (y[step] ?? NaN);
      if (dx !== 0 && Number.isFinite(dy)) at(effects, i).push(dy / dx);
    });
    return effects;
  });
}

function morrisStatistics(k: number, perTrajectory: readonly number[][][], units: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const ee = units.flatMap((t) => at(at(perTrajectory, t), i));
    const n = ee.length;
    const mu = n ? ee.reduce((a, b) => a + b, 0) / n : NaN;
    const muStar = n ? ee.reduce((a, b) => a + Math.abs(b), 0) / n : NaN;
    const sigma = n > 1 ? Math.sqrt(ee.reduce((a, b) => a + (b - mu) ** 2, 0) / (n - 1)) : NaN;
    out.push(mu, muStar, sigma);
  }
  return out;
}

/**
 * μ, μ*, σ of each parameter with bootstrap intervals over trajectories.
 * @param trajectories the points as realised (unit coordinates after any rounding).
 * @param ys the output at each point of each trajectory (NaN where missing).
 */
export function morrisIndices(
  k: number,
  trajectories: readonly Trajectory[],
  ys: readonly (readonly number[])[],
  resamples: number,
  rng: Rng,
): IndexEstimate[] {
  const effects = elementaryEffects(k, trajectories, ys);
  const all = trajectories.map((_, i) => i);
  const est = morrisStatistics(k, effects, all);
  const ci = bootstrapIntervals(trajectories.length, (units) => morrisStatistics(k, effects, units), resamples, rng);
  const names = ["mu", "mu_star", "sigma"] as const;
  return est.map((estimate, j) => {
    const { low, high } = at(ci, j);
    return { parameter: Math.floor(j / 3), index: at(names, j % 3), estimate, ciLow: low, ciHigh: high };
  });
}
