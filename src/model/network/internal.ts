/**
 * Helpers shared by the initial-network generators (not part of the public API):
 * argument checks that throw ModelError with the offending value, the CommonJS
 * default-import shim for graphology's CJS packages, and building a graphology
 * graph with nodes "0".."n-1" from typed edge arrays.
 */
import { UndirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";
import { ModelError } from "../../errors.js";

/**
 * The callable behind a CommonJS package's `export default` typing.
 *
 * Notes: graphology's generators and Louvain are CJS modules whose `.d.ts` says
 * `export default fn`. Under NodeNext TypeScript types the default import as the
 * module object `{ default: fn }`, while Node (and vitest, which loads
 * node_modules natively) binds it to `module.exports`, which is `fn` itself. This
 * returns `fn` in both worlds.
 */
export function cjsDefault<T>(mod: { default: T }): T {
  const inner = (mod as unknown as { default?: T }).default;
  return inner ?? (mod as unknown as T);
}

/** The number of nodes: an integer ≥ `min`. */
export function checkCount(n: number, min = 1): void {
  if (!Number.isInteger(n) || n < min) throw new ModelError(`n must be an integer ≥ ${min} (n = ${n})`);
}

/** A named integer parameter in [min, max]. */
export function checkInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `in ${min}..${max}`;
    throw new ModelError(`${name} must be an integer ${range} (${name} = ${value})`);
  }
}

/** A named probability in [0, 1]. */
export function checkProbability(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new ModelError(`${name} must be a probability in [0, 1] (${name} = ${value})`);
}

/** An empty undirected graph with nodes "0".."n-1", added in order. */
export function emptyGraph<N extends Attributes = Attributes>(n: number): UndirectedGraph<N> {
  const graph = new UndirectedGraph<N>({ multi: false, allowSelfLoops: false });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  return graph;
}

/**
 * A graph with nodes "0".."n-1" and the given simple edges (the caller guarantees
 * no self-loops or duplicates; graphology throws if that is broken).
 */
export function graphFromEdges(n: number, src: ArrayLike<number>, dst: ArrayLike<number>): UndirectedGraph {
  const graph = emptyGraph(n);
  for (let e = 0; e < src.length; e++) graph.addEdge(String(src[e]), String(dst[e]));
  return graph;
}
