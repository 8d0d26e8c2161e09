/** Test helper: run one replicate and keep everything it reports. */
import { simulateReplicate } from "../../src/engine/run.js";
import type { AgentRecord, Observation, OpportunityRecord } from "../../src/observation.js";
import type { ScenarioInput } from "../../src/scenario/schema.js";
import { makeScenario } from "./scenario-helper.js";

export interface Run {
  readonly observations: Observation[];
  readonly opportunities: OpportunityRecord[];
  readonly agents: AgentRecord[];
  readonly final: Observation;
}

export function runOnce(input: ScenarioInput, seed: number): Run {
  const observations: Observation[] = [];
  const opportunities: OpportunityRecord[] = [];
  const out = simulateReplicate(makeScenario(input), seed, {
    onObservation: (o) => observations.push(o),
    onOpportunities: (r) => opportunities.push(...r),
  });
  return { observations, opportunities, agents: out.agents, final: observations[observations.length - 1] as Observation };
}

export function row(o: Observation, strategy: string) {
  const r = o.strategies.find((s) => s.strategy === strategy);
  if (!r) throw new Error(`no row for ${strategy}`);
  return r;
}

export const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
