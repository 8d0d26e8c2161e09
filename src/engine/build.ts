/**
 * From a scenario and a replicate seed to the initial model state: initial network,
 * agents, strategies, regime, and the initial ties (docs/ODD.md §2 Entities, §5 Initialization).
 *
 * Draw order is fixed: the "network" stream builds the graph (and Louvain
 * communities), then trims agents above capacity; the "agents" stream draws interests,
 * quality and the strategy assignment; the "honesty" stream each agent's honesty.
 *
 * Initial ties get `network.initialStrength` and `network.initialTrust` on both sides.
 * An agent that starts above its Dunbar capacity drops random ties (all initial ties
 * are equally strong, so "weakest" does not decide): agents are trimmed in id order,
 * each dropping ties until it is at capacity, first to neighbours that are over
 * capacity themselves (in random order), then to the others (in random order).
 */
import type { Scenario } from "../scenario/types.js";
import { resolveStrategies } from "../scenario/strategies.js";
import { ScenarioError } from "../errors.js";
import { stream } from "../random/streams.js";
import { shuffle } from "../random/draw.js";
import type { Rng } from "../random/streams.js";
import { initialNetwork } from "../model/network/initial.js";
import { createAgents } from "../model/agents.js";
import { drawHonesty } from "../model/honesty.js";
import { strategyTable } from "../model/strategy-table.js";
import { resolveRegime } from "../model/regime.js";
import { createState, type ModelState } from "../model/state.js";
import { ORIGIN_INITIAL } from "../model/ties.js";

export interface BuildOptions {
  /** Directory that relative graph-file paths are resolved against (default: the working directory). */
  readonly baseDir?: string;
}

export function buildState(scenario: Scenario, seed: number, options: BuildOptions = {}): ModelState {
  const resolved = resolveStrategies(scenario.strategies);
  if (!resolved.ok) throw new ScenarioError(resolved.issues);
  const names = Object.keys(scenario.agents.strategies);
  const table = strategyTable(names, resolved.strategies);
  const networkRng = stream(seed, "network");
  const initial = initialNetwork(scenario.network.initial, scenario.agents.count, networkRng, options.baseDir ?? process.cwd());
  const agents = createAgents(
    initial.community,
    {
      topics: scenario.agents.topics,
      interests: scenario.agents.interests,
      quality: scenario.agents.quality,
      shares: scenario.agents.strategies,
      strategyNames: table.names,
    },
    stream(seed, "agents"),
  );
  agents.honesty.set(drawHonesty(agents.strategy, table.honesty, stream(seed, "honesty")));
  const t = scenario.mechanisms.trust;
  const state = createState(
    agents,
    table,
    resolveRegime(scenario.network),
    { enabled: t.enabled, learningRate: t.learningRate, detection: t.detection, penalty: t.penalty },
    stream(seed, "detect"),
    scenario.network.initialTrust,
  );
  placeInitialTies(state, initial.src, initial.dst, scenario.network.initialStrength, scenario.network.initialTrust, networkRng);
  return state;
}

function placeInitialTies(state: ModelState, src: Int32Array, dst: Int32Array, strength: number, trust: number, rng: Rng): void {
  const n = state.n;
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let e = 0; e < src.length; e++) {
    const a = src[e] as number;
    const b = dst[e] as number;
    if (a === b) continue;
    (adj[a] as Set<number>).add(b);
    (adj[b] as Set<number>).add(a);
  }
  const cap = state.ties.capacity;
  for (let i = 0; i < n; i++) {
    const mine = adj[i] as Set<number>;
    if (mine.size <= cap) continue;
    const shuffled = shuffle(rng, [...mine].sort((x, y) => x - y));
    // Drop ties to neighbours that are over capacity themselves first, so trimming
    // removes no more ties than it must.
    const over = shuffled.filter((j) => (adj[j] as Set<number>).size > cap);
    const list = [...over, ...shuffled.filter((j) => (adj[j] as Set<number>).size <= cap)];
    for (let k = 0; k < list.length - cap; k++) {
      const j = list[k] as number;
      mine.delete(j);
      (adj[j] as Set<number>).delete(i);
    }
  }
  // Each block gets room for half as many ties again as it starts with (ties.ts).
  state.ties.layout(Int32Array.from(adj, (mine) => mine.size));
  for (let i = 0; i < n; i++) {
    const sorted = [...(adj[i] as Set<number>)].sort((x, y) => x - y);
    for (const j of sorted) state.ties.insertSide(i, j, strength, trust, ORIGIN_INITIAL);
  }
}
