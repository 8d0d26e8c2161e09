/**
 * HyperANF: the neighbourhood function N(t) = Σ_v |B(v, t)| of a large graph,
 * approximated with one HyperLogLog counter per node, and from it the distance
 * distribution. The method of "Four degrees of separation" (Backstrom et al. 2012).
 *
 * Notes: every node's counter starts as the HyperLogLog sketch of {v} and at step t
 * becomes the register-wise maximum of its own counter and its (out-)neighbours'
 * counters at step t − 1, i.e. the sketch of the ball B(v, t). Iteration stops when
 * no counter changes. N̂(t) is the sum of the per-node estimates, and the estimated
 * number of ordered pairs at distance t is N̂(t) − N̂(t − 1). Each N̂(t) has relative
 * standard error at most 1.04 / √(2^b) (Flajolet et al. 2007; Boldi et al. 2011,
 * Theorem 1), which the result states. Derived statistics (mean distance, effective
 * diameter) come with an interval only when several independent runs (different hash
 * seeds) are made: then the 95% Student-t interval over runs, as Boldi et al. did with
 * repeated runs. The number of steps is a lower bound on the diameter (a counter can
 * miss a ball's growth, never invent it).
 *
 * Implementation: registers are bytes in one Uint8Array (2^b per node, double
 * buffered) and the maximum is computed on four registers at a time with a
 * broadword (SWAR) byte-max on Uint32 views; after step 1 only neighbours whose
 * counter changed in the previous step are merged, and only changed nodes are
 * re-estimated — Boldi et al.'s "systolic" optimisation. The loops are written over
 * node ranges (hyperanf-kernel.ts) so that they can be split across threads; this
 * version runs them on one thread (see the note on parallelism in separation.ts).
 *
 * Differences from the reference (WebGraph's HyperBall): we hash node ids with a
 * seeded 32-bit mixer (murmur3's fmix32) instead of 64-bit Jenkins hashing; with
 * 32 − b hash bits per rank this is exact enough below ~10^8 nodes (the HyperLogLog
 * large-range correction is applied above 2^32 / 30). We use HyperLogLog's small-range
 * (linear counting) correction, which WebGraph also applies.
 *
 * References: P. Boldi, M. Rosa, S. Vigna, "HyperANF: Approximating the neighbourhood
 * function of very large graphs on a budget", WWW 2011; P. Flajolet, É. Fusy,
 * O. Gandouet, F. Meunier, "HyperLogLog", AofA 2007; L. Backstrom, P. Boldi, M. Rosa,
 * J. Ugander, S. Vigna, "Four degrees of separation", WebSci 2012.
 */
import type { Csr } from "../csr.js";
import type { Rng } from "../../random/streams.js";
import { MetricError } from "../../errors.js";
import { makeDistribution, type DistanceDistribution } from "./distribution.js";
import { commitRange, initCounters, mergeRange, type Counters } from "./hyperanf-kernel.js";

export interface HyperAnfOptions {
  /** Called after each step with (step, changed counters). */
  readonly onProgress?: (step: number, changed: number) => void;
}

export interface HyperAnfRun {
  /** Estimated distribution (fractional counts). */
  readonly distribution: DistanceDistribution;
  /** N̂(t) for t = 0..steps. */
  readonly neighbourhood: readonly number[];
  /** Steps until no counter changed (a lower bound on the diameter). */
  readonly steps: number;
  readonly registers: number;
  /** 1.04 / √(2^registers): the relative standard error of each N̂(t). */
  readonly relativeStandardError: number;
}

/**
 * One HyperANF run.
 * @param csr the graph (rows followed: directed CSRs count nodes reachable from v)
 * @param b log2 of the registers per counter, 4..12 (2^b registers)
 * @param rng draws the hash seed
 * @throws MetricError for b out of range or a counter array too large for memory
 */
export function hyperAnf(csr: Csr, b: number, rng: Rng, options: HyperAnfOptions = {}): HyperAnfRun {
  if (!Number.isInteger(b) || b < 4 || b > 12) {
    throw new MetricError(`hyperanf: registers (log2) must be an integer in 4..12 (registers = ${b})`);
  }
  const { n } = csr;
  const m = 1 << b;
  if (n * m > 2 ** 31) {
    throw new MetricError(`hyperanf: ${n} nodes × 2^${b} registers needs ${((2 * n * m) / 2 ** 30).toFixed(1)} GiB; use fewer registers`);
  }
  const seed = Math.floor(rng() * 2 ** 32) >>> 0;
  const words = (n << b) >>> 2;
  const c: Counters = {
    n,
    b,
    offsets: csr.offsets,
    neighbors: csr.neighbors,
    cur: new Int32Array(words),
    next: new Int32Array(words),
    changedFlags: [new Uint8Array(n), new Uint8Array(n)],
    est: new Float64Array(n),
  };
  initCounters(c, seed);
  const total = () => {
    let s = 0;
    for (let v = 0; v < n; v++) s += c.est[v] as number;
    return s;
  };
  const neighbourhood: number[] = [total()];
  let steps = 0;
  for (;;) {
    const parity = (steps + 1) & 1;
    const changes = mergeRange(c, parity, 0, n);
    if (changes === 0) break;
    steps++;
    commitRange(c, parity, 0, n);
    neighbourhood.push(total());
    options.onProgress?.(steps, changes);
  }
  const counts: number[] = [0];
  for (let t = 1; t < neighbourhood.length; t++) {
    counts.push(Math.max(0, (neighbourhood[t] as number) - (neighbourhood[t - 1] as number)));
  }
  return {
    distribution: makeDistribution(counts, n, n),
    neighbourhood,
    steps,
    registers: b,
    relativeStandardError: 1.04 / Math.sqrt(m),
  };
}
