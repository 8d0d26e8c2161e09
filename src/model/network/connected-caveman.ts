/**
 * Connected caveman graph: cliques ("caves") in a ring, each cave giving up one
 * internal edge to link to the next cave. Strong local groups with a few bridges,
 * the offline world of the model.
 *
 * References:
 * - D. J. Watts, "Networks, dynamics, and the small-world phenomenon", American
 *   Journal of Sociology 105(2):493–527, 1999.
 */
import type { UndirectedGraph } from "graphology";
import { ModelError } from "../../errors.js";
import { checkCount, checkInteger, emptyGraph } from "./internal.js";

export interface ConnectedCavemanOptions {
  /** Nodes per cave; an integer with 2 ≤ groupSize ≤ n. */
  readonly groupSize: number;
}

/** Cave sizes for n nodes: ⌊n / g⌋ caves of g nodes, then one smaller cave of n mod g if non-zero. */
export function caveSizes(n: number, groupSize: number): number[] {
  const sizes: number[] = [];
  for (let start = 0; start < n; start += groupSize) sizes.push(Math.min(groupSize, n - start));
  return sizes;
}

/**
 * Builds a connected caveman graph on n nodes "0".."n-1".
 *
 * @param n - number of nodes (≥ 1)
 * @param options - groupSize, the nodes per cave
 * @returns the graph and each node's cave index (its community)
 * @throws ModelError if groupSize is not an integer in 2..n
 *
 * Notes: caves are consecutive runs of node ids; when n is not a multiple of
 * groupSize the last cave is smaller (n mod groupSize nodes, possibly 1). Each
 * cave with first node f is a clique minus the edge (f, f+1); f is linked to the
 * last node of the previous cave, and node 0 to node n−1, closing the ring. This
 * is the construction of graphology-generators' `connectedCaveman` (Watts 1999),
 * which only allows equal caves. With caves of size ≥ 2 the edge count equals that
 * of the disjoint cliques, Σ s(s−1)/2 (a last cave of one node has no edge to
 * give up, so it adds one more). With a single cave (groupSize = n) the
 * graph is the complete graph K_n: there is no other cave to link to.
 */
export function connectedCaveman(
  n: number,
  options: ConnectedCavemanOptions,
): { graph: UndirectedGraph; community: Int32Array } {
  checkCount(n);
  const { groupSize } = options;
  checkInteger("groupSize", groupSize, 2);
  if (groupSize > n) throw new ModelError(`groupSize must be ≤ n (groupSize = ${groupSize}, n = ${n})`);

  const graph = emptyGraph(n);
  const community = new Int32Array(n);
  const sizes = caveSizes(n, groupSize);
  const link = (u: number, v: number): void => {
    graph.addEdge(String(u), String(v));
  };
  if (sizes.length === 1) {
    for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) link(u, v);
    return { graph, community };
  }
  let first = 0;
  sizes.forEach((size, cave) => {
    const end = first + size;
    for (let u = first; u < end; u++) {
      community[u] = cave;
      for (let v = u + 1; v < end; v++) if (!(u === first && v === first + 1)) link(u, v);
    }
    if (first > 0) link(first, first - 1);
    first = end;
  });
  link(0, n - 1);
  return { graph, community };
}
