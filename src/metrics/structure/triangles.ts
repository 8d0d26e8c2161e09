/**
 * Triangles and clustering of an undirected graph in CSR form: triangle count,
 * per-node triangles, average local clustering, global transitivity and SNAP's
 * fraction of closed triangles.
 *
 * Notes (definitions): with t(v) the triangles through v and d(v) its degree,
 * - local clustering c(v) = 2 t(v) / (d(v)(d(v) − 1)), and c(v) = 0 when d(v) < 2 —
 *   as networkx `average_clustering` and SNAP `GetClustCf` do (igraph's
 *   `transitivity_avglocal_undirected` defaults to leaving those nodes out instead);
 * - average clustering = mean of c(v) over all n nodes (NaN for n = 0);
 * - wedges W = Σ d(v)(d(v) − 1)/2, transitivity = 3T / W (0 when W = 0, as networkx);
 * - SNAP's "fraction of closed triangles" = T / (T + open wedges) = T / (W − 2T)
 *   (0 when there is no wedge) — not the same number as the transitivity.
 * Triangles are counted once each by the forward algorithm: orient every edge from the
 * lower to the higher (degree, id) rank and, for each arc u→v, count the out-neighbours
 * of v that are also out-neighbours of u; O(m^1.5) and a few typed arrays.
 *
 * Notes (implementation): nodes are renamed by rank first (degree-order.ts), so the
 * oriented lists are compact and ascending. For each u, its out-neighbours are marked,
 * and each arc u→v intersects out(u) with out(v) one of two ways, whichever touches
 * less: scanning out(v) against the marks (one probe per entry), or, when out(v) is
 * dense, ANDing the bitmaps of out(u) and out(v) 32 ranks at a time. A mark doubles as
 * the counter of the triangles its node closes (mark = 1 + hits, added to the node's
 * total when u is done), so the scan needs no branch on a hit and both paths count in
 * one small Int32Array. Every count is an integer below 2^53, so the totals do not
 * depend on the order they are summed in.
 *
 * References: T. Schank, D. Wagner, "Finding, counting and listing all triangles in
 * large graphs", WEA 2005 (forward algorithm); M. Latapy, "Main-memory triangle
 * computations for very large (sparse (power-law)) graphs", TCS 407, 2008 (degree order,
 * compact oriented lists); S. Han, L. Zou, J. X. Yu, "Speeding up set intersections in
 * graph algorithms using SIMD instructions", SIGMOD 2018 (dense sets as bitmaps); D. J. Watts, S. H. Strogatz, Nature 393,
 * 1998 (local clustering); SNAP `TSnap::GetClustCf`, `GetTriads`.
 */
import type { Csr } from "../../graph/csr.js";
import { MetricError } from "../../errors.js";
import { degreeOrder, denseRowBitmaps, orientByRank, type OrientedGraph, type RowBitmaps } from "./degree-order.js";

export interface TriangleCounts {
  /** Number of triangles (each counted once). */
  readonly triangles: number;
  /** perNode[v] = triangles through v. */
  readonly perNode: Float64Array;
}

export interface ClusteringStats {
  readonly triangles: number;
  readonly wedges: number;
  readonly averageClustering: number;
  readonly transitivity: number;
  readonly closedTriangleFraction: number;
}

/** @throws MetricError on a directed CSR (clustering here is of the undirected view). */
export function requireUndirected(csr: Csr, what: string): void {
  if (csr.directed === true) throw new MetricError(`${what}: needs an undirected CSR (build the undirected view first)`);
}

/**
 * Rows holding more than this many entries per 32-bit word of their span get a bitmap,
 * and an arc takes the bitmap path when its words times this ratio are fewer than the
 * entries of out(v) (on a 10^4-node social layer with 1.7·10^6 edges, ratios 2 to 4
 * measured alike, 1 and 6 slower; the result never depends on it).
 */
const DENSE_RATIO = 2;

/**
 * Triangles of an undirected CSR.
 * @param csr a symmetric CSR
 * @returns the count and the triangles through each node
 * @throws MetricError on a directed CSR
 */
export function countTriangles(csr: Csr): TriangleCounts {
  return countTrianglesWith(csr, DENSE_RATIO);
}

/**
 * countTriangles with a chosen density ratio (the same result for any ratio; tests use
 * 0 to take the bitmap path wherever a row is non-empty, Infinity to never take it).
 * @throws MetricError on a directed CSR
 */
export function countTrianglesWith(csr: Csr, ratio: number): TriangleCounts {
  requireUndirected(csr, "countTriangles");
  const n = csr.n;
  const ord = degreeOrder(csr);
  const g = orientByRank(csr, ord);
  const rows = denseRowBitmaps(g, ratio);
  const scratch: Scratch = { mark: new Int32Array(n), own: new Int32Array((n + 31) >>> 5), count: new Float64Array(n) };
  let triangles = 0;
  for (let u = 0; u < n; u++) triangles += trianglesBelow(u, g, rows, ratio, scratch);
  const perNode = new Float64Array(n);
  for (let r = 0; r < n; r++) perNode[ord.order[r] as number] = scratch.count[r] as number;
  return { triangles, perNode };
}

/** Per-u work arrays, all in rank space and all zero between two calls. */
interface Scratch {
  /** mark[w] = 1 + triangles found so far closing at w, for w in out(u); 0 elsewhere. */
  readonly mark: Int32Array;
  /** Bitmap of out(u). */
  readonly own: Int32Array;
  /** count[v] = triangles through v found so far. */
  readonly count: Float64Array;
}

/**
 * The triangles whose lowest-ranked node is u, added to the counts of their three
 * nodes. @returns how many there are
 */
function trianglesBelow(u: number, g: OrientedGraph, rows: RowBitmaps, ratio: number, scratch: Scratch): number {
  const { offsets, targets } = g;
  const { mark, own, count } = scratch;
  const a = offsets[u] as number;
  const b = offsets[u + 1] as number;
  if (b - a < 2) return 0;
  for (let i = a; i < b; i++) {
    const w = targets[i] as number;
    mark[w] = 1;
    own[w >>> 5]! |= 1 << (w & 31);
  }
  const ownLast = (targets[b - 1] as number) >>> 5;
  let found = 0;
  // The last out-neighbour closes nothing: out(u) has no higher rank left for it.
  for (let i = a; i < b - 1; i++) {
    const v = targets[i] as number;
    const s = offsets[v] as number;
    const e = offsets[v + 1] as number;
    if (e === s) continue;
    const start = rows.start[v] as number;
    const lo = (targets[s] as number) >>> 5;
    const hi = Math.min((targets[e - 1] as number) >>> 5, ownLast);
    const c =
      start >= 0 && ratio * (hi - lo + 1) < e - s
        ? bitmapHits(own, rows.bits, start - lo, lo, hi, mark)
        : markedHits(targets, s, e, mark);
    count[v] = (count[v] as number) + c;
    found += c;
  }
  for (let i = a; i < b; i++) {
    const w = targets[i] as number;
    count[w] = (count[w] as number) + (mark[w] as number) - 1;
    mark[w] = 0;
    own[w >>> 5] = 0;
  }
  count[u] = (count[u] as number) + found;
  return found;
}

/**
 * Entries of targets[s..e) that are marked; each hit also bumps its mark. Branch-free
 * (a hit is as likely as not on social graphs, so a branch would be mispredicted).
 */
function markedHits(targets: Uint32Array, s: number, e: number, mark: Int32Array): number {
  let c = 0;
  for (let j = s; j < e; j++) {
    const w = targets[j] as number;
    const m = mark[w] as number;
    const h = (m | -m) >>> 31; // 1 when m ≠ 0 (m ≥ 0)
    mark[w] = m + h;
    c += h;
  }
  return c;
}

/** Common bits of `own` and a row bitmap over words lo..hi; each hit bumps its node's mark. */
function bitmapHits(own: Int32Array, bits: Int32Array, shift: number, lo: number, hi: number, mark: Int32Array): number {
  let c = 0;
  for (let k = lo; k <= hi; k++) {
    let x = (own[k] as number) & (bits[shift + k] as number);
    const base = k << 5;
    while (x !== 0) {
      const w = base + 31 - Math.clz32(x & -x); // lowest set bit
      mark[w] = (mark[w] as number) + 1;
      c++;
      x &= x - 1;
    }
  }
  return c;
}

/** Clustering statistics (see the module notes for each definition). */
export function clusteringStats(csr: Csr): ClusteringStats {
  const { triangles, perNode } = countTriangles(csr);
  const { n, offsets } = csr;
  let wedges = 0;
  let sumLocal = 0;
  for (let v = 0; v < n; v++) {
    const d = (offsets[v + 1] as number) - (offsets[v] as number);
    if (d < 2) continue;
    const pairs = (d * (d - 1)) / 2;
    wedges += pairs;
    sumLocal += (perNode[v] as number) / pairs;
  }
  const open = wedges - 3 * triangles;
  return {
    triangles,
    wedges,
    averageClustering: n > 0 ? sumLocal / n : Number.NaN,
    transitivity: wedges > 0 ? (3 * triangles) / wedges : 0,
    closedTriangleFraction: triangles + open > 0 ? triangles / (triangles + open) : 0,
  };
}
