/** Test helper: a bare model state of n agents (no ties), for store and relation tests. */
import { createAgents } from "../../src/model/agents.js";
import { createState, type ModelState } from "../../src/model/state.js";
import { strategyTable } from "../../src/model/strategy-table.js";
import { BUILTIN_STRATEGIES } from "../../src/scenario/schema.js";
import { stream } from "../../src/random/streams.js";

export function bareState(n: number, options: { capacity?: number; followCap?: number; detection?: number } = {}): ModelState {
  const table = strategyTable(["authentic", "opportunistic"], BUILTIN_STRATEGIES);
  const agents = createAgents(
    new Int32Array(n),
    { topics: 4, interests: { min: 1, max: 2 }, quality: { alpha: 2, beta: 2 }, shares: { authentic: 1, opportunistic: 0 }, strategyNames: table.names },
    stream(1, "agents"),
  );
  return createState(
    agents,
    table,
    { name: "amplified", capacity: options.capacity ?? 150, followCap: options.followCap ?? 5000, discoveryRate: 0, reshareToFollowers: true, attention: 5 },
    { enabled: true, learningRate: 0.1, detection: options.detection ?? 0, penalty: 0.8 },
    stream(1, "detect"),
    0.6,
  );
}
