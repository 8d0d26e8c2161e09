/**
 * Separation statistics from a distance distribution (distribution.ts).
 *
 * Notes (definitions; docs/ODD.md §4 observation: separation):
 * - `meanDistance`: mean shortest-path length over reachable ordered pairs, the source
 *   itself excluded (networkx / igraph `average_shortest_path_length` / `mean_distance`
 *   on a connected graph; on a disconnected one we average over reachable pairs rather
 *   than raising, as networkx does: disconnection is measured by `reachablePairShare`).
 * - `intermediaries = meanDistance − 1` (Backstrom et al. 2012: 4.74 hops = 3.74
 *   intermediaries).
 * - `effectiveDiameter` (q = 0.9) and `medianDistance` (q = 0.5): SNAP's interpolated
 *   percentile. The histogram includes each source at distance 0 (SNAP counts the start
 *   node), excludes unreachable pairs; N(h) = pairs within h hops, T = q·N(max); h is
 *   the first hop with N(h) > T; result (h − 1) + (T − N(h − 1)) / (N(h) − N(h − 1)).
 *   Using the same rule for the median keeps the two comparable; because the zero-hop
 *   pairs are included, the median is slightly below the median of `counts` alone (a
 *   single edge: SNAP median 0, effective diameter 0.8, though both pairs are 1 hop apart).
 * - `medianDistanceOrdinary`: the ordinary median over reachable ordered pairs, zero-hop
 *   pairs excluded (the middle value; the mean of the two middle values when they
 *   differ and the count is even) — what networkx users compute from the lengths
 *   (a single edge: 1). With estimated (non-integer) counts it is the weighted median.
 * - `globalEfficiency`: the mean over all ordered pairs (i ≠ j) of 1 / d(i, j), an
 *   unreachable pair counting 0 (Latora & Marchiori 2001; networkx `global_efficiency`,
 *   igraph `global_efficiency`); 0 when there are no pairs (networkx). Defined on
 *   fragmented layers, where the mean over reachable pairs hides the fragmentation.
 * - `harmonicMeanDistance = 1 / globalEfficiency` (Marchiori & Latora 2000; igraph's
 *   `harmonic` mean distance); Infinity when no pair is reachable.
 * - `diameter`: the largest distance with a nonzero count.
 * - `reachablePairShare`: reachable ordered pairs / (sources × (nodes − 1)).
 * - `spid`: shortest-path index of dispersion, variance / mean of the distance
 *   distribution (Boldi, Rosa & Vigna 2011: < 1 "properly social", > 1 web-like).
 *
 * Degenerate cases, decided: with no reachable pair (empty graph, a single node, no
 * edges) the mean, intermediaries, median, effective diameter, variance and spid are
 * NaN (igraph returns NaN for the mean; networkx raises), the diameter is 0 (igraph),
 * and `reachablePairShare` is NaN when there are no ordered pairs at all (n < 2) and 0
 * otherwise.
 *
 * References: SNAP `TSnap::CalcEffDiam`; V. Latora, M. Marchiori, "Efficient behavior of
 * small-world networks", PRL 87, 2001; M. Marchiori, V. Latora, "Harmony in the
 * small-world", Physica A 285, 2000; Leskovec, Kleinberg & Faloutsos, TKDD 2007;
 * L. Backstrom, P. Boldi, M. Rosa, J. Ugander, S. Vigna, "Four degrees of separation",
 * WebSci 2012; P. Boldi, M. Rosa, S. Vigna, "HyperANF", WWW 2011.
 */
import { at } from "../../checked-index.js";
import type { DistanceDistribution } from "./distribution.js";

export interface SeparationStatistics {
  readonly meanDistance: number;
  readonly intermediaries: number;
  /** SNAP's interpolated median (zero-hop pairs included). */
  readonly medianDistance: number;
  /** The ordinary median over reachable pairs (a single edge: 1). */
  readonly medianDistanceOrdinary: number;
  readonly effectiveDiameter: number;
  /** Mean of 1/d over all ordered pairs, unreachable ones counting 0. */
  readonly globalEfficiency: number;
  /** 1 / globalEfficiency. */
  readonly harmonicMeanDistance: number;
  readonly diameter: number;
  /** Ordered pairs (source, target ≠ source) that are connected. */
  readonly reachablePairs: number;
  readonly reachablePairShare: number;
  readonly variance: number;
  readonly spid: number;
}

/**
 * SNAP's interpolated q-quantile of the hop distribution, the `sources` zero-hop pairs
 * included.
 * @param dist the distance distribution
 * @param q quantile in (0, 1): 0.9 for the effective diameter
 * @returns the interpolated hop count, NaN when no pair is reachable
 */
export function snapQuantile(dist: DistanceDistribution, q: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`snapQuantile: q must be in (0, 1) (q = ${q})`);
  const { counts, sources } = dist;
  let total = sources;
  for (let h = 1; h < counts.length; h++) total += at(counts, h);
  if (!(total > sources)) return Number.NaN;
  const target = q * total;
  let prev = 0; // N(h − 1)
  let cum = sources; // N(0)
  if (cum > target) return -1 + target / cum;
  for (let h = 1; h < counts.length; h++) {
    prev = cum;
    cum += at(counts, h);
    if (cum > target) return h - 1 + (target - prev) / (cum - prev);
  }
  return counts.length - 1; // floating-point remainder only
}

/**
 * The ordinary (weighted) median hop count over reachable pairs, zero-hop pairs excluded:
 * the smallest h whose cumulative count reaches half the pairs, or the midpoint of h and
 * the next nonzero hop when exactly half the pairs lie at or below h.
 * @returns NaN when no pair is reachable
 */
export function ordinaryMedian(counts: readonly number[]): number {
  let pairs = 0;
  for (let h = 1; h < counts.length; h++) pairs += at(counts, h);
  if (!(pairs > 0)) return Number.NaN;
  const half = pairs / 2;
  let cum = 0;
  for (let h = 1; h < counts.length; h++) {
    const c = at(counts, h);
    if (!(c > 0)) continue;
    cum += c;
    if (cum > half) return h;
    if (cum === half) {
      let next = h + 1;
      while (next < counts.length && !(at(counts, next) > 0)) next++;
      return next < counts.length ? (h + next) / 2 : h;
    }
  }
  return counts.length - 1; // floating-point remainder only
}

/** All statistics of docs/ODD.md §4 observation: separation from one distribution. */
export function distanceStatistics(dist: DistanceDistribution): SeparationStatistics {
  const { counts, sources, nodes } = dist;
  let pairs = 0;
  let sum = 0;
  let sumSq = 0;
  let diameter = 0;
  let inverse = 0;
  for (let h = 1; h < counts.length; h++) {
    const c = at(counts, h);
    if (!(c > 0)) continue;
    pairs += c;
    inverse += c / h;
    sum += h * c;
    sumSq += h * h * c;
    diameter = h;
  }
  const possible = sources * (nodes - 1);
  const reachablePairShare = possible > 0 ? pairs / possible : Number.NaN;
  // An estimated distribution may overshoot the possible pairs a little; efficiency stays ≤ 1.
  const globalEfficiency = possible > 0 ? Math.min(1, inverse / possible) : 0;
  if (!(pairs > 0)) {
    const nan = Number.NaN;
    return {
      meanDistance: nan,
      intermediaries: nan,
      medianDistance: nan,
      medianDistanceOrdinary: nan,
      effectiveDiameter: nan,
      globalEfficiency,
      harmonicMeanDistance: Number.POSITIVE_INFINITY,
      diameter: 0,
      reachablePairs: 0,
      reachablePairShare,
      variance: nan,
      spid: nan,
    };
  }
  const mean = sum / pairs;
  const variance = Math.max(0, sumSq / pairs - mean * mean);
  return {
    meanDistance: mean,
    intermediaries: mean - 1,
    medianDistance: snapQuantile(dist, 0.5),
    medianDistanceOrdinary: ordinaryMedian(counts),
    effectiveDiameter: snapQuantile(dist, 0.9),
    globalEfficiency,
    harmonicMeanDistance: 1 / globalEfficiency,
    diameter,
    reachablePairs: pairs,
    reachablePairShare,
    variance,
    spid: variance / mean,
  };
}
