/**
 * Multi-source bit-parallel breadth-first search (MS-BFS): the exact distance
 * distribution from many sources at once, 32 sources per 32-bit word.
 *
 * Notes: each node holds `wordsPerNode` words in three bitsets, `seen` (sources that
 * have reached it), `visit` (sources whose frontier it is on) and `visitNext`; bit i of
 * a batch stands for source i. One level costs one pass over the frontier's edges for
 * all 32·wordsPerNode sources of the batch, instead of one pass per source, and nodes
 * reached by many sources in the same level are touched once. Each level runs
 * top-down (push from frontier nodes) or bottom-up (each not-yet-complete node pulls
 * from its neighbours), whichever touches fewer edges — the direction optimisation of
 * Beamer et al. that Then et al. combine with MS-BFS. Bottom-up needs in-neighbours,
 * so it is used only on symmetric (undirected) CSRs.
 *
 * Per-source histograms (for sampling intervals) are counted with bit-sliced
 * carry-save counters: adding a newly reached word to a 32-lane counter costs about
 * two word operations on average, instead of a loop over its set bits.
 *
 * Difference from the paper: Then et al. use 64- to 512-bit registers via SIMD; JS
 * has 32-bit integer operations only, so a wider batch is several 32-bit words per
 * node (default 1 word = 32 sources, measured fastest here).
 *
 * References: M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper,
 * T. Neumann, H. T. Vo, "The More the Merrier: Efficient Multi-Source Graph
 * Traversal", PVLDB 8(4), 2014; S. Beamer, K. Asanović, D. Patterson,
 * "Direction-optimizing breadth-first search", SC 2012.
 */
import type { Csr } from "../../graph/csr.js";
import { MetricError } from "../../errors.js";
import { makeDistribution, type DistanceDistribution } from "./distribution.js";

export interface MsbfsOptions {
  /** 32-bit words per node; a batch runs 32 × wordsPerNode sources (default 1). */
  readonly wordsPerNode?: number;
  /** Also return one hop histogram per source (default false). */
  readonly perSource?: boolean;
  /** Called after each batch with (sources done, sources in all). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface MsbfsResult {
  /** Summed over all sources. */
  readonly distribution: DistanceDistribution;
  /** perSource[i][h] = nodes at distance h from sources[i] (h ≥ 1; [0] is 0), when asked. */
  readonly perSource?: readonly Uint32Array[];
}

/**
 * A level runs top-down while its frontier's arcs × this factor ≤ the arcs of nodes not
 * yet complete (Beamer et al. use 14 for one source; with 32 sources bottom-up's early
 * exit is rarer, and 4 measured fastest on BA and WS graphs of 10^4 nodes here).
 */
const TOP_DOWN_FACTOR = 4;

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/**
 * Exact distance distribution from `sources` (every node when omitted).
 * @param csr the graph (rows are followed: directed CSRs give directed distances)
 * @param sources distinct source nodes; default 0..n−1
 * @param options batch width, per-source histograms, progress
 * @returns the summed distribution and, when asked, one histogram per source
 * @throws MetricError for a source outside 0..n−1, a repeated source, or a bad width
 */
export function msbfsDistribution(csr: Csr, sources?: ArrayLike<number>, options: MsbfsOptions = {}): MsbfsResult {
  const { n, offsets, neighbors } = csr;
  const K = options.wordsPerNode ?? 1;
  if (!Number.isInteger(K) || K < 1 || K > 64) {
    throw new MetricError(`msbfsDistribution: wordsPerNode must be an integer in 1..64 (wordsPerNode = ${K})`);
  }
  const k = sources ? sources.length : n;
  const src = new Uint32Array(k);
  const mark = new Uint8Array(n);
  for (let i = 0; i < k; i++) {
    const s = sources ? (sources[i] as number) : i;
    if (!Number.isInteger(s) || s < 0 || s >= n) {
      throw new MetricError(`msbfsDistribution: source ${i} is not a node in 0..${n - 1} (source = ${s})`);
    }
    if (mark[s]) throw new MetricError(`msbfsDistribution: source ${s} is listed twice`);
    mark[s] = 1;
    src[i] = s;
  }
  const wantPerSource = options.perSource ?? false;
  const perSource: Uint32Array[] = [];
  const total: number[] = [0];
  const symmetric = csr.directed !== true;
  const seen = new Int32Array(n * K);
  let visit = new Int32Array(n * K);
  let next = new Int32Array(n * K);
  const active = new Int32Array(K); // bits of the batch that hold a source
  const acc = new Int32Array(K);
  // Bit-sliced counters: planes[j * P + p] is bit p of the 32 lane counters of word j.
  const P = Math.max(1, Math.ceil(Math.log2(n + 1)) + 1);
  const planes = wantPerSource ? new Int32Array(K * P) : new Int32Array(0);
  const batch = 32 * K;

  const out = new Float64Array(OUT_SLOTS);
  // With one word per node the frontier is also kept as a list, so a level costs its
  // frontier's arcs rather than a scan of all n nodes (long, thin graphs have
  // thousands of levels). Every update is an OR or an integer sum, so the order in
  // which frontier nodes are visited never changes a result.
  let list = new Uint32Array(K === 1 ? n : 0);
  let nextList = new Uint32Array(K === 1 ? n : 0);
  let listLen = 0;
  for (let start = 0; start < k; start += batch) {
    const size = Math.min(batch, k - start);
    seen.fill(0);
    visit.fill(0);
    next.fill(0);
    active.fill(0);
    const hist: Uint32Array[] = [];
    let frontierArcs = 0;
    for (let i = 0; i < size; i++) {
      const s = src[start + i] as number;
      const j = i >>> 5;
      const bit = 1 << (i & 31);
      seen[s * K + j]! |= bit;
      visit[s * K + j]! |= bit;
      active[j] = (active[j] as number) | bit;
      frontierArcs += (offsets[s + 1] as number) - (offsets[s] as number);
      if (K === 1) list[i] = s;
      if (wantPerSource) hist.push(new Uint32Array(8));
    }
    listLen = size;
    // Arcs out of nodes that some source of the batch has not reached yet.
    let openArcs = neighbors.length;
    if (size === 1) openArcs -= frontierArcs;
    for (let level = 1; frontierArcs > 0; level++) {
      const planesOrNull = wantPerSource ? planes : null;
      const state: Level = { n, K, offsets, neighbors, seen, visit, next, active, acc, planes: planesOrNull, P, out, list, listLen, nextList };
      // Direction optimisation: scan whichever side touches fewer arcs.
      if (!symmetric || TOP_DOWN_FACTOR * frontierArcs <= openArcs) topDown(state);
      else bottomUp(state);
      const reached = out[OUT_REACHED] as number;
      frontierArcs = out[OUT_FRONTIER_ARCS] as number;
      openArcs -= out[OUT_CLOSED_ARCS] as number;
      total[level] = (total[level] ?? 0) + reached;
      if (wantPerSource) harvest(level, size, hist);
      if (K === 1) {
        for (let q = 0; q < listLen; q++) visit[list[q] as number] = 0; // nonzero only on the old frontier
        const l = list;
        list = nextList;
        nextList = l;
        listLen = out[OUT_NEXT_LIST_LENGTH] as number;
      }
      const t = visit;
      visit = next;
      next = t;
      if (K !== 1) next.fill(0);
    }
    if (wantPerSource) perSource.push(...hist);
    options.onProgress?.(start + size, k);
  }
  for (let h = 0; h < total.length; h++) total[h] ??= 0;
  const distribution = makeDistribution(total, k, n);
  return wantPerSource ? { distribution, perSource } : { distribution };

  function harvest(level: number, size: number, hist: Uint32Array[]): void {
    for (let i = 0; i < size; i++) {
      const base = (i >>> 5) * P;
      const bit = i & 31;
      let c = 0;
      for (let p = 0; p < P; p++) c += (((planes[base + p] as number) >>> bit) & 1) * 2 ** p;
      let h = hist[i] as Uint32Array;
      if (level >= h.length) {
        const grown = new Uint32Array(Math.max(level + 1, h.length * 2));
        grown.set(h);
        h = grown;
        hist[i] = h;
      }
      h[level] = c;
    }
    planes.fill(0);
  }
}

// What a level reports back: the slots of Level.out.
/** Pairs (source, node) first reached at this level. */
const OUT_REACHED = 0;
/** Arcs out of the new frontier. */
const OUT_FRONTIER_ARCS = 1;
/** Arcs out of nodes now reached from every source of the batch. */
const OUT_CLOSED_ARCS = 2;
/** K = 1: the length of the next frontier list. */
const OUT_NEXT_LIST_LENGTH = 3;
const OUT_SLOTS = 4;

/** The arrays one level works on (passed explicitly so V8 keeps them in registers). */
interface Level {
  readonly n: number;
  readonly K: number;
  readonly offsets: Uint32Array;
  readonly neighbors: Uint32Array;
  readonly seen: Int32Array;
  readonly visit: Int32Array;
  readonly next: Int32Array;
  readonly active: Int32Array;
  readonly acc: Int32Array;
  /** Bit-sliced per-source counters, or null when not counting per source. */
  readonly planes: Int32Array | null;
  readonly P: number;
  /** Written by a level, slots OUT_REACHED .. OUT_NEXT_LIST_LENGTH. */
  readonly out: Float64Array;
  /** K = 1: the frontier's nodes (list[0..listLen)); the level writes the next frontier to nextList. */
  readonly list: Uint32Array;
  readonly listLen: number;
  readonly nextList: Uint32Array;
}

/** Push: every frontier node offers its sources to its neighbours. */
function topDown(s: Level): void {
  const { n, K, offsets, neighbors, seen, visit, next, active, planes, P, out, list, listLen, nextList } = s;
  let reached = 0;
  let frontier = 0;
  let closed = 0;
  let pushed = 0;
  if (K === 1) {
    const all = active[0] as number;
    for (let q = 0; q < listLen; q++) {
      const v = list[q] as number;
      const x = visit[v] as number;
      for (let i = offsets[v] as number, end = offsets[v + 1] as number; i < end; i++) {
        const u = neighbors[i] as number;
        const was = seen[u] as number;
        const d = x & ~was;
        if (d !== 0) {
          const deg = (offsets[u + 1] as number) - (offsets[u] as number);
          if (next[u] === 0) {
            frontier += deg;
            nextList[pushed++] = u;
          }
          next[u]! |= d;
          const now = was | d;
          seen[u] = now;
          if ((all & ~now) === 0) closed += deg;
          reached += popcount(d);
          if (planes !== null) count(planes, 0, P, d);
        }
      }
    }
  } else {
    for (let v = 0; v < n; v++) {
      const vb = v * K;
      let any = 0;
      for (let j = 0; j < K; j++) any |= visit[vb + j] as number;
      if (any === 0) continue;
      for (let i = offsets[v] as number, end = offsets[v + 1] as number; i < end; i++) {
        const u = neighbors[i] as number;
        const ub = u * K;
        let fresh = false;
        for (let j = 0; j < K; j++) {
          const d = (visit[vb + j] as number) & ~(seen[ub + j] as number);
          if (d !== 0) {
            fresh = true;
            next[ub + j]! |= d;
            seen[ub + j]! |= d;
            reached += popcount(d);
            if (planes !== null) count(planes, j, P, d);
          }
        }
        if (fresh) {
          // Book-keeping once per node and level: first time on the frontier, now complete.
          const deg = (offsets[u + 1] as number) - (offsets[u] as number);
          let open = 0;
          for (let j = 0; j < K; j++) open |= (active[j] as number) & ~(seen[ub + j] as number);
          if (open === 0) closed += deg; // counted once: afterwards d is always 0 for u
        }
      }
    }
  }
  out[OUT_REACHED] = reached;
  out[OUT_FRONTIER_ARCS] = K === 1 ? frontier : frontierArcsOfNext(s);
  out[OUT_CLOSED_ARCS] = closed;
  out[OUT_NEXT_LIST_LENGTH] = pushed;
}

/** Arcs out of the nodes of the next frontier (K > 1, where tracking it inline costs more). */
function frontierArcsOfNext(s: Level): number {
  const { n, K, offsets, next } = s;
  let arcs = 0;
  for (let v = 0; v < n; v++) {
    const b = v * K;
    let x = 0;
    for (let j = 0; j < K; j++) x |= next[b + j] as number;
    if (x !== 0) arcs += (offsets[v + 1] as number) - (offsets[v] as number);
  }
  return arcs;
}

/** Pull: every node some source has not reached collects its neighbours' frontier bits. */
function bottomUp(s: Level): void {
  const { n, K, offsets, neighbors, seen, visit, next, active, acc, planes, P, out, nextList } = s;
  let reached = 0;
  let frontier = 0;
  let closed = 0;
  let pushed = 0;
  if (K === 1) {
    const all = active[0] as number;
    for (let u = 0; u < n; u++) {
      const was = seen[u] as number;
      const open = all & ~was;
      if (open === 0) continue;
      let got = 0;
      const start = offsets[u] as number;
      const end = offsets[u + 1] as number;
      for (let i = start; i < end; i++) {
        got |= visit[neighbors[i] as number] as number;
        if ((open & ~got) === 0) break; // every open source reaches u this level
      }
      const d = got & open;
      if (d !== 0) {
        next[u] = d;
        if (K === 1) nextList[pushed++] = u;
        seen[u] = was | d;
        frontier += end - start;
        if (d === open) closed += end - start;
        reached += popcount(d);
        if (planes !== null) count(planes, 0, P, d);
      }
    }
  } else {
    for (let u = 0; u < n; u++) {
      const ub = u * K;
      let open = 0;
      for (let j = 0; j < K; j++) {
        acc[j] = 0;
        open |= (active[j] as number) & ~(seen[ub + j] as number);
      }
      if (open === 0) continue;
      const start = offsets[u] as number;
      const end = offsets[u + 1] as number;
      for (let i = start; i < end; i++) {
        const vb = (neighbors[i] as number) * K;
        let missing = 0;
        for (let j = 0; j < K; j++) {
          const a = (acc[j] as number) | (visit[vb + j] as number);
          acc[j] = a;
          missing |= (active[j] as number) & ~(seen[ub + j] as number) & ~a;
        }
        if (missing === 0) break;
      }
      let fresh = false;
      let stillOpen = 0;
      for (let j = 0; j < K; j++) {
        const d = (acc[j] as number) & (active[j] as number) & ~(seen[ub + j] as number);
        if (d !== 0) {
          fresh = true;
          next[ub + j] = d;
          seen[ub + j]! |= d;
          reached += popcount(d);
          if (planes !== null) count(planes, j, P, d);
        }
        stillOpen |= (active[j] as number) & ~(seen[ub + j] as number);
      }
      if (fresh) {
        frontier += end - start;
        if (stillOpen === 0) closed += end - start;
      }
    }
  }
  out[OUT_REACHED] = reached;
  out[OUT_FRONTIER_ARCS] = frontier;
  out[OUT_CLOSED_ARCS] = closed;
  out[OUT_NEXT_LIST_LENGTH] = pushed;
}

/** Adds the bits of x to the 32 lane counters of word j (carry-save, bit-sliced). */
function count(planes: Int32Array, j: number, P: number, x: number): void {
  let carry = x;
  for (let p = j * P, end = p + P; carry !== 0 && p < end; p++) {
    const c = planes[p] as number;
    planes[p] = c ^ carry;
    carry = c & carry;
  }
}
