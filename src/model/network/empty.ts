/**
 * The empty graph: n agents and no ties. The starting point for runs in which
 * every tie is grown by the model (events, introductions, follows).
 */
import type { UndirectedGraph } from "graphology";
import { checkCount, emptyGraph } from "./internal.js";

/** No shape parameters. */
export type EmptyOptions = Record<string, never>;

/**
 * @param n - number of nodes (≥ 0; the graph with no nodes is allowed)
 * @returns a graph with nodes "0".."n-1" and no edges
 * @throws ModelError if n is not a non-negative integer
 */
export function empty(n: number): UndirectedGraph {
  checkCount(n, 0);
  return emptyGraph(n);
}
