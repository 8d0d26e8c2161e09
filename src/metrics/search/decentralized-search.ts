/**
 * Milgram-style search experiments: many greedy chains between random (or given)
 * source–target pairs, summarised as success rate, the chain-length distribution
 * of successful chains, its mean and its attrition-corrected mean (docs/ODD.md §4 observation: separation
 * `searchSuccess`, `searchChainLength`).
 *
 * References:
 * - S. Milgram, "The small-world problem", Psychology Today 1(1):61–67, 1967.
 * - J. Travers and S. Milgram, "An experimental study of the small world
 *   problem", Sociometry 32(4):425–443, 1969.
 * - J. Kleinberg, "The small-world phenomenon: an algorithmic perspective", STOC 2000.
 * - P. S. Dodds, R. Muhamad and D. J. Watts, "An experimental study of search in
 *   global social networks", Science 301:827–829, 2003.
 */
import { MetricError } from "../../errors.js";
import type { Csr } from "../../graph/csr.js";
import type { Rng } from "../../random/streams.js";
import { torusDistance } from "../../graph/torus.js";
import { attritionCorrectedMean } from "./attrition.js";
import { checkChainOptions, greedyChain, type ChainOptions, type ChainOutcome, type SearchScore } from "./greedy.js";

export interface SearchOptions extends ChainOptions {
  /**
   * The number of chains, each from a uniform source to a uniform target ≠ source,
   * or an explicit list of [source, target] pairs (which may repeat or coincide).
   */
  readonly pairs: number | readonly (readonly [number, number])[];
}

export interface SearchResult {
  /** Chains started. */
  readonly chains: number;
  /** Chains that reached their target. */
  readonly successes: number;
  /** successes / chains (NaN when no chain was started). */
  readonly successRate: number;
  /** How many chains ended each way. */
  readonly outcomes: Readonly<Record<ChainOutcome, number>>;
  /** Successful chains by length in hops: lengthCounts[L]. */
  readonly lengthCounts: readonly number[];
  /** Mean hops of successful chains (NaN if none). */
  readonly meanLength: number;
  /** Mean hops corrected for attrition (Dodds et al. 2003); equals meanLength when attrition is 0. */
  readonly correctedMeanLength: number;
  readonly attrition: number;
  readonly maxHops: number;
}

/**
 * Runs a decentralized-search experiment on a graph.
 *
 * @param graph - out-contacts per node (undirected or directed Csr)
 * @param score - distance or similarity to the target guiding each holder
 * @param options - pairs (count or list), attrition per hop, maxHops
 * @param rng - the seeded stream ("search"): draws the pairs, then drop-outs, chain by chain
 * @returns success rate, outcome counts, length distribution and means
 * @throws MetricError if a random pair is asked for on fewer than 2 nodes, or for
 *   bad options (see `greedyChain`)
 *
 * Notes: each chain follows `greedyChain`'s rule. A random pair draws its source
 * and then its target from the same stream just before the chain runs, so the
 * result for a seed does not depend on anything but the graph, score and options.
 * The corrected mean weights a completed chain of length L by (1 − a)^−L, the
 * inverse of its chance of surviving attrition a at each of its L hops.
 */
export function decentralizedSearch(graph: Csr, score: SearchScore, options: SearchOptions, rng: Rng): SearchResult {
  const { attrition, maxHops } = checkChainOptions(graph, options);
  const { pairs } = options;
  const count = typeof pairs === "number" ? pairs : pairs.length;
  if (!(Number.isInteger(count) && count >= 0)) throw new MetricError(`pairs must be an integer ≥ 0 (pairs = ${count})`);
  if (typeof pairs === "number" && count > 0 && graph.n < 2) {
    throw new MetricError(`random pairs need at least 2 nodes (n = ${graph.n})`);
  }
  const outcomes: Record<ChainOutcome, number> = { reached: 0, dropped: 0, "dead-end": 0, "max-hops": 0 };
  const lengthCounts: number[] = [];
  let totalHops = 0;
  for (let c = 0; c < count; c++) {
    let source: number;
    let target: number;
    if (typeof pairs === "number") {
      source = Math.floor(rng() * graph.n);
      target = Math.floor(rng() * (graph.n - 1));
      if (target >= source) target++;
    } else {
      [source, target] = pairs[c] as readonly [number, number];
    }
    const chain = greedyChain(graph, source, target, score, { attrition, maxHops }, rng);
    outcomes[chain.outcome]++;
    if (chain.outcome === "reached") {
      const hops = chain.path.length - 1;
      while (lengthCounts.length <= hops) lengthCounts.push(0);
      lengthCounts[hops] = (lengthCounts[hops] as number) + 1;
      totalHops += hops;
    }
  }
  const successes = outcomes.reached;
  const meanLength = successes > 0 ? totalHops / successes : Number.NaN;
  return {
    chains: count,
    successes,
    successRate: count > 0 ? successes / count : Number.NaN,
    outcomes,
    lengthCounts,
    meanLength,
    correctedMeanLength: attrition === 0 ? meanLength : attritionCorrectedMean(lengthCounts, attrition),
    attrition,
    maxHops,
  };
}

/**
 * Greedy routing on a Kleinberg grid by lattice distance, through each holder's
 * own out-contacts (its four lattice neighbours and its long-range contacts).
 *
 * @param grid - a grid from `kleinbergGrid` (only its side and out-contacts are used)
 * @param options - pairs, attrition, maxHops
 * @param rng - the seeded stream
 * @returns as `decentralizedSearch`
 *
 * Notes: a lattice neighbour is always one step closer, so without attrition
 * every chain reaches its target within the lattice distance (≤ side) hops.
 */
export function kleinbergSearch(
  grid: { readonly side: number; readonly out: Csr },
  options: SearchOptions,
  rng: Rng,
): SearchResult {
  const { side } = grid;
  return decentralizedSearch(grid.out, { distance: (u, t) => torusDistance(side, u, t) }, options, rng);
}
