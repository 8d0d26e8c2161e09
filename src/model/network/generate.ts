/**
 * One entry point from a scenario's `network.initial` generator spec to the
 * initial graph and each node's community (docs/ODD.md §5 Initialization, §2 `community`).
 */
import type { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { Rng } from "../../random/streams.js";
import { barabasiAlbert } from "./barabasi-albert.js";
import { connectedCaveman } from "./connected-caveman.js";
import { empty } from "./empty.js";
import { erdosRenyi } from "./erdos-renyi.js";
import { florentineFamilies } from "./florentine-families.js";
import { cjsDefault } from "./internal.js";
import { karateClub } from "./karate-club.js";
import type { GeneratorSpec } from "../../graph/generator-spec.js";
import { perCapitaBlocks, stochasticBlock } from "./stochastic-block.js";
import { wattsStrogatz } from "./watts-strogatz.js";

const louvain = cjsDefault(louvainModule);

/** An initial network: the graph (nodes "0".."n-1") and node i's community at index i. */
export interface GeneratedNetwork {
  readonly graph: UndirectedGraph;
  readonly community: Int32Array;
}

/**
 * Builds the initial network a generator spec describes, on exactly n nodes.
 *
 * @param spec - the generator and its shape parameters
 * @param n - number of nodes (`agents.count`); fixed graphs (karate-club: 34;
 *   florentine-families: 15, or 16 with the isolated Pucci) throw if it differs
 * @param rng - the seeded "network" stream; used by the generator, then by Louvain
 * @returns the graph and an Int32Array of community ids 0..c−1
 * @throws ModelError with the offending values if a parameter is out of range
 *
 * Notes: the community is the generator's own group where it has one (the cave
 * of connected-caveman, the block of stochastic-block, the faction after the
 * split for karate-club). For the others (watts-strogatz, erdos-renyi,
 * barabasi-albert, florentine-families, empty) it is the partition found by
 * Louvain modularity optimisation (graphology-communities-louvain, drawing from
 * the same stream after the generator); isolated nodes get communities of their
 * own. Louvain ids are renumbered 0, 1, … in order of each community's lowest
 * node, so the numbering does not depend on the library's internals.
 */
export function generateNetwork(spec: GeneratorSpec, n: number, rng: Rng): GeneratedNetwork {
  switch (spec.generator) {
    case "connected-caveman":
      return connectedCaveman(n, { groupSize: spec.groupSize });
    case "stochastic-block":
      return stochasticBlock(n, perCapitaBlocks(n, spec), rng);
    case "karate-club":
      return karateClub(n);
    case "watts-strogatz":
      return withLouvain(wattsStrogatz(n, { k: spec.k, p: spec.p }, rng), rng);
    case "erdos-renyi":
      return withLouvain(erdosRenyi(n, { meanDegree: spec.meanDegree }, rng), rng);
    case "barabasi-albert":
      return withLouvain(barabasiAlbert(n, { m: spec.m }, rng), rng);
    case "florentine-families":
      return withLouvain(florentineFamilies(n), rng);
    case "empty":
      return withLouvain(empty(n), rng);
  }
}

/** Louvain communities of a graph with nodes "0".."n-1", renumbered by lowest node. */
export function louvainCommunities(graph: UndirectedGraph, rng: Rng): Int32Array {
  const n = graph.order;
  const community = new Int32Array(n);
  if (n === 0) return community;
  const found = louvain(graph, { rng });
  const renumber = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const raw = found[String(i)];
    if (raw === undefined) throw new RangeError(`louvain: no community for node ${i}`);
    let id = renumber.get(raw);
    if (id === undefined) {
      id = renumber.size;
      renumber.set(raw, id);
    }
    community[i] = id;
  }
  return community;
}

function withLouvain(graph: UndirectedGraph, rng: Rng): GeneratedNetwork {
  return { graph, community: louvainCommunities(graph, rng) };
}
