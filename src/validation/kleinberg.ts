/**
 * Kleinberg (2000) reproduced with netvalue's grid generator and greedy search:
 * the mean number of greedy-routing steps between random pairs on a side × side
 * torus with one long-range contact per node drawn ∝ d^−r, against the side, for
 * several r; and the log–log slope of steps against side for each r. Only r = 2
 * (the lattice dimension) gives polylogarithmic routing, so its slope tends to 0
 * as the grid grows (2 / ln side for log² side, ≈ 0.29 at side 1000); every other
 * r keeps a positive exponent.
 *
 * Notes (definitions, as written into routing.csv and slopes.csv):
 * - For each (r, side), `grids` independent grids are drawn (grid g from the stream
 *   keyed by (master seed, side, r, q, g)), and `pairs` chains are spread evenly
 *   over them; each chain runs from a uniform source to a uniform target ≠ source,
 *   with no attrition, so every chain arrives (lattice neighbours always get closer).
 * - mean_steps = mean hops over all chains; mean_steps_se = sd of the chains' hops /
 *   √pairs. Chains on one grid share its contacts, so this SE treats them as
 *   independent; on grids of 10^4+ nodes a chain touches a negligible share of them.
 * - slope = least-squares slope of ln(mean_steps) on ln(side) over the sides ≥
 *   `slopeFrom`: a local exponent for these sizes, not the asymptotic one.
 *
 * Theory, as exponents of side: Kleinberg's lower bounds are (2 − r)/3 for r < 2
 * and (r − 2)/(r − 1) for r > 2, and O(log² side) at r = 2. Carmi et al. (2009)
 * derived the asymptotics exactly: (2 − r)/(3 − r) for r < 2, r − 2 for 2 < r < 3,
 * 1 for r > 3 (so 1 at r = 3 as the limit of both sides) — above Kleinberg's
 * bounds, which are not tight away from r = 2.
 *
 * References:
 * - J. Kleinberg, "The small-world phenomenon: an algorithmic perspective",
 *   STOC 2000, 163–170 (Theorems 1–3); "Navigation in a small world", Nature 406:845, 2000.
 * - S. Carmi, S. Carter, J. Sun and D. ben-Avraham, "Asymptotic behavior of the
 *   Kleinberg model", Physical Review Letters 102:238702, 2009.
 */
import { MetricError } from "../errors.js";
import type { CsvValue } from "../io/csv.js";
import type { KleinbergValidation } from "./schema.js";
import { leastSquaresSlope, meanSeFromSums } from "./statistics.js";
import type { KleinbergMeasure, KleinbergTask } from "./tasks.js";

export const ROUTING_COLUMNS = ["r", "side", "pairs", "mean_steps", "mean_steps_se"] as const;
export const SLOPE_COLUMNS = ["r", "slope"] as const;

export interface RoutingRow {
  readonly r: number;
  readonly side: number;
  readonly pairs: number;
  readonly meanSteps: number;
  readonly meanStepsSe: number;
}

export interface SlopeRow {
  readonly r: number;
  readonly slope: number;
}

export interface KleinbergResults {
  readonly routing: readonly RoutingRow[];
  readonly slopes: readonly SlopeRow[];
}

/** Kleinberg's (2000) lower-bound exponent of greedy-routing time in the side (0 at r = 2: polylogarithmic). */
export function kleinbergBoundExponent(r: number): number {
  if (r < 2) return (2 - r) / 3;
  if (r === 2) return 0;
  return (r - 2) / (r - 1);
}

/** Carmi et al.'s (2009) exact asymptotic exponent in dimension 2 (0 at r = 2: log²; at r = 3, L / ln L). */
export function carmiExponent(r: number): number {
  if (r < 2) return (2 - r) / (3 - r);
  if (r === 2) return 0;
  return Math.min(r - 2, 1);
}

/** One (r, side) cell's grids. */
interface Cell {
  readonly r: number;
  readonly side: number;
}

function cells(v: KleinbergValidation): Cell[] {
  return v.r.flatMap((r) => v.sides.map((side) => ({ r, side })));
}

/** Chains on grid g of a cell: `pairs` spread evenly, the first `pairs mod grids` grids one more. */
function pairsOnGrid(v: KleinbergValidation, g: number): number {
  return Math.floor(v.pairs / v.grids) + (g < v.pairs % v.grids ? 1 : 0);
}

/** The tasks, (r, side, grid)-major. */
export function kleinbergTasks(v: KleinbergValidation): KleinbergTask[] {
  return cells(v).flatMap(({ r, side }) =>
    Array.from({ length: v.grids }, (_, g) => ({
      kind: "kleinberg" as const,
      side,
      r,
      q: v.q,
      pairs: pairsOnGrid(v, g),
      key: `netvalue:validation:kleinberg:${v.seed}:side=${side}:r=${r}:q=${v.q}:grid=${g}`,
    })),
  );
}

/**
 * Routing rows and slopes from the per-grid measures (in `kleinbergTasks` order).
 * @throws MetricError if a chain failed to arrive (it cannot without attrition)
 */
export function kleinbergResults(v: KleinbergValidation, measures: readonly KleinbergMeasure[]): KleinbergResults {
  const all = cells(v);
  if (measures.length !== all.length * v.grids) throw new RangeError(`expected ${all.length * v.grids} measures, got ${measures.length}`);
  const routing = all.map(({ r, side }, c) => {
    let chains = 0;
    let successes = 0;
    let sum = 0;
    let sumSq = 0;
    for (const m of measures.slice(c * v.grids, (c + 1) * v.grids)) {
      chains += m.chains;
      successes += m.successes;
      sum += m.sumSteps;
      sumSq += m.sumStepsSq;
    }
    if (successes !== chains) {
      throw new MetricError(`greedy routing failed on ${chains - successes} of ${chains} chains (r = ${r}, side = ${side})`);
    }
    const { mean, se } = meanSeFromSums(successes, sum, sumSq);
    return { r, side, pairs: chains, meanSteps: mean, meanStepsSe: se };
  });
  const slopes = v.r.map((r) => {
    const fit = routing.filter((row) => row.r === r && row.side >= v.slopeFrom);
    return { r, slope: leastSquaresSlope(fit.map((row) => Math.log(row.side)), fit.map((row) => Math.log(row.meanSteps))) };
  });
  return { routing, slopes };
}

/** routing.csv rows in ROUTING_COLUMNS order, sorted by (r, side). */
export function routingRows(k: KleinbergResults): CsvValue[][] {
  return [...k.routing].sort((a, b) => a.r - b.r || a.side - b.side).map((x) => [x.r, x.side, x.pairs, x.meanSteps, x.meanStepsSe]);
}

/** slopes.csv rows in SLOPE_COLUMNS order, sorted by r. */
export function slopeRows(k: KleinbergResults): CsvValue[][] {
  return [...k.slopes].sort((a, b) => a.r - b.r).map((x) => [x.r, x.slope]);
}
