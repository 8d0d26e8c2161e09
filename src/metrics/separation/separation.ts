/**
 * Degrees of separation of a graph (docs/ODD.md §4 observation: separation): one entry point that runs the exact,
 * sampled or HyperANF method — or picks one by size — and returns every statistic with
 * the method, its parameters and its error bound.
 *
 * Notes: `auto` chooses
 * - `exact` (MS-BFS from every node) when n × arcs ≤ 2·10^10: up to 10^4 nodes with
 *   2·10^6 arcs (BA n = 10^4, m = 5, i.e. 10^5 arcs, took 1.4 s here; BA n = 10^5, at
 *   10^11, took 65 s and goes to `sample`);
 * - `sample` (1,000 sources, bootstrap intervals) when n ≤ 5·10^6;
 * - `hyperanf` (2^6 registers) above that, where even 1,000 BFS sweeps get long.
 * Sampling beats HyperANF on the mean for the same time (its interval is narrower),
 * so HyperANF is kept for the largest graphs or asked for by name.
 *
 * Parallelism: sampled BFS batches run on worker threads (independent batches, results
 * collected in source order: identical for any thread count; no progress reports then).
 * HyperANF's WebAssembly kernel splits each step's two phases over node ranges on
 * threads sharing one memory, with a barrier after each phase (hyperanf-parallel.ts);
 * every phase leaves exactly what one thread leaves, which the tests check phase by
 * phase for 1–4 threads.
 *
 * Degenerate graphs (n = 0, n = 1, no edges) are answered exactly whatever the method:
 * statistics.ts says what each statistic is then.
 *
 * References: see msbfs.ts (Then et al. 2014), sample.ts, hyperanf.ts (Boldi, Rosa &
 * Vigna 2011), statistics.ts (SNAP's effective diameter).
 */
import { at } from "../../checked-index.js";
import { availableParallelism } from "node:os";
import type { Csr } from "../../graph/csr.js";
import type { Rng } from "../../random/streams.js";
import { MetricError } from "../../errors.js";
import type { DistanceDistribution } from "./distribution.js";
import { makeDistribution } from "./distribution.js";
import { msbfsDistribution } from "./msbfs.js";
import { sampledDistribution, type Interval } from "./sample.js";
import { hyperAnf } from "./hyperanf.js";
import { distanceStatistics, type SeparationStatistics } from "./statistics.js";

export type SeparationMethod = "exact" | "sample" | "hyperanf";

export interface SeparationOptions {
  /** "auto" (default) chooses by size; see the module notes. */
  readonly method?: SeparationMethod | "auto";
  /** Sources for "sample" (default 1,000, capped at n). */
  readonly samples?: number;
  /** log2 of HyperLogLog registers per node for "hyperanf" (default 6). */
  readonly registers?: number;
  /** Independent HyperANF runs (default 1); ≥ 3 gives t intervals on derived statistics. */
  readonly runs?: number;
  /** Bootstrap resamples for "sample" (default 1,000). */
  readonly bootstrap?: number;
  /** Draws the sampled sources, bootstrap resamples and HyperANF hash seeds. */
  readonly rng: Rng;
  /**
   * Worker threads for sampled BFS batches (msbfs-parallel.ts) and HyperANF's node ranges
   * (hyperanf-parallel.ts). Default: the machine's available parallelism (at most 4) on
   * graphs of ≥ 10^5 nodes, else 1. Results do not depend on it.
   */
  readonly threads?: number;
  /** Progress: (done, total, what). Called from the computing thread; never logs. */
  readonly onProgress?: (done: number, total: number, what: string) => void;
}

/** How far the reported numbers can be from the exact ones. */
export type SeparationError =
  | { readonly kind: "exact" }
  | {
      readonly kind: "bootstrap";
      readonly level: 0.95;
      readonly resamples: number;
      readonly meanDistance: Interval;
      readonly effectiveDiameter: Interval;
    }
  | {
      readonly kind: "hyperloglog";
      /** 1.04 / √(2^registers), the relative standard error of each N̂(t). */
      readonly relativeStandardError: number;
      readonly runs: number;
      /** 95% Student-t intervals over runs; null with a single run. */
      readonly meanDistance: Interval | null;
      readonly effectiveDiameter: Interval | null;
    };

export interface SeparationResult extends SeparationStatistics {
  readonly method: SeparationMethod;
  readonly requestedMethod: SeparationMethod | "auto";
  readonly parameters: {
    readonly samples?: number;
    readonly registers?: number;
    readonly runs?: number;
    readonly bootstrap?: number;
  };
  readonly nodes: number;
  /** Entries of the adjacency (2 × edges when undirected, arcs when directed). */
  readonly arcs: number;
  readonly directed: boolean;
  readonly distribution: DistanceDistribution;
  /** true when `diameter` is only a lower bound (sampled sources, HyperANF). */
  readonly diameterIsLowerBound: boolean;
  readonly error: SeparationError;
}

/** Worker threads by default: the available parallelism (at most 4) from 10^5 nodes on. */
function defaultThreads(csr: Csr): number {
  return csr.n >= 1e5 ? Math.min(availableParallelism(), 4) : 1;
}

/** The method `auto` picks for a graph of this size (see the module notes). */
export function chooseMethod(csr: Csr): SeparationMethod {
  if (csr.n * csr.neighbors.length <= 2e10) return "exact";
  if (csr.n <= 5e6) return "sample";
  return "hyperanf";
}

/**
 * Degrees of separation: distance distribution and statistics.
 * @param csr the graph; rows are followed (directed CSRs give directed distances)
 * @param options method, samples, registers, runs, rng (required: no hidden randomness)
 * @returns statistics plus method, parameters, distribution and error bound
 * @throws MetricError for invalid options
 */
export function separation(csr: Csr, options: SeparationOptions): SeparationResult {
  const requested = options.method ?? "auto";
  if (!["auto", "exact", "sample", "hyperanf"].includes(requested)) {
    throw new MetricError(`separation: unknown method '${String(requested)}' (expected auto, exact, sample or hyperanf)`);
  }
  const method = requested === "auto" ? chooseMethod(csr) : requested;
  const base = {
    requestedMethod: requested,
    nodes: csr.n,
    arcs: csr.neighbors.length,
    directed: csr.directed === true,
  };
  const progress = (what: string) =>
    options.onProgress ? (done: number, total: number) => options.onProgress?.(done, total, what) : undefined;

  if (csr.n < 2 || csr.neighbors.length === 0 || method === "exact") {
    const onProgress = progress("sources");
    const { distribution } = msbfsDistribution(csr, undefined, onProgress ? { onProgress } : {});
    return {
      ...distanceStatistics(distribution),
      ...base,
      method: "exact",
      parameters: {},
      distribution,
      diameterIsLowerBound: false,
      error: { kind: "exact" },
    };
  }

  if (method === "sample") {
    const samples = Math.min(options.samples ?? 1000, csr.n);
    if (!Number.isInteger(samples) || samples < 1) {
      throw new MetricError(`separation: samples must be a positive integer (samples = ${options.samples})`);
    }
    const onProgress = progress("sources");
    const threads = options.threads ?? defaultThreads(csr);
    const s = sampledDistribution(csr, samples, options.rng, {
      threads,
      ...(options.bootstrap !== undefined ? { bootstrap: options.bootstrap } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    return {
      ...distanceStatistics(s.distribution),
      ...base,
      method: "sample",
      parameters: { samples, bootstrap: s.bootstrap },
      distribution: s.distribution,
      diameterIsLowerBound: samples < csr.n,
      error: {
        kind: "bootstrap",
        level: 0.95,
        resamples: s.bootstrap,
        meanDistance: s.meanDistanceCi,
        effectiveDiameter: s.effectiveDiameterCi,
      },
    };
  }

  const registers = options.registers ?? 6;
  const threads = options.threads ?? defaultThreads(csr);
  const runs = options.runs ?? 1;
  if (!Number.isInteger(runs) || runs < 1) throw new MetricError(`separation: runs must be a positive integer (runs = ${runs})`);
  const neighbourhoods: (readonly number[])[] = [];
  const perRun: SeparationStatistics[] = [];
  let rse = 0;
  for (let r = 0; r < runs; r++) {
    const report = options.onProgress;
    const onProgress = report
      ? (t: number, changed: number) => report(csr.n - changed, csr.n, `hyperanf run ${r + 1}/${runs}, step ${t}: counters settled`)
      : undefined;
    const run = hyperAnf(csr, registers, options.rng, { threads, ...(onProgress ? { onProgress } : {}) });
    neighbourhoods.push(run.neighbourhood);
    perRun.push(distanceStatistics(run.distribution));
    rse = run.relativeStandardError;
  }
  // Average N̂(t) over runs (a run that stopped early stays at its last value).
  const T = Math.max(...neighbourhoods.map((nb) => nb.length));
  const avg: number[] = [];
  for (let t = 0; t < T; t++) {
    let s = 0;
    for (const nb of neighbourhoods) s += at(nb, Math.min(t, nb.length - 1));
    avg.push(s / runs);
  }
  const counts: number[] = [0];
  for (let t = 1; t < T; t++) counts.push(Math.max(0, at(avg, t) - at(avg, t - 1)));
  const distribution = makeDistribution(counts, csr.n, csr.n);
  const stats = distanceStatistics(distribution);
  return {
    ...stats,
    // An estimate can overshoot n(n − 1) by its error; a share above 1 means nothing.
    reachablePairShare: Math.min(1, stats.reachablePairShare),
    ...base,
    method: "hyperanf",
    parameters: { registers, runs },
    distribution,
    diameterIsLowerBound: true,
    error: {
      kind: "hyperloglog",
      relativeStandardError: rse,
      runs,
      // A t interval from 2 runs is mean ± 12.7·sd/√2: none below 3 runs (experiment/statistics.ts).
      meanDistance: runs >= 3 ? tInterval(perRun.map((s) => s.meanDistance)) : null,
      effectiveDiameter: runs >= 3 ? tInterval(perRun.map((s) => s.effectiveDiameter)) : null,
    },
  };
}

/** Two-sided 97.5% Student-t quantiles for 1..30 degrees of freedom; 1.96 beyond. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12,
  2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** 95% interval for the mean of the values, mean ± t·s/√r, clipped at 0 (hops). */
function tInterval(values: readonly number[]): Interval {
  const r = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / r;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (r - 1));
  const t = T975[r - 2] ?? 1.96;
  const half = (t * sd) / Math.sqrt(r);
  return [Math.max(0, mean - half), mean + half];
}
