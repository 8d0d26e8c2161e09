/**
 * Watts & Strogatz (1998), Fig. 2, reproduced with netvalue's generator and
 * metrics: the characteristic path length L(p) and the clustering coefficient C(p)
 * of rewired ring lattices, normalised by the lattice's L(0) and C(0), for p from
 * 10^-4 to 1. The small-world window is where C(p)/C(0) is still near 1 while
 * L(p)/L(0) has already fallen toward the random-graph value.
 *
 * Notes (definitions, as written into ratios.csv):
 * - For each p, `seeds` graphs are drawn, graph s from the stream keyed by
 *   (master seed, n, k, p, s); L_s(p) is the exact mean shortest-path length over
 *   reachable ordered pairs (on a disconnected graph, the mean over the pairs that
 *   are connected; runs.csv gives the reachable share), C_s(p) the average local
 *   clustering over all n nodes (Watts & Strogatz's C).
 * - L(0) and C(0) are those of the ring lattice itself, which is deterministic.
 * - mean_distance_ratio = mean_s L_s(p) / L(0); mean_distance_ratio_se =
 *   sd_s L_s(p) / √seeds / L(0) (sample sd); the same for clustering with C.
 *
 * References:
 * - D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world'
 *   networks", Nature 393:440–442, 1998 (Fig. 2: n = 1000, k = 10, 20 graphs per p).
 */
import type { CsvValue } from "../io/csv.js";
import { at } from "../checked-index.js";
import type { WattsStrogatzValidation } from "./schema.js";
import { meanSe } from "./statistics.js";
import { measureWattsStrogatz, type WattsStrogatzMeasure, type WattsStrogatzTask } from "./tasks.js";

export const RATIO_COLUMNS = ["p", "seeds", "mean_distance_ratio", "mean_distance_ratio_se", "clustering_ratio", "clustering_ratio_se"] as const;
export const WS_RUN_COLUMNS = ["p", "replicate", "mean_distance", "clustering", "reachable_pair_share", "lattice_mean_distance", "lattice_clustering"] as const;

export interface RatioRow {
  readonly p: number;
  readonly seeds: number;
  readonly meanDistanceRatio: number;
  readonly meanDistanceRatioSe: number;
  readonly clusteringRatio: number;
  readonly clusteringRatioSe: number;
}

export interface WattsStrogatzResults {
  /** L(0) and C(0) of the ring lattice. */
  readonly lattice: WattsStrogatzMeasure;
  readonly ratios: readonly RatioRow[];
  /** One measure per (p, replicate), p-major. */
  readonly runs: readonly (WattsStrogatzMeasure & { readonly p: number; readonly replicate: number })[];
}

/** The tasks of the experiment, p-major: one graph per (p, replicate). */
export function wattsStrogatzTasks(v: WattsStrogatzValidation): WattsStrogatzTask[] {
  return v.p.flatMap((p) =>
    Array.from({ length: v.seeds }, (_, s) => ({
      kind: "watts-strogatz" as const,
      n: v.n,
      k: v.k,
      p,
      key: `netvalue:validation:watts-strogatz:${v.seed}:n=${v.n}:k=${v.k}:p=${p}:replicate=${s}`,
    })),
  );
}

/** The lattice's L(0), C(0): a p = 0 graph (no random draw is made). */
export function latticeMeasure(v: Pick<WattsStrogatzValidation, "n" | "k">): WattsStrogatzMeasure {
  return measureWattsStrogatz({ kind: "watts-strogatz", n: v.n, k: v.k, p: 0, key: "netvalue:validation:watts-strogatz:lattice" });
}

/**
 * Ratios from the per-graph measures (in `wattsStrogatzTasks` order).
 * @throws RangeError if the measures do not match the tasks
 */
export function wattsStrogatzResults(v: WattsStrogatzValidation, measures: readonly WattsStrogatzMeasure[]): WattsStrogatzResults {
  if (measures.length !== v.p.length * v.seeds) throw new RangeError(`expected ${v.p.length * v.seeds} measures, got ${measures.length}`);
  const lattice = latticeMeasure(v);
  const runs = measures.map((m, i) => ({ ...m, p: at(v.p, Math.floor(i / v.seeds)), replicate: i % v.seeds }));
  const ratios = v.p.map((p, j) => {
    const group = measures.slice(j * v.seeds, (j + 1) * v.seeds);
    const l = meanSe(group.map((m) => m.meanDistance));
    const c = meanSe(group.map((m) => m.clustering));
    return {
      p,
      seeds: v.seeds,
      meanDistanceRatio: l.mean / lattice.meanDistance,
      meanDistanceRatioSe: l.se / lattice.meanDistance,
      clusteringRatio: c.mean / lattice.clustering,
      clusteringRatioSe: c.se / lattice.clustering,
    };
  });
  return { lattice, ratios, runs };
}

/** ratios.csv rows, in RATIO_COLUMNS order, sorted by p. */
export function ratioRows(r: WattsStrogatzResults): CsvValue[][] {
  return [...r.ratios]
    .sort((a, b) => a.p - b.p)
    .map((x) => [x.p, x.seeds, x.meanDistanceRatio, x.meanDistanceRatioSe, x.clusteringRatio, x.clusteringRatioSe]);
}

/** runs.csv rows, in WS_RUN_COLUMNS order, sorted by (p, replicate). */
export function wattsStrogatzRunRows(r: WattsStrogatzResults): CsvValue[][] {
  return [...r.runs]
    .sort((a, b) => a.p - b.p || a.replicate - b.replicate)
    .map((x) => [x.p, x.replicate, x.meanDistance, x.clustering, x.reachablePairShare, r.lattice.meanDistance, r.lattice.clustering]);
}
