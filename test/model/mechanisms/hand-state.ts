/**
 * Test helper: a tiny model state built the way a run builds it (buildState on a scenario
 * with an empty initial network), then set by hand — interests, quality and strategy per
 * agent — so a mechanism's effect can be counted by hand. Relations are added by the
 * tests with formTie / follow. The step parameters come from the same scenario
 * (stepParams), so tests override only the fields they are about.
 */
import { buildState } from "../../../src/engine/build.js";
import { stepParams, type StepParams } from "../../../src/engine/step.js";
import { topicMembers } from "../../../src/model/interests.js";
import type { ModelState } from "../../../src/model/state.js";
import type { ScenarioInput } from "../../../src/scenario/schema.js";
import { deepMerge, makeScenario } from "../../engine/scenario-helper.js";

export type StrategyName = "authentic" | "opportunistic";

export interface HandAgents {
  /** Interest weights per agent over the topics (normalised here to unit length). */
  readonly weights: readonly (readonly number[])[];
  /** Quality per agent (default 0.5 each). */
  readonly quality?: readonly number[];
  /** Strategy per agent (default authentic). */
  readonly strategy?: readonly StrategyName[];
}

export interface HandState {
  readonly state: ModelState;
  readonly params: StepParams;
}

/**
 * A state of `agents.weights.length` agents over `weights[0].length` topics with no
 * relations; `scenario` adds to the scenario it is built from (regime, trust rules...).
 */
export function handState(agents: HandAgents, scenario: ScenarioInput = {}): HandState {
  const n = agents.weights.length;
  const k = (agents.weights[0] as readonly number[]).length;
  const input = deepMerge(
    {
      agents: { count: n, topics: k, strategies: { authentic: 0.5, opportunistic: 0.5 } },
      network: { regime: "amplified", initial: { generator: "empty" } },
    },
    scenario,
  ) as ScenarioInput;
  const parsed = makeScenario(input);
  const state = buildState(parsed, 1);
  const w = state.agents.interests.weights;
  agents.weights.forEach((row, i) => {
    const norm = Math.sqrt(row.reduce((s, x) => s + x * x, 0));
    row.forEach((x, t) => (w[i * k + t] = x / norm));
    state.agents.quality[i] = agents.quality?.[i] ?? 0.5;
    state.agents.strategy[i] = strategyIndex(state, agents.strategy?.[i] ?? "authentic");
  });
  // The topic-search index was built from the drawn interests: rebuild it from these.
  Object.assign(state, { topicMembers: topicMembers(state.agents.interests) });
  return { state, params: stepParams(parsed, state) };
}

export function strategyIndex(state: ModelState, name: StrategyName): number {
  const s = state.strategies.names.indexOf(name);
  if (s < 0) throw new Error(`no strategy ${name}`);
  return s;
}

/** An rng that counts its draws (to check that a mechanism draws nothing). */
export function counting(rng: () => number): { rng: () => number; draws: () => number } {
  let draws = 0;
  return {
    rng: () => {
      draws++;
      return rng();
    },
    draws: () => draws,
  };
}
