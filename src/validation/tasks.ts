/**
 * The units of work of the validation experiments, each a pure function of its
 * parameters and stream key, so a result is the same whether it runs inline or on
 * any worker of a pool of any size:
 * - one Watts–Strogatz graph: its mean distance L and average clustering C;
 * - one Kleinberg grid: `pairs` greedy chains between uniform random pairs, summed.
 *
 * References:
 * - D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world'
 *   networks", Nature 393:440–442, 1998.
 * - J. Kleinberg, "The small-world phenomenon: an algorithmic perspective",
 *   STOC 2000, 163–170.
 */
import { csrFromGraph } from "../graph/csr.js";
import { kleinbergSearch } from "../metrics/search/index.js";
import { separation } from "../metrics/separation/index.js";
import { clusteringStats } from "../metrics/structure/index.js";
import { kleinbergGrid } from "../model/network/kleinberg.js";
import { wattsStrogatz } from "../model/network/watts-strogatz.js";
import { streamFromKey } from "../random/streams.js";

export interface WattsStrogatzTask {
  readonly kind: "watts-strogatz";
  readonly n: number;
  readonly k: number;
  readonly p: number;
  /** Stream key of this graph; ":network" and ":sampling" are appended. */
  readonly key: string;
}

export interface WattsStrogatzMeasure {
  /** Mean shortest-path length over reachable ordered pairs (exact, all sources). */
  readonly meanDistance: number;
  /** Share of ordered pairs that are connected (1 on a connected graph). */
  readonly reachablePairShare: number;
  /** Average local clustering over all n nodes (Watts & Strogatz's C). */
  readonly clustering: number;
}

export interface KleinbergTask {
  readonly kind: "kleinberg";
  readonly side: number;
  readonly r: number;
  readonly q: number;
  readonly pairs: number;
  /** Stream key of this grid; ":network" and ":search" are appended. */
  readonly key: string;
}

export interface KleinbergMeasure {
  readonly chains: number;
  readonly successes: number;
  /** Σ hops and Σ hops² over successful chains: integers, exact in any order of summation. */
  readonly sumSteps: number;
  readonly sumStepsSq: number;
}

export type ValidationTask = WattsStrogatzTask | KleinbergTask;
export type TaskResult = WattsStrogatzMeasure | KleinbergMeasure;

/**
 * L and C of one Watts–Strogatz graph, with netvalue's generator and metrics.
 * L is measured exactly (multi-source BFS from every node); on a disconnected
 * graph it is the mean over reachable pairs, and `reachablePairShare` says how
 * many pairs that is.
 */
export function measureWattsStrogatz(task: WattsStrogatzTask): WattsStrogatzMeasure {
  const graph = wattsStrogatz(task.n, { k: task.k, p: task.p }, streamFromKey(`${task.key}:network`));
  const csr = csrFromGraph(graph);
  const sep = separation(csr, { method: "exact", rng: streamFromKey(`${task.key}:sampling`) });
  return {
    meanDistance: sep.meanDistance,
    reachablePairShare: sep.reachablePairShare,
    clustering: clusteringStats(csr).averageClustering,
  };
}

/**
 * Greedy routing on one Kleinberg grid: `pairs` chains, each from a uniform
 * source to a uniform target ≠ source, each holder forwarding to its out-contact
 * closest to the target in lattice distance (Kleinberg's algorithm), no attrition.
 */
export function measureKleinberg(task: KleinbergTask): KleinbergMeasure {
  const grid = kleinbergGrid({ side: task.side, r: task.r, q: task.q }, streamFromKey(`${task.key}:network`));
  const result = kleinbergSearch(grid, { pairs: task.pairs }, streamFromKey(`${task.key}:search`));
  let sumSteps = 0;
  let sumStepsSq = 0;
  result.lengthCounts.forEach((count, hops) => {
    sumSteps += count * hops;
    sumStepsSq += count * hops * hops;
  });
  return { chains: result.chains, successes: result.successes, sumSteps, sumStepsSq };
}

/** Runs one task of either kind. */
export function runTask(task: ValidationTask): TaskResult {
  return task.kind === "watts-strogatz" ? measureWattsStrogatz(task) : measureKleinberg(task);
}
