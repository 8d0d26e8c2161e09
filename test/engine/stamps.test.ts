/** Scratch stamps (ModelState.readVisits) restart before they overflow int32, without changing results. */
import { describe, expect, it } from "vitest";
import { buildState } from "../../src/engine/build.js";
import { step, stepParams, stepStreams } from "../../src/engine/step.js";
import { agentRecords } from "../../src/engine/records.js";
import { makeScenario, small } from "./scenario-helper.js";

function run(startStamp: number) {
  const scenario = makeScenario(small({ steps: 12, agents: { count: 100 }, network: { regime: "amplified" } }));
  const state = buildState(scenario, 3);
  state.readVisits = startStamp;
  const params = stepParams(scenario, state);
  const rngs = stepStreams(3);
  for (let t = 1; t <= scenario.steps; t++) step(state, params, rngs, t);
  return { agents: agentRecords(state), stamps: state.readVisits };
}

describe("scratch stamps", () => {
  it("restart near 2^31 and the run is the same", () => {
    const plain = run(0);
    for (const start of [0x7fffffff - (1 << 20) - 500, 0x7fffffff - 100]) {
      // Restarts within the first step (without the restart the second would pass 2^31 − 1).
      const wrapped = run(start);
      expect(wrapped.stamps).toBeLessThan(start); // it restarted
      expect(wrapped.agents).toEqual(plain.agents);
    }
  });
});
