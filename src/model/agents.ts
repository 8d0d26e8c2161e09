/**
 * The agents of a run (docs/ODD.md §2 Entities): interests, quality, strategy and community,
 * as typed arrays indexed by agent id 0..N−1.
 *
 * - quality ~ Beta(agents.quality.alpha, agents.quality.beta);
 * - strategy by shares, exactly: counts are floor(share × N) and the remaining agents
 *   go one each to the largest remainders (Hamilton's method; ties to the name that
 *   sorts first), then the list of assignments is shuffled. Shares are therefore met
 *   to within one agent, and which agent gets which strategy is random;
 * - community from the initial network.
 * All draws come from the "agents" stream in a fixed order: interests, quality,
 * strategy shuffle.
 */
import { at } from "../checked-index.js";
import { beta, shuffle } from "../random/draw.js";
import type { Rng } from "../random/streams.js";
import { drawInterests, type Interests } from "./interests.js";
import { ModelError } from "../errors.js";

export interface Agents {
  readonly n: number;
  readonly interests: Interests;
  readonly quality: Float64Array;
  /** Index into the strategy table (names sorted). */
  readonly strategy: Uint8Array;
  readonly community: Int32Array;
  /** Probability that an act is genuine: 1 here, drawn per agent by the build (honesty.ts). */
  readonly honesty: Float64Array;
}

export interface AgentOptions {
  readonly topics: number;
  readonly interests: { readonly min: number; readonly max: number };
  readonly quality: { readonly alpha: number; readonly beta: number };
  /** Strategy name → share; indices follow `strategyNames`. */
  readonly shares: Readonly<Record<string, number>>;
  /** The strategy table's names (sorted). */
  readonly strategyNames: readonly string[];
}

/** Exact strategy counts by largest remainder. */
export function strategyCounts(n: number, names: readonly string[], shares: Readonly<Record<string, number>>): number[] {
  const total = names.reduce((s, name) => s + (shares[name] ?? 0), 0);
  if (!(total > 0)) throw new ModelError(`strategy shares must sum to more than 0 (sum = ${total})`);
  const quotas = names.map((name) => ((shares[name] ?? 0) / total) * n);
  const counts = quotas.map((q) => Math.floor(q));
  let left = n - counts.reduce((s, c) => s + c, 0);
  const order = names.map((_, s) => s).sort((a, b) => {
    const d = (at(quotas, b) % 1) - (at(quotas, a) % 1);
    return d !== 0 ? d : a - b;
  });
  for (let r = 0; left > 0; r = (r + 1) % order.length, left--) {
    const s = at(order, r);
    counts[s] = at(counts, s) + 1;
  }
  return counts;
}

export function createAgents(community: Int32Array, options: AgentOptions, rng: Rng): Agents {
  const n = community.length;
  if (options.strategyNames.length > 255) throw new ModelError(`at most 255 strategies (found ${options.strategyNames.length})`);
  const interests = drawInterests(community, options.topics, options.interests, rng);
  const quality = new Float64Array(n);
  for (let i = 0; i < n; i++) quality[i] = beta(rng, options.quality.alpha, options.quality.beta);
  const counts = strategyCounts(n, options.strategyNames, options.shares);
  const strategy = new Uint8Array(n);
  let at = 0;
  counts.forEach((c, s) => {
    strategy.fill(s, at, at + c);
    at += c;
  });
  shuffle<number, Uint8Array>(rng, strategy);
  return { n, interests, quality, strategy, community, honesty: new Float64Array(n).fill(1) };
}
