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
 * Implementation: registers are bytes (2^b per node, double buffered: the counters of
 * step t − 1 and those being built for step t). After step 1 only neighbours whose
 * counter changed in the previous step are merged, and only changed nodes are
 * re-estimated — Boldi et al.'s "systolic" optimisation. Two kernels do this with
 * identical results: the default is WebAssembly (hyperanf.wat, compiled by wabt into
 * a committed module; hyperanf-wasm.ts), which takes the maximum of 16 registers at
 * once (i8x16.max_u), keeps a 64-register counter in four vector registers while
 * merging, and, once fewer than n/16 counters changed, visits on an undirected graph
 * only the neighbours of changed counters instead of every row. Its steps can be split
 * across threads sharing its memory (hyperanf-parallel.ts: chunks of nodes taken in
 * turn, a barrier after each phase; `threads`, which separation() sets by default on
 * graphs of 10^5 nodes and more). The reference kernel is JavaScript
 * (hyperanf-kernel.ts: a broadword byte-max on 32-bit words), used where WebAssembly
 * SIMD is missing or with `kernel: "js"`; tests compare the two after every phase.
 * On BA n = 10^6, m = 5, 2^6 registers, a step takes about 0.5 s on one thread here
 * (the JavaScript kernel: about 4 s).
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
import { at } from "../../checked-index.js";
import type { Csr } from "../../graph/csr.js";
import type { Rng } from "../../random/streams.js";
import { MetricError } from "../../errors.js";
import { makeDistribution, type DistanceDistribution } from "./distribution.js";
import { parallelWasmStepper } from "./hyperanf-parallel.js";
import { jsStepper, wasmStepper, type Stepper } from "./hyperanf-stepper.js";

export type HyperAnfKernel = "auto" | "wasm" | "js";

export interface HyperAnfOptions {
  /** Called after each step with (step, changed counters). */
  readonly onProgress?: (step: number, changed: number) => void;
  /**
   * "wasm": the WebAssembly SIMD kernel (hyperanf.wat); "js": the reference kernel
   * (hyperanf-kernel.ts); "auto" (default): wasm where the runtime supports it. All give
   * identical results.
   */
  readonly kernel?: HyperAnfKernel;
  /**
   * Threads for the WebAssembly kernel (default 1, at most 4); results do not depend on
   * it. Needs the compiled worker file (hyperanf-parallel.ts); without it, one thread.
   */
  readonly threads?: number;
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
  const kernel = options.kernel ?? "auto";
  const threads = options.threads ?? 1;
  let k: Stepper | null = null;
  if (kernel !== "js") k = threads > 1 ? parallelWasmStepper(csr, b, threads) : wasmStepper(csr, b);
  if (k === null) {
    if (kernel === "wasm") throw new MetricError("hyperanf: the WebAssembly kernel is not available in this runtime");
    k = jsStepper(csr, b);
  }
  const neighbourhood: number[] = [];
  let steps = 0;
  try {
    const est = k.counters.est;
    const total = () => {
      let s = 0;
      for (let v = 0; v < n; v++) s += est[v] as number;
      return s;
    };
    k.init(seed);
    neighbourhood.push(total());
    let changes = n;
    for (;;) {
      const parity = (steps + 1) & 1;
      changes = k.merge(parity, changes);
      if (changes === 0) break;
      steps++;
      k.commit(parity);
      neighbourhood.push(total());
      options.onProgress?.(steps, changes);
    }
  } finally {
    k.close();
  }
  const counts: number[] = [0];
  for (let t = 1; t < neighbourhood.length; t++) {
    counts.push(Math.max(0, at(neighbourhood, t) - at(neighbourhood, t - 1)));
  }
  return {
    distribution: makeDistribution(counts, n, n),
    neighbourhood,
    steps,
    registers: b,
    relativeStandardError: 1.04 / Math.sqrt(m),
  };
}
