// Hand-written graph measures for the generator tests, independent of src/metrics.
import { at } from "../../../src/checked-index.js";
import type { UndirectedGraph } from "graphology";

/** Node keys are "0".."n-1" in insertion order. */
export function keysAreIndices(graph: UndirectedGraph): boolean {
  return graph.nodes().every((key, i) => key === String(i));
}

/** No self-loops and no repeated pair. */
export function isSimple(graph: UndirectedGraph): boolean {
  const seen = new Set<string>();
  let ok = true;
  graph.forEachEdge((_e, _a, u, v) => {
    const [a, b] = Number(u) < Number(v) ? [u, v] : [v, u];
    const key = `${a}-${b}`;
    if (u === v || seen.has(key)) ok = false;
    seen.add(key);
  });
  return ok;
}

/** Local clustering of one node; degree < 2 counts 0. */
export function localClustering(graph: UndirectedGraph, node: string): number {
  const nb = graph.neighbors(node);
  const k = nb.length;
  if (k < 2) return 0;
  let links = 0;
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) if (graph.hasEdge(nb[i] as string, nb[j] as string)) links++;
  return (2 * links) / (k * (k - 1));
}

export function averageClustering(graph: UndirectedGraph): number {
  let sum = 0;
  graph.forEachNode((node) => {
    sum += localClustering(graph, node);
  });
  return sum / graph.order;
}

/** Mean shortest-path length over reachable ordered pairs, by BFS from every node. */
export function meanDistance(graph: UndirectedGraph): number {
  const n = graph.order;
  const adj: number[][] = Array.from({ length: n }, () => []);
  graph.forEachEdge((_e, _a, u, v) => {
    at(adj, Number(u)).push(Number(v));
    at(adj, Number(v)).push(Number(u));
  });
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  let total = 0;
  let pairs = 0;
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = at(queue, head++);
      const du = at(dist, u);
      for (const v of at(adj, u)) {
        if (dist[v] === -1) {
          dist[v] = du + 1;
          total += du + 1;
          pairs++;
          queue[tail++] = v;
        }
      }
    }
  }
  return total / pairs;
}

/** Sorted "u-v" strings (u < v numerically), for comparing edge sets. */
export function edgeSet(graph: UndirectedGraph): string[] {
  const out: string[] = [];
  graph.forEachEdge((_e, _a, u, v) => {
    const [a, b] = Number(u) < Number(v) ? [u, v] : [v, u];
    out.push(`${a}-${b}`);
  });
  return out.sort();
}
