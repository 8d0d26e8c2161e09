/**
 * The initial network of a run (docs/ODD.md §5 Initialization): a generator's graph on exactly
 * `agents.count` nodes, or a graph file, as an edge list over agent ids 0..N−1 and
 * each agent's community.
 *
 * Graph files are read by io/graph-read (`readGraphFile`; with an explicit `format`
 * that the extension does not imply, `readCsr`). Nodes are numbered in ascending numeric order of their keys when every
 * key is an integer, otherwise in the file's order. The community is the node
 * attribute `community` when every node has an integer one, otherwise the Louvain
 * partition (graphology-communities-louvain on the "network" stream, as the
 * generators without groups do). A file whose node count differs from
 * `agents.count` is a ScenarioError naming both counts.
 */
import { isAbsolute, resolve } from "node:path";
import { UndirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import type { InitialNetwork } from "../../scenario/schema.js";
import type { Rng } from "../../random/streams.js";
import { ScenarioError } from "../../errors.js";
import { generateNetwork, louvainCommunities } from "./generate.js";
import { perCapitaBlocks, stochasticBlockEdges } from "./stochastic-block.js";
import { emptyGraph } from "./internal.js";
import { formatOf, readCsr, readGraphFile } from "../../io/graph-read.js";

export interface InitialEdges {
  readonly n: number;
  readonly src: Int32Array;
  readonly dst: Int32Array;
  readonly community: Int32Array;
}

/**
 * @param spec - `network.initial`
 * @param n - `agents.count`
 * @param rng - the "network" stream
 * @param baseDir - directory relative file paths are resolved against (the scenario file's)
 * @throws ScenarioError when a file's node count differs from n; ModelError for bad generator parameters
 */
export function initialNetwork(spec: InitialNetwork, n: number, rng: Rng, baseDir: string): InitialEdges {
  if (spec.generator === "stochastic-block") {
    // The default start, drawn straight into an edge list (a graph object of ~10^7
    // edges at 10^6 agents costs minutes of allocation for nothing).
    return { n, ...stochasticBlockEdges(n, perCapitaBlocks(n, spec), rng) };
  }
  if (spec.generator !== "file") {
    const { graph, community } = generateNetwork(spec, n, rng);
    const src: number[] = [];
    const dst: number[] = [];
    graph.forEachEdge((_e, _a, s, t) => {
      src.push(Number(s));
      dst.push(Number(t));
    });
    return { n, src: Int32Array.from(src), dst: Int32Array.from(dst), community };
  }
  const path = isAbsolute(spec.path) ? spec.path : resolve(baseDir, spec.path);
  const graph = spec.format === "auto" || spec.format === formatOf(path) ? (readGraphFile(path) as AbstractGraph) : graphFromCsr(path, spec.format);
  if (graph.order !== n) {
    throw new ScenarioError([
      {
        file: path,
        path: "agents.count",
        message: `the graph file has ${graph.order} nodes but agents.count is ${n}; a graph file fixes the count (drop agents.count or set it to ${graph.order})`,
      },
    ]);
  }
  let keys = graph.nodes();
  if (keys.every((k) => /^-?\d+$/.test(k))) keys = [...keys].sort((a, b) => Number(a) - Number(b));
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const src: number[] = [];
  const dst: number[] = [];
  graph.forEachEdge((_e, _a, s, t) => {
    src.push(index.get(s) as number);
    dst.push(index.get(t) as number);
  });
  const attr = keys.map((k) => graph.getNodeAttribute(k, "community") as unknown);
  let community: Int32Array;
  if (attr.every((c) => Number.isInteger(typeof c === "string" ? Number(c) : c))) {
    community = Int32Array.from(attr.map((c) => Number(c)));
  } else {
    const g = emptyGraph(n);
    for (let e = 0; e < src.length; e++) {
      const a = src[e] as number;
      const b = dst[e] as number;
      if (a !== b && !g.hasEdge(String(a), String(b))) g.addEdge(String(a), String(b));
    }
    community = louvainCommunities(g, rng);
  }
  return { n, src: Int32Array.from(src), dst: Int32Array.from(dst), community };
}

/** A file read with an explicit format that its extension does not imply (no node attributes). */
function graphFromCsr(path: string, format: "edgelist" | "gexf" | "graphml"): AbstractGraph {
  const { csr } = readCsr(path, { format });
  const ids = csr.ids ?? Array.from({ length: csr.n }, (_, i) => String(i));
  const g = new UndirectedGraph();
  for (const id of ids) g.addNode(id);
  for (let u = 0; u < csr.n; u++) {
    for (let k = csr.offsets[u] as number; k < (csr.offsets[u + 1] as number); k++) {
      const v = csr.neighbors[k] as number;
      if (u < v) g.addEdge(ids[u] as string, ids[v] as string);
    }
  }
  return g;
}
