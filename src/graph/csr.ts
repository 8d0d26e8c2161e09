/**
 * Compressed sparse row (CSR) adjacency in typed arrays: the hot-loop form of a
 * graph. graphology is the interchange format; a CSR of a million-node graph takes
 * tens of megabytes where a graphology Graph takes gigabytes (README Performance).
 *
 * A `Csr` is undirected unless built otherwise: every edge {u, v} appears as v in
 * u's row and u in v's row; rows are sorted; self-loops and duplicate edges are
 * removed (and counted by the builders that read raw input).
 */
import type { AbstractGraph } from "graphology-types";

export interface Csr {
  /** Number of nodes; nodes are 0..n-1. */
  readonly n: number;
  /** Row starts: neighbours of u are neighbors[offsets[u] .. offsets[u+1]). Length n + 1. */
  readonly offsets: Uint32Array;
  /** Concatenated, sorted neighbour lists. */
  readonly neighbors: Uint32Array;
  /** Original node keys, when the graph came from a file or a graphology graph. */
  readonly ids?: readonly string[];
  /**
   * true when rows hold out-neighbours of a directed graph (`csrFromArcs`); absent or
   * false when the CSR is symmetric (every edge stored in both rows).
   */
  readonly directed?: boolean;
}

export interface CsrBuildStats {
  readonly selfLoops: number;
  readonly duplicates: number;
}

/** Number of undirected edges of an undirected CSR. */
export function edgeCount(csr: Csr): number {
  return csr.neighbors.length / 2;
}

export function degree(csr: Csr, u: number): number {
  return (csr.offsets[u + 1] as number) - (csr.offsets[u] as number);
}

/** Rows per block of the two-pass scatter (a block's rows stay in cache). */
const BLOCK_SHIFT = 12;
/** Below this many arcs the scatter is direct. */
const BLOCKED_MIN = 1 << 20;

/**
 * The arcs u→v for every non-loop (src[e], dst[e]) — and v→u too when `both` — grouped
 * by row u as `offsets` lays the rows out, each row in arc order. Large inputs go
 * through blocks of 2^BLOCK_SHIFT rows: a first pass appends each arc to its block's
 * region (a few hundred sequential streams), a second scatters each block within its
 * own, cache-sized region — instead of one cache miss per arc. Same result either way.
 */
function scatterArcs(n: number, offsets: Uint32Array, src: ArrayLike<number>, dst: ArrayLike<number>, both: boolean): Uint32Array {
  const m = src.length;
  const arcs = offsets[n] as number;
  const raw = new Uint32Array(arcs);
  const fill = offsets.slice(0, n);
  if (arcs < BLOCKED_MIN) {
    for (let e = 0; e < m; e++) {
      const u = src[e] as number;
      const v = dst[e] as number;
      if (u === v) continue;
      raw[fill[u]!++] = v;
      if (both) raw[fill[v]!++] = u;
    }
    return raw;
  }
  const blocks = (n >>> BLOCK_SHIFT) + 1;
  const blockFill = new Uint32Array(blocks);
  for (let k = 0; k < blocks; k++) blockFill[k] = offsets[Math.min(n, k << BLOCK_SHIFT)] as number;
  // Pass 1: raw[i] = target, row[i] = row within the block, in each block's region.
  const row = new Uint16Array(arcs);
  const mask = (1 << BLOCK_SHIFT) - 1;
  for (let e = 0; e < m; e++) {
    const u = src[e] as number;
    const v = dst[e] as number;
    if (u === v) continue;
    let i = blockFill[u >>> BLOCK_SHIFT]!++ as number;
    raw[i] = v;
    row[i] = u & mask;
    if (both) {
      i = blockFill[v >>> BLOCK_SHIFT]!++ as number;
      raw[i] = u;
      row[i] = v & mask;
    }
  }
  // Pass 2: within each block, from a copy of its region to the rows.
  let scratch = new Uint32Array(0);
  for (let k = 0; k < blocks; k++) {
    const base = k << BLOCK_SHIFT;
    if (base >= n) break;
    const lo = offsets[base] as number;
    const hi = offsets[Math.min(n, base + mask + 1)] as number;
    if (scratch.length < hi - lo) scratch = new Uint32Array(Math.max(hi - lo, 2 * scratch.length));
    scratch.set(raw.subarray(lo, hi));
    for (let i = lo; i < hi; i++) raw[fill[base + (row[i] as number)]!++] = scratch[i - lo] as number;
  }
  return raw;
}

/** Rows up to this length are sorted by insertion (in cache, no call); longer ones natively. */
const INSERTION_MAX = 48;

/**
 * Sorts each row of `raw` (rows given by `offsets`) and squeezes out repeated entries,
 * in place; the result keeps `raw`'s buffer when nothing was squeezed out.
 */
function sortRows(n: number, offsets: Uint32Array, raw: Uint32Array): { outOffsets: Uint32Array; neighbors: Uint32Array } {
  const outOffsets = new Uint32Array(n + 1);
  let w = 0;
  for (let u = 0; u < n; u++) {
    const lo = offsets[u] as number;
    const hi = offsets[u + 1] as number;
    if (hi - lo > INSERTION_MAX) raw.subarray(lo, hi).sort();
    else {
      for (let i = lo + 1; i < hi; i++) {
        const x = raw[i] as number;
        let j = i - 1;
        while (j >= lo && (raw[j] as number) > x) {
          raw[j + 1] = raw[j] as number;
          j--;
        }
        raw[j + 1] = x;
      }
    }
    let prev = -1;
    for (let i = lo; i < hi; i++) {
      const v = raw[i] as number;
      if (v !== prev) raw[w++] = v;
      prev = v;
    }
    outOffsets[u + 1] = w;
  }
  return { outOffsets, neighbors: w === raw.length ? raw : raw.slice(0, w) };
}

/**
 * Builds an undirected CSR from parallel endpoint arrays. Self-loops and repeated
 * edges (in either direction) are dropped and counted.
 */
export function csrFromEdges(
  n: number,
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  ids?: readonly string[],
): { csr: Csr; stats: CsrBuildStats } {
  if (src.length !== dst.length) throw new RangeError(`csrFromEdges: ${src.length} sources but ${dst.length} targets`);
  const m = src.length;
  const deg = new Uint32Array(n + 1);
  let selfLoops = 0;
  for (let e = 0; e < m; e++) {
    const u = src[e] as number;
    const v = dst[e] as number;
    if (u < 0 || v < 0 || u >= n || v >= n) throw new RangeError(`csrFromEdges: edge ${e} (${u}, ${v}) outside 0..${n - 1}`);
    if (u === v) {
      selfLoops++;
      continue;
    }
    deg[u]!++;
    deg[v]!++;
  }
  const offsets = new Uint32Array(n + 1);
  for (let u = 0; u < n; u++) offsets[u + 1] = (offsets[u] as number) + (deg[u] as number);
  const raw = scatterArcs(n, offsets, src, dst, true);
  const { outOffsets, neighbors } = sortRows(n, offsets, raw);
  const duplicates = ((offsets[n] as number) - neighbors.length) / 2;
  const csr: Csr = ids ? { n, offsets: outOffsets, neighbors, ids } : { n, offsets: outOffsets, neighbors };
  return { csr, stats: { selfLoops, duplicates } };
}

/**
 * The undirected view of a graphology graph (any type) as a CSR; node i is the
 * i-th node in the graph's iteration order, and `ids` keeps the keys. An optional
 * edge filter selects a layer (e.g. the trusted ties).
 */
export function csrFromGraph(
  graph: AbstractGraph,
  keep?: (edge: string, attributes: Record<string, unknown>, source: string, target: string) => boolean,
): Csr {
  const ids = graph.nodes();
  const index = new Map<string, number>();
  ids.forEach((k, i) => index.set(k, i));
  const src: number[] = [];
  const dst: number[] = [];
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep && !keep(edge, attributes, source, target)) return;
    src.push(index.get(source) as number);
    dst.push(index.get(target) as number);
  });
  return csrFromEdges(ids.length, src, dst, ids).csr;
}

/**
 * Builds a directed CSR from parallel arc arrays: row u holds u's out-neighbours,
 * sorted. Self-loops and repeated arcs (same direction) are dropped and counted;
 * u→v and v→u are two different arcs and both kept. Separation metrics follow rows,
 * so on a directed CSR they measure directed distances (u reaches v along arcs).
 */
export function csrFromArcs(n: number, src: ArrayLike<number>, dst: ArrayLike<number>): { csr: Csr; stats: CsrBuildStats } {
  if (src.length !== dst.length) throw new RangeError(`csrFromArcs: ${src.length} sources but ${dst.length} targets`);
  const m = src.length;
  const offsets = new Uint32Array(n + 1);
  let selfLoops = 0;
  for (let e = 0; e < m; e++) {
    const u = src[e] as number;
    const v = dst[e] as number;
    if (u < 0 || v < 0 || u >= n || v >= n) throw new RangeError(`csrFromArcs: arc ${e} (${u}, ${v}) outside 0..${n - 1}`);
    if (u === v) selfLoops++;
    else offsets[u + 1]!++;
  }
  for (let u = 0; u < n; u++) offsets[u + 1] = (offsets[u + 1] as number) + (offsets[u] as number);
  const raw = scatterArcs(n, offsets, src, dst, false);
  const { outOffsets, neighbors } = sortRows(n, offsets, raw);
  const duplicates = (offsets[n] as number) - neighbors.length;
  return { csr: { n, offsets: outOffsets, neighbors, directed: true }, stats: { selfLoops, duplicates } };
}
