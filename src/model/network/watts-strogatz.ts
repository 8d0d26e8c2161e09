/**
 * Watts–Strogatz small-world graph: a ring lattice whose edges are rewired at
 * random with probability p.
 *
 * References:
 * - D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world'
 *   networks", Nature 393:440–442, 1998.
 */
import type { UndirectedGraph } from "graphology";
import { ModelError } from "../../errors.js";
import type { Rng } from "../../random/streams.js";
import { checkCount, checkProbability, emptyGraph } from "./internal.js";

export interface WattsStrogatzOptions {
  /** Lattice degree: each node starts linked to its k/2 nearest neighbours on each side. Even, 0 ≤ k < n. */
  readonly k: number;
  /** Probability of rewiring each lattice edge, in [0, 1]. */
  readonly p: number;
}

/**
 * Builds a Watts–Strogatz graph on n nodes "0".."n-1".
 *
 * @param n - number of nodes (≥ 1)
 * @param options - lattice degree k and rewiring probability p
 * @param rng - the seeded stream to draw from
 * @returns a simple undirected graph with exactly n·k/2 edges
 * @throws ModelError if n is not a positive integer, k is odd, negative or ≥ n, or p is outside [0, 1]
 *
 * Notes: node i is first linked to i+1 .. i+k/2 (mod n). Then, lattice distance
 * j = 1 .. k/2 in turn, and node u = 0 .. n-1 in turn, the lattice edge (u, u+j) is
 * rewired with probability p: its far end is replaced by a node w drawn uniformly
 * among the nodes that are neither u nor already adjacent to u (rejection
 * sampling). If u is already adjacent to every other node the edge is kept. This is
 * the procedure of Watts & Strogatz (1998) and of networkx's
 * `watts_strogatz_graph`; rewiring never creates self-loops or duplicate edges, so
 * the edge count n·k/2 is preserved exactly, and the graph may become disconnected
 * for large p (we do not retry, unlike networkx's `connected_watts_strogatz_graph`).
 * At p = 0 each node's local clustering is 3(k−2)/(4(k−1)) when n > 3k/2.
 */
export function wattsStrogatz(n: number, options: WattsStrogatzOptions, rng: Rng): UndirectedGraph {
  checkCount(n);
  const { k, p } = options;
  if (!Number.isInteger(k) || k < 0 || k % 2 !== 0 || k >= n) {
    throw new ModelError(`k must be even and < n (k = ${k}, n = ${n})`);
  }
  checkProbability("p", p);

  const graph = emptyGraph(n);
  const half = k / 2;
  for (let u = 0; u < n; u++) {
    for (let j = 1; j <= half; j++) graph.addEdge(String(u), String((u + j) % n));
  }
  if (p === 0) return graph;

  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < n; u++) {
      if (rng() >= p) continue;
      const uk = String(u);
      if (graph.degree(uk) >= n - 1) continue;
      const vk = String((u + j) % n);
      let wk: string;
      for (;;) {
        const w = Math.floor(rng() * n);
        wk = String(w);
        if (w !== u && !graph.hasEdge(uk, wk)) break;
      }
      graph.dropEdge(uk, vk);
      graph.addEdge(uk, wk);
    }
  }
  return graph;
}
