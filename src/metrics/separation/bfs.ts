/**
 * Plain single-source breadth-first search on a CSR: the reference the fast methods
 * are tested against, and the simplest correct way to get one node's distances.
 *
 * Notes: rows are followed as stored, so on an undirected CSR this is the usual BFS
 * and on a directed CSR (`csrFromArcs`) it follows arcs forward.
 *
 * References: E. F. Moore, "The shortest path through a maze", 1959.
 */
import type { Csr } from "../../graph/csr.js";
import { MetricError } from "../../errors.js";
import { makeDistribution, type DistanceDistribution } from "./distribution.js";

/**
 * Distances from one source.
 * @param csr the graph
 * @param source a node in 0..n−1
 * @returns an Int32Array of hop counts, −1 for unreachable nodes
 * @throws MetricError if the source is not a node
 */
export function bfsDistances(csr: Csr, source: number): Int32Array {
  const { n, offsets, neighbors } = csr;
  if (!Number.isInteger(source) || source < 0 || source >= n) {
    throw new MetricError(`bfsDistances: source must be a node in 0..${n - 1} (source = ${source})`);
  }
  const dist = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  dist[source] = 0;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const u = queue[head++] as number;
    const du = (dist[u] as number) + 1;
    for (let i = offsets[u] as number, end = offsets[u + 1] as number; i < end; i++) {
      const v = neighbors[i] as number;
      if (dist[v] === -1) {
        dist[v] = du;
        queue[tail++] = v;
      }
    }
  }
  return dist;
}

/**
 * The distance distribution from the given sources (all nodes by default), one BFS
 * per source. O(k·(n + m)); use `msbfsDistribution` for speed.
 */
export function bfsDistribution(csr: Csr, sources?: ArrayLike<number>): DistanceDistribution {
  const counts: number[] = [0];
  const k = sources ? sources.length : csr.n;
  for (let i = 0; i < k; i++) {
    const dist = bfsDistances(csr, sources ? (sources[i] as number) : i);
    for (let v = 0; v < dist.length; v++) {
      const d = dist[v] as number;
      if (d > 0) counts[d] = (counts[d] ?? 0) + 1;
    }
  }
  for (let h = 0; h < counts.length; h++) counts[h] ??= 0;
  return makeDistribution(counts, k, csr.n);
}
