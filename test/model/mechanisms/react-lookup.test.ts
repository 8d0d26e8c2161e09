/**
 * React's two ways of finding a reader's relations (state.ts REACT_INDEX_MAX_AGENTS):
 * the scratch index and binary search in the reader's own lists give the same world.
 */
import { describe, expect, it } from "vitest";
import { makeScenario } from "../../engine/scenario-helper.js";
import { buildState } from "../../../src/engine/build.js";
import { step, stepParams, stepStreams } from "../../../src/engine/step.js";
import { REACT_INDEX_MAX_AGENTS, type ModelState } from "../../../src/model/state.js";

function run(byIndex: boolean): ModelState {
  const scenario = makeScenario({ steps: 60, agents: { count: 3000 }, network: { regime: "amplified" } });
  const state = buildState(scenario, 7);
  if (!byIndex) (state.scratch as { index: Int32Array }).index = new Int32Array(0);
  const params = stepParams(scenario, state);
  const rngs = stepStreams(7);
  for (let t = 1; t <= 60; t++) step(state, params, rngs, t);
  return state;
}

describe("react's relation lookup", () => {
  it("by index and by binary search give identical ties, follows, trust and tallies after 60 steps", () => {
    expect(REACT_INDEX_MAX_AGENTS).toBeGreaterThan(3000); // the default path here is the index
    const a = run(true);
    const b = run(false);
    expect(a.follows.total).toBeGreaterThan(10_000); // follows made while reading are exercised
    expect(b.follows.total).toBe(a.follows.total);
    for (let i = 0; i < a.n; i++) {
      expect(Array.from(b.follows.outOf(i))).toEqual(Array.from(a.follows.outOf(i)));
      const [ba, bb] = [a.follows.outBase(i), b.follows.outBase(i)];
      const len = a.follows.outLen[i] as number;
      expect(Array.from(b.follows.trust.subarray(bb, bb + len))).toEqual(Array.from(a.follows.trust.subarray(ba, ba + len)));
      expect(Array.from(b.follows.useful.subarray(bb, bb + len))).toEqual(Array.from(a.follows.useful.subarray(ba, ba + len)));
      const c = a.ties.count[i] as number;
      expect(b.ties.count[i]).toBe(c);
      const [ta, tb] = [a.ties.base(i), b.ties.base(i)];
      expect(Array.from(b.ties.trust.subarray(tb, tb + c))).toEqual(Array.from(a.ties.trust.subarray(ta, ta + c)));
    }
    for (const key of ["valueReceived", "reshares", "detections", "unmaskedStep"] as const) {
      expect(Array.from(b.tallies[key] as ArrayLike<number>)).toEqual(Array.from(a.tallies[key] as ArrayLike<number>));
    }
  });
});
