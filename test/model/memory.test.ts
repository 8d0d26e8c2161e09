/** Memory accounting (docs/MODEL.md "Memory"): the typed arrays of a 10^4-agent state against the documented bytes. */
import { describe, expect, it } from "vitest";
import { makeScenario } from "../engine/scenario-helper.js";
import { buildState } from "../../src/engine/build.js";
import { step, stepParams, stepStreams } from "../../src/engine/step.js";
import { expectedStateBytes, MEMORY, stateBytes } from "../../src/model/memory.js";

describe("state memory", () => {
  it("a 10^4-agent amplified state after 40 steps holds the documented bytes (±10%)", () => {
    const scenario = makeScenario({ steps: 40, agents: { count: 10_000 }, network: { regime: "amplified" } });
    const state = buildState(scenario, 1);
    const params = stepParams(scenario, state);
    const rngs = stepStreams(1);
    for (let t = 1; t <= 40; t++) step(state, params, rngs, t);
    expect(state.follows.total).toBeGreaterThan(20_000); // the per-follow term is exercised
    const measured = stateBytes(state);
    const expected = expectedStateBytes({
      agents: state.n,
      topics: scenario.agents.topics,
      tieSlots: 1.5 * 2 * state.ties.edges(), // blocks grow by half, the arena by a quarter
      attention: scenario.network.attention,
      followSlots: 1.45 * state.follows.total, // blocks grow by a quarter, the arena by an eighth (compacted at a quarter)
      itemSlots: state.queue.post.length,
    });
    expect(Math.abs(measured / expected - 1)).toBeLessThan(0.1);
    // tie slots on demand: 1.2 to 1.9 slots per tie side held, far below the cap reserved for everyone
    const perSide = state.ties.nbr.length / (2 * state.ties.edges());
    expect(perSide).toBeGreaterThan(1.2);
    expect(perSide).toBeLessThan(1.9);
    expect(state.ties.nbr.length).toBeLessThan(0.3 * state.n * scenario.network.dunbar.capacity);
    // the follow store alone: 20 bytes per follow, times the slack, plus 24 per agent
    const f = state.follows.bytes() - 24 * state.n;
    expect(f).toBeGreaterThanOrEqual(MEMORY.perFollow * state.follows.total);
    expect(f).toBeLessThanOrEqual(1.75 * MEMORY.perFollow * state.follows.total + 4 * 20 * state.n); // blocks start at 4 slots
  });
});
