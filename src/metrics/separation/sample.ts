/**
 * Sampled separation: exact BFS (MS-BFS) from k seeded random sources, with 95%
 * bootstrap confidence intervals on the mean distance and the effective diameter.
 *
 * Notes: sources are drawn uniformly without replacement. The point estimates come
 * from the pooled histogram of the k sources (a ratio estimator: distance sum over
 * reachable pairs). The interval is a percentile bootstrap over sources: resample the
 * k per-source histograms with replacement B times (default 1,000), recompute each
 * statistic from the pooled resample, take the 2.5% and 97.5% quantiles. Resampling
 * whole sources keeps the dependence between the pairs of one BFS, which a normal
 * interval over pairs would ignore; the bootstrap also covers the effective diameter,
 * which has no simple variance formula. The diameter of the sample is the largest
 * eccentricity among the sources: a lower bound on the true diameter, flagged so.
 *
 * References: B. Efron, R. Tibshirani, "An Introduction to the Bootstrap", 1993
 * (percentile interval); D. Eppstein, J. Wang, "Fast approximation of centrality",
 * 2004 (sampling sources for distance averages); SNAP `GetBfsEffDiam` samples start
 * nodes the same way.
 */
import { at } from "../../checked-index.js";
import type { Csr } from "../../graph/csr.js";
import type { Rng } from "../../random/streams.js";
import { integer } from "../../random/draw.js";
import { MetricError } from "../../errors.js";
import { msbfsDistribution } from "./msbfs.js";
import { msbfsParallel } from "./msbfs-parallel.js";
import type { DistanceDistribution } from "./distribution.js";
import { bootstrapOverSources } from "./bootstrap.js";

export interface SampleOptions {
  /** Bootstrap resamples for the intervals (default 1,000). */
  readonly bootstrap?: number;
  /** MS-BFS words per node (default 2). */
  readonly wordsPerNode?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Worker threads for the BFS batches (default 1); results do not depend on it. */
  readonly threads?: number;
}

export type Interval = readonly [low: number, high: number];

export interface SampledDistribution {
  readonly distribution: DistanceDistribution;
  readonly sources: Uint32Array;
  /** 95% percentile-bootstrap intervals (over sources). */
  readonly meanDistanceCi: Interval;
  readonly effectiveDiameterCi: Interval;
  readonly bootstrap: number;
}

/**
 * k distinct nodes, uniformly at random (partial Fisher–Yates over a virtual
 * identity array, so memory is O(k) even for huge n).
 */
export function sampleSources(rng: Rng, n: number, k: number): Uint32Array {
  if (!Number.isInteger(k) || k < 0 || k > n) throw new MetricError(`sampleSources: k must be in 0..${n} (k = ${k})`);
  const swapped = new Map<number, number>();
  const out = new Uint32Array(k);
  for (let i = 0; i < k; i++) {
    const j = integer(rng, i, n);
    const vj = swapped.get(j) ?? j;
    const vi = swapped.get(i) ?? i;
    out[i] = vj;
    swapped.set(j, vi);
  }
  return out;
}

/**
 * Distance distribution from k random sources with bootstrap intervals.
 * @param csr the graph
 * @param k number of sources (≤ n)
 * @param rng the seeded stream that draws the sources and the bootstrap resamples
 * @throws MetricError when k is not in 1..n
 */
export function sampledDistribution(csr: Csr, k: number, rng: Rng, options: SampleOptions = {}): SampledDistribution {
  if (!Number.isInteger(k) || k < 1 || k > csr.n) {
    throw new MetricError(`sampled separation: samples must be an integer in 1..${csr.n} (samples = ${k})`);
  }
  const B = options.bootstrap ?? 1000;
  if (!Number.isInteger(B) || B < 0) throw new MetricError(`sampled separation: bootstrap must be an integer ≥ 0 (bootstrap = ${B})`);
  const sources = sampleSources(rng, csr.n, k);
  const msOptions = {
    perSource: true,
    ...(options.wordsPerNode !== undefined ? { wordsPerNode: options.wordsPerNode } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  const threads = options.threads ?? 1;
  const { distribution, perSource } =
    threads > 1 ? msbfsParallel(csr, sources, threads, options.wordsPerNode ?? 1) : msbfsDistribution(csr, sources, msOptions);
  const hists = perSource ?? [];
  const { means, effs } = bootstrapOverSources(hists, k, B, rng);
  return {
    distribution,
    sources,
    meanDistanceCi: percentileInterval(means),
    effectiveDiameterCi: percentileInterval(effs),
    bootstrap: B,
  };
}

/** The 2.5% and 97.5% quantiles (linear interpolation, type 7) of finite values. */
function percentileInterval(values: number[]): Interval {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return [Number.NaN, Number.NaN];
  const q = (p: number): number => {
    const x = p * (v.length - 1);
    const lo = Math.floor(x);
    const hi = Math.min(lo + 1, v.length - 1);
    return at(v, lo) + (x - lo) * (at(v, hi) - at(v, lo));
  };
  return [q(0.025), q(0.975)];
}
