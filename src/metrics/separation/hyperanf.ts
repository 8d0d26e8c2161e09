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
 * re-estimated — Boldi et al.'s "systolic" optimisation.
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

/** HyperLogLog's bias constant α_m. */
function alpha(m: number): number {
  if (m === 16) return 0.673;
  if (m === 32) return 0.697;
  if (m === 64) return 0.709;
  return 0.7213 / (1 + 1.079 / m);
}

/** murmur3's 32-bit finaliser: a bijective avalanche mix. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
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
  const { n, offsets, neighbors } = csr;
  const m = 1 << b;
  const W = m >>> 2; // 32-bit words per counter
  if (n * m > 2 ** 31) {
    throw new MetricError(`hyperanf: ${n} nodes × 2^${b} registers needs ${((2 * n * m) / 2 ** 30).toFixed(1)} GiB; use fewer registers`);
  }
  const seed = Math.floor(rng() * 2 ** 32) >>> 0;
  const cur8 = new Uint8Array(n * m);
  const maxRank = 32 - b + 1;
  for (let v = 0; v < n; v++) {
    const h = fmix32((Math.imul(v ^ seed, 0x9e3779b1) + seed) >>> 0);
    const j = h >>> (32 - b);
    const w = (h << b) >>> 0;
    const rank = w === 0 ? maxRank : Math.clz32(w) + 1;
    cur8[v * m + j] = rank;
  }
  const cur = new Int32Array(cur8.buffer);
  const next = cur.slice();
  const am2 = alpha(m) * m * m;
  const pow2 = new Float64Array(64);
  for (let r = 0; r < 64; r++) pow2[r] = 2 ** -r;
  const estimate = (regs: Int32Array, v: number): number => {
    let sum = 0;
    let zeros = 0;
    for (let i = v * W, end = i + W; i < end; i++) {
      const x = regs[i] as number;
      const r0 = x & 0xff;
      const r1 = (x >>> 8) & 0xff;
      const r2 = (x >>> 16) & 0xff;
      const r3 = x >>> 24;
      sum += (pow2[r0] as number) + (pow2[r1] as number) + (pow2[r2] as number) + (pow2[r3] as number);
      zeros += (r0 === 0 ? 1 : 0) + (r1 === 0 ? 1 : 0) + (r2 === 0 ? 1 : 0) + (r3 === 0 ? 1 : 0);
    }
    let e = am2 / sum;
    if (e <= 2.5 * m && zeros > 0) e = m * Math.log(m / zeros);
    else if (e > 2 ** 32 / 30) e = -(2 ** 32) * Math.log(1 - e / 2 ** 32);
    return e;
  };
  const est = new Float64Array(n);
  let N = 0;
  for (let v = 0; v < n; v++) {
    const e = estimate(cur, v);
    est[v] = e;
    N += e;
  }
  const neighbourhood: number[] = [N];
  let changed = new Uint8Array(n).fill(1);
  let nextChanged = new Uint8Array(n);
  let steps = 0;
  for (;;) {
    const changes = mergeStep(offsets, neighbors, cur, next, changed, nextChanged, W);
    if (changes === 0) break;
    steps++;
    for (let v = 0; v < n; v++) {
      if (nextChanged[v] === 0) continue;
      const vb = v * W;
      for (let j = 0; j < W; j++) cur[vb + j] = next[vb + j] as number;
      const e = estimate(cur, v);
      N += e - (est[v] as number);
      est[v] = e;
    }
    neighbourhood.push(N);
    const t = changed;
    changed = nextChanged;
    nextChanged = t;
    nextChanged.fill(0);
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

/**
 * One HyperANF step: next[v] = max(next[v], cur[u]) register-wise for every neighbour u
 * whose counter changed last step; marks and counts the counters that changed.
 * (A separate function so V8 compiles its loop on its own.)
 */
function mergeStep(
  offsets: Uint32Array,
  neighbors: Uint32Array,
  cur: Int32Array,
  next: Int32Array,
  changed: Uint8Array,
  nextChanged: Uint8Array,
  W: number,
): number {
  const n = offsets.length - 1;
  const H = 0x80808080 | 0;
  let changes = 0;
  for (let v = 0; v < n; v++) {
    const vb = v * W;
    let touched = false;
    for (let i = offsets[v] as number, end = offsets[v + 1] as number; i < end; i++) {
      const u = neighbors[i] as number;
      if (changed[u] === 0) continue;
      touched = true;
      const ub = u * W;
      for (let j = 0; j < W; j++) {
        const a = next[vb + j] as number;
        const c = cur[ub + j] as number;
        if (a === c) continue;
        // Per byte lane: high bit set where a ≥ c (all registers < 128, no borrows).
        const ge = ((((a | H) - c) | 0) & H) >>> 7;
        const mask = Math.imul(ge, 0xff);
        next[vb + j] = (a & mask) | (c & ~mask);
      }
    }
    if (!touched) continue;
    for (let j = 0; j < W; j++) {
      if (next[vb + j] !== cur[vb + j]) {
        nextChanged[v] = 1;
        changes++;
        break;
      }
    }
  }
  return changes;
}
