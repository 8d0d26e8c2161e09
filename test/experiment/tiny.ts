/** A tiny sweep scenario for experiment tests: 2 × 2 cells × 2 replicates, seconds to run. */
import { scenarioFromObjectOrThrow } from "../../src/scenario/load.js";
import type { Scenario } from "../../src/scenario/types.js";

export const TINY = {
  name: "tiny",
  seed: 7,
  replicates: 2,
  steps: 12,
  agents: { count: 40, strategies: { authentic: 0.7, opportunistic: 0.3 } },
  network: { initial: { generator: "connected-caveman", groupSize: 8 } },
  mechanisms: { events: { every: 5 } },
  metrics: { every: 6, separation: { method: "exact" }, search: { pairs: 20 } },
  sweep: { "network.regime": ["dunbar", "amplified"], "agents.strategies.opportunistic": [0.1, 0.5] },
};

export function tinyScenario(overrides: Record<string, unknown> = {}): Scenario {
  return scenarioFromObjectOrThrow({ ...TINY, ...overrides });
}
