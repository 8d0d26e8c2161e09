/**
 * Decentralized (greedy) search: a message travels from a source toward a target,
 * each holder passing it to the one contact that looks closest to the target,
 * knowing only its own contacts and the target's description. Milgram's
 * letter-passing experiment, as Kleinberg formalised it.
 *
 * References:
 * - S. Milgram, "The small-world problem", Psychology Today 1(1):61–67, 1967.
 * - J. Travers and S. Milgram, "An experimental study of the small world
 *   problem", Sociometry 32(4):425–443, 1969.
 * - J. Kleinberg, "The small-world phenomenon: an algorithmic perspective",
 *   STOC 2000, 163–170.
 * - P. S. Dodds, R. Muhamad and D. J. Watts, "An experimental study of search in
 *   global social networks", Science 301:827–829, 2003.
 */
import { MetricError } from "../../errors.js";
import type { Csr } from "../../graph/csr.js";
import type { Rng } from "../../random/streams.js";

/**
 * How close a node looks to the target: a distance (smaller is closer, e.g.
 * lattice distance) or a similarity (larger is closer, e.g. interest cosine).
 */
export type SearchScore =
  | { readonly distance: (node: number, target: number) => number }
  | { readonly similarity: (node: number, target: number) => number };

/** How a chain ended. */
export type ChainOutcome = "reached" | "dropped" | "dead-end" | "max-hops";

export interface ChainOptions {
  /** Probability that a holder drops out instead of forwarding, per hop; default 0. */
  readonly attrition?: number;
  /** Forwards allowed before the chain counts as lost; default n (a greedy chain never needs more than n − 1). */
  readonly maxHops?: number;
}

export interface Chain {
  readonly outcome: ChainOutcome;
  /** Nodes that held the message, source first; hops = path.length − 1. */
  readonly path: readonly number[];
}

/**
 * Routes one message greedily from `source` to `target`.
 *
 * @param graph - out-contacts per node (an undirected Csr, or a directed one
 *   such as a Kleinberg grid's `out`)
 * @param source - the first holder
 * @param target - the node to reach
 * @param score - distance or similarity of a node to the target
 * @param options - attrition per hop and maxHops
 * @param rng - the seeded stream for drop-outs (not drawn from when attrition is 0)
 * @returns the outcome and the path of holders
 * @throws MetricError for a node outside 0..n−1, attrition outside [0, 1] or a negative maxHops
 *
 * Notes: the rule at each holder h ≠ target, in order: (1) if h has already
 * forwarded maxHops times the chain is lost ("max-hops"); (2) if the target is
 * one of h's contacts it is the next holder (one knows the target personally, as
 * in Milgram's instructions); otherwise the next holder is the contact strictly
 * closer to the target than h itself, and closest among those, ties to the lowest
 * node index; (3) if no contact is closer than h the chain stops ("dead-end") —
 * on a general graph greedy search can get stuck, and since every step strictly
 * improves the score no node is visited twice; on Kleinberg's lattice a closer
 * lattice neighbour always exists, so chains never dead-end there; (4) with
 * probability `attrition` h drops out ("dropped") instead of forwarding (Dodds et
 * al. 2003). A chain with source = target is reached in 0 hops.
 */
export function greedyChain(
  graph: Csr,
  source: number,
  target: number,
  score: SearchScore,
  options: ChainOptions,
  rng: Rng,
): Chain {
  const { attrition, maxHops } = checkChainOptions(graph, options);
  for (const [name, node] of [["source", source], ["target", target]] as const) {
    if (!Number.isInteger(node) || node < 0 || node >= graph.n) {
      throw new MetricError(`${name} must be a node in 0..${graph.n - 1} (${name} = ${node})`);
    }
  }
  const far = toDistance(score);
  const { offsets, neighbors } = graph;
  const path = [source];
  let holder = source;
  while (holder !== target) {
    if (path.length - 1 >= maxHops) return { outcome: "max-hops", path };
    const a = offsets[holder] as number;
    const b = offsets[holder + 1] as number;
    let next = -1;
    let best = far(holder, target);
    for (let i = a; i < b; i++) {
      const v = neighbors[i] as number;
      if (v === target) {
        next = v;
        break;
      }
      const d = far(v, target);
      if (d < best) {
        best = d;
        next = v;
      }
    }
    if (next < 0) return { outcome: "dead-end", path };
    if (attrition > 0 && rng() < attrition) return { outcome: "dropped", path };
    holder = next;
    path.push(holder);
  }
  return { outcome: "reached", path };
}

/** Validated chain options with defaults applied. */
export function checkChainOptions(graph: Csr, options: ChainOptions): { attrition: number; maxHops: number } {
  const attrition = options.attrition ?? 0;
  const maxHops = options.maxHops ?? graph.n;
  if (!(attrition >= 0 && attrition <= 1)) {
    throw new MetricError(`attrition must be a probability in [0, 1] (attrition = ${attrition})`);
  }
  if (!(Number.isInteger(maxHops) && maxHops >= 0)) {
    throw new MetricError(`maxHops must be an integer ≥ 0 (maxHops = ${maxHops})`);
  }
  return { attrition, maxHops };
}

function toDistance(score: SearchScore): (node: number, target: number) => number {
  if ("distance" in score) return score.distance;
  const similarity = score.similarity;
  return (node, target) => -similarity(node, target);
}
