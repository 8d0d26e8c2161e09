/** Test helper: a full Scenario from a partial input (every default applied). */
import { scenarioSchema, type ScenarioInput } from "../../src/scenario/schema.js";
import type { Scenario } from "../../src/scenario/types.js";

export function makeScenario(input: ScenarioInput, name = "test"): Scenario {
  return { ...scenarioSchema.parse(input), name };
}

/** A small, fast scenario: 120 agents in caves of 12, 40 steps, cheap metrics. */
export function small(overrides: ScenarioInput = {}): ScenarioInput {
  return deepMerge(
    {
      steps: 40,
      agents: { count: 120 },
      network: { initial: { generator: "connected-caveman", groupSize: 12 } },
      metrics: { every: 20, separation: { method: "exact" }, search: { pairs: 50 } },
    },
    overrides,
  ) as ScenarioInput;
}

export function deepMerge(a: unknown, b: unknown): unknown {
  if (isObject(a) && isObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? deepMerge(out[k], v) : v;
    return out;
  }
  return b;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
