/** Reproducibility (README Reproducibility): same scenario + seed ⇒ identical results; replicates share nothing. */
import { describe, expect, it } from "vitest";
import { runOnce } from "./run-helper.js";
import { small } from "./scenario-helper.js";

const input = small({ steps: 30, agents: { count: 100 }, metrics: { every: 10 } });

describe("determinism", () => {
  it("same scenario and seed ⇒ deep-equal observations, agents and opportunities", () => {
    const a = runOnce(input, 5);
    const b = runOnce(input, 5);
    expect(b.observations).toEqual(a.observations);
    expect(b.agents).toEqual(a.agents);
    expect(b.opportunities).toEqual(a.opportunities);
  });

  it("another seed ⇒ different results", () => {
    const a = runOnce(input, 5);
    const b = runOnce(input, 6);
    expect(b.observations).not.toEqual(a.observations);
    expect(b.agents).not.toEqual(a.agents);
  });

  it("replicate k gives the same results run alone or after others", () => {
    const seeds = [101, 102, 103];
    const inSequence = seeds.map((s) => runOnce(input, s));
    const alone = runOnce(input, 103);
    expect(alone.observations).toEqual(inSequence[2]?.observations);
    expect(alone.agents).toEqual(inSequence[2]?.agents);
  });

  it("measuring more does not change the model: separation off leaves agents and opportunities unchanged", () => {
    const a = runOnce(input, 9);
    const b = runOnce({ ...input, metrics: { ...(input.metrics ?? {}), separation: { enabled: false }, search: { enabled: false } } }, 9);
    expect(b.agents).toEqual(a.agents);
    expect(b.opportunities).toEqual(a.opportunities);
  });

  it("switching events off does not shift the draws of posting (post counts are unchanged)", () => {
    const a = runOnce(input, 9);
    const b = runOnce({ ...input, mechanisms: { events: { enabled: false } } }, 9);
    expect(b.agents.map((x) => x.posts)).toEqual(a.agents.map((x) => x.posts));
  });
});
