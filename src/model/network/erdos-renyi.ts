/**
 * Erdős–Rényi G(n, p) random graph: each of the n(n−1)/2 pairs is linked
 * independently with probability p. Wraps graphology-generators' sparse
 * generator (Batagelj & Brandes geometric skips, O(n + m)) with our seeded stream.
 *
 * References:
 * - P. Erdős and A. Rényi, "On random graphs I", Publicationes Mathematicae 6:290–297, 1959.
 * - E. N. Gilbert, "Random graphs", Annals of Mathematical Statistics 30:1141–1144, 1959.
 * - V. Batagelj and U. Brandes, "Efficient generation of large random networks",
 *   Physical Review E 71:036113, 2005.
 */
import { UndirectedGraph } from "graphology";
import erdosRenyiModule from "graphology-generators/random/erdos-renyi.js";
import { ModelError } from "../../errors.js";
import type { Rng } from "../../random/streams.js";
import { checkCount, checkProbability, cjsDefault, emptyGraph } from "./internal.js";

const erdosRenyiGenerator = cjsDefault(erdosRenyiModule);

/** Either the edge probability p or the expected mean degree, p·(n − 1). */
export type ErdosRenyiOptions = { readonly p: number } | { readonly meanDegree: number };

/** The edge probability that `options` asks for on n nodes. */
export function erdosRenyiProbability(n: number, options: ErdosRenyiOptions): number {
  if ("p" in options) {
    checkProbability("p", options.p);
    return options.p;
  }
  const { meanDegree } = options;
  if (!(meanDegree >= 0 && meanDegree <= n - 1)) {
    throw new ModelError(`meanDegree must be in [0, n − 1] (meanDegree = ${meanDegree}, n = ${n})`);
  }
  return n === 1 ? 0 : meanDegree / (n - 1);
}

/**
 * Builds a G(n, p) graph on n nodes "0".."n-1".
 *
 * @param n - number of nodes (≥ 1)
 * @param options - `{ p }` or `{ meanDegree }` (then p = meanDegree / (n − 1))
 * @param rng - the seeded stream; passed to graphology-generators, whose own
 *   default would be the unseeded global generator
 * @returns a simple undirected graph with on average p·n(n−1)/2 edges
 * @throws ModelError if n is not a positive integer, p is outside [0, 1], or
 *   meanDegree is outside [0, n − 1]
 *
 * Notes: graphology's sparse generator adds nodes with integer keys 0..n−1,
 * which graphology stores as the strings "0".."n-1" in that order.
 */
export function erdosRenyi(n: number, options: ErdosRenyiOptions, rng: Rng): UndirectedGraph {
  checkCount(n);
  const probability = erdosRenyiProbability(n, options);
  if (probability === 0) return emptyGraph(n);
  return erdosRenyiGenerator.sparse(UndirectedGraph, { order: n, probability, rng });
}
