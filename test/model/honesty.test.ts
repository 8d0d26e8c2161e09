/** Honesty drawn per agent from its strategy's Beta law (docs/MODEL.md §1 Agents). */
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { betaFromMoments, drawHonesty, honestyLaw } from "../../src/model/honesty.js";
import { stream } from "../../src/random/streams.js";
import { buildState } from "../../src/engine/build.js";
import { makeScenario, small } from "../engine/scenario-helper.js";
import { runOnce, row } from "../engine/run-helper.js";

const moments = (xs: Float64Array) => {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  return { mean: m, sd: Math.sqrt(v) };
};

describe("honesty law", () => {
  it("a bare number is a law with sd 0", () => {
    expect(honestyLaw(0.7)).toEqual({ mean: 0.7, sd: 0 });
  });

  it("Beta by the method of moments: mean 0.95, sd 0.05 is Beta(17.1, 0.9)", () => {
    const p = betaFromMoments(0.95, 0.05);
    expect(p.alpha).toBeCloseTo(17.1, 10);
    expect(p.beta).toBeCloseTo(0.9, 10);
  });

  it("rejects an sd a Beta cannot have, by name", () => {
    expect(() => betaFromMoments(0.5, 0.5)).toThrow(expect.objectContaining({ name: "ModelError" }));
  });

  it("draws per agent with the law's mean and sd (20 000 draws, tolerance 0.005), and sd 0 draws nothing", () => {
    const n = 20000;
    const strategy = new Uint8Array(n).map((_, i) => i % 2);
    const h = drawHonesty(strategy, [{ mean: 0.95, sd: 0.05 }, { mean: 0.2, sd: 0 }], stream(3, "honesty"));
    const a = moments(h.filter((_, i) => i % 2 === 0));
    expect(a.mean).toBeCloseTo(0.95, 2);
    expect(Math.abs(a.sd - 0.05)).toBeLessThan(0.005);
    expect(h.filter((_, i) => i % 2 === 1).every((x) => x === 0.2)).toBe(true);
    expect(h.every((x) => x >= 0 && x <= 1)).toBe(true);
  });

  it("the default authentic agents are not all perfectly honest, and a replicate's draw is seeded", () => {
    const sc = makeScenario(small());
    const st = buildState(sc, 7);
    const authentic = st.agents.honesty.filter((_, i) => st.strategies.names[at(st.agents.strategy, i)] === "authentic");
    expect(authentic.some((x) => x < 1)).toBe(true);
    expect([...buildState(sc, 7).agents.honesty]).toEqual([...st.agents.honesty]);
    expect([...buildState(sc, 8).agents.honesty]).not.toEqual([...st.agents.honesty]);
  });

  it("authentic agents can now be detected (they could not with honesty 1)", () => {
    const r = runOnce(small({ agents: { strategies: { authentic: 1 } }, mechanisms: { trust: { detection: 1 } } }), 5);
    expect(row(r.final, "authentic").detectionsReceived).toBeGreaterThan(0);
    const honest = { honest: { extends: "authentic", honesty: 1 } };
    const r1 = runOnce(small({ strategies: honest, agents: { strategies: { honest: 1 } }, mechanisms: { trust: { detection: 1 } } }), 5);
    expect(row(r1.final, "honest").detectionsReceived).toBe(0);
  });
});
