/**
 * Barabási–Albert preferential attachment: nodes arrive one at a time and link to
 * m existing nodes chosen with probability proportional to their degree.
 * graphology-generators has no such generator, so this one is ours.
 *
 * References:
 * - A.-L. Barabási and R. Albert, "Emergence of scaling in random networks",
 *   Science 286:509–512, 1999.
 * - V. Batagelj and U. Brandes, "Efficient generation of large random networks",
 *   Physical Review E 71:036113, 2005 (the repeated-nodes list).
 */
import type { UndirectedGraph } from "graphology";
import type { Rng } from "../../random/streams.js";
import { checkCount, checkInteger, graphFromEdges } from "./internal.js";
import { ModelError } from "../../errors.js";

export interface BarabasiAlbertOptions {
  /** Edges each arriving node brings; 1 ≤ m < n. */
  readonly m: number;
}

/** An undirected edge list in typed arrays: edge e is {src[e], dst[e]}. */
export interface EdgeArrays {
  readonly n: number;
  readonly src: Uint32Array;
  readonly dst: Uint32Array;
}

/** Exact edge count of `barabasiAlbertEdges(n, { m })`: m(m+1)/2 + (n − m − 1)·m. */
export function barabasiAlbertEdgeCount(n: number, m: number): number {
  return (m * (m + 1)) / 2 + (n - m - 1) * m;
}

/**
 * Barabási–Albert graph as typed edge arrays, for graphs too big for graphology
 * (10^6 nodes, m = 5 takes about a second and 40 MB for the edge arrays).
 *
 * @param n - number of nodes (> m)
 * @param options - m, the edges each new node brings
 * @param rng - the seeded stream to draw from
 * @returns edges as parallel Uint32Arrays, exactly m(m+1)/2 + (n − m − 1)·m of them
 * @throws ModelError if n or m is not an integer, m < 1, or m ≥ n
 *
 * Notes: the seed graph is the complete graph on nodes 0..m (m + 1 nodes), so
 * every node, seed or not, has degree ≥ m and the degree distribution starts at
 * k = m as in the continuum theory. (networkx starts from a star on m + 1 nodes;
 * its seed leaves have degree 1.) Node t = m+1 .. n−1 then picks m distinct
 * targets among 0..t−1 with probability proportional to degree: each endpoint of
 * every existing edge is stored once in a "repeated nodes" list, a uniform draw
 * from it is a degree-proportional draw, and duplicates are redrawn. This is
 * O(n·m) time and memory. The degree distribution tends to
 * P(k) = 2m(m+1) / (k(k+1)(k+2)), exponent 3.
 */
export function barabasiAlbertEdges(n: number, options: BarabasiAlbertOptions, rng: Rng): EdgeArrays {
  checkCount(n);
  const { m } = options;
  checkInteger("m", m, 1);
  if (m >= n) throw new ModelError(`m must be < n (m = ${m}, n = ${n})`);

  const edges = barabasiAlbertEdgeCount(n, m);
  const src = new Uint32Array(edges);
  const dst = new Uint32Array(edges);
  // Each edge puts both its endpoints in the list.
  const repeated = new Uint32Array(2 * edges);
  let e = 0;
  let r = 0;
  for (let u = 0; u <= m; u++) {
    for (let v = u + 1; v <= m; v++) {
      src[e] = v;
      dst[e] = u;
      e++;
      repeated[r++] = u;
      repeated[r++] = v;
    }
  }
  // chosenBy[v] === t marks v as already a target of node t.
  const chosenBy = new Int32Array(n).fill(-1);
  const targets = new Uint32Array(m);
  for (let t = m + 1; t < n; t++) {
    let found = 0;
    while (found < m) {
      const v = repeated[Math.floor(rng() * r)] as number;
      if (chosenBy[v] === t) continue;
      chosenBy[v] = t;
      targets[found++] = v;
    }
    for (let i = 0; i < m; i++) {
      const v = targets[i] as number;
      src[e] = t;
      dst[e] = v;
      e++;
      repeated[r++] = v;
      repeated[r++] = t;
    }
  }
  return { n, src, dst };
}

/**
 * Barabási–Albert graph on n nodes "0".."n-1" as a graphology graph; see
 * `barabasiAlbertEdges` for the model, the seed graph and the edge count.
 *
 * @param n - number of nodes (> m)
 * @param options - m, the edges each new node brings
 * @param rng - the seeded stream to draw from
 * @returns a simple undirected graph
 * @throws ModelError if n or m is not an integer, m < 1, or m ≥ n
 */
export function barabasiAlbert(n: number, options: BarabasiAlbertOptions, rng: Rng): UndirectedGraph {
  const { src, dst } = barabasiAlbertEdges(n, options, rng);
  return graphFromEdges(n, src, dst);
}
