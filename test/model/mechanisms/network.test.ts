/** Regime, introductions, events, opportunities and maintenance answer their parameters. */
import { describe, expect, it } from "vitest";
import { mean, row, runOnce } from "../../engine/run-helper.js";
import { small } from "../../engine/scenario-helper.js";

const SEEDS = [21, 22, 23];

describe("follows and the social layer", () => {
  it("followCap 0 vs 5000 ⇒ the social layer's mean distance falls", () => {
    const distance = (followCap: number) =>
      mean(
        SEEDS.map((seed) => {
          const r = runOnce(small({ network: { followCap } }), seed);
          const social = r.final.layers.find((l) => l.layer === "social");
          return social?.separation?.meanDistance as number;
        }),
      );
    expect(distance(5000)).toBeLessThan(distance(0));
  });

  it("the dunbar regime has no follows at all", () => {
    const r = runOnce(small({ network: { regime: "dunbar" } }), 21);
    expect(r.agents.every((a) => a.follows === 0 && a.followers === 0)).toBe(true);
    expect(r.final.followReciprocity).toBeNull();
  });
});

describe("introductions", () => {
  it("introRate 0 ⇒ no introduced ties (and the default rate makes some)", () => {
    const strategies = { a0: { extends: "authentic", introRate: 0 }, o0: { extends: "opportunistic", introRate: 0 } };
    for (const seed of SEEDS) {
      const r = runOnce(small({ strategies, agents: { strategies: { a0: 0.8, o0: 0.2 } } }), seed);
      expect(r.agents.reduce((s, a) => s + a.tiesIntroduction, 0)).toBe(0);
    }
    const control = runOnce(small({}), 21);
    expect(control.agents.reduce((s, a) => s + a.tiesIntroduction, 0)).toBeGreaterThan(0);
  });
});

describe("events", () => {
  it("events off ⇒ no event ties (and on makes some)", () => {
    for (const seed of SEEDS) {
      const r = runOnce(small({ mechanisms: { events: { enabled: false } } }), seed);
      expect(r.agents.reduce((s, a) => s + a.tiesEvent, 0)).toBe(0);
    }
    const control = runOnce(small({ mechanisms: { events: { every: 10, minSimilarity: 0.3 } } }), 21);
    expect(control.agents.reduce((s, a) => s + a.tiesEvent, 0)).toBeGreaterThan(0);
  });
});

describe("opportunities", () => {
  it("attrition 1 ⇒ no opportunity travels more than one hop (attrition 0 lets some go further)", () => {
    for (const seed of SEEDS) {
      const r = runOnce(small({ mechanisms: { opportunities: { attrition: 1, rate: 10 } } }), seed);
      expect(r.opportunities.length).toBeGreaterThan(0);
      expect(Math.max(...r.opportunities.map((o) => o.chainLength))).toBeLessThanOrEqual(1);
    }
    const control = runOnce(small({ mechanisms: { opportunities: { attrition: 0, rate: 10, match: 0.95 } } }), 21);
    expect(Math.max(...control.opportunities.map((o) => o.chainLength))).toBeGreaterThan(1);
  });

  it("records recipients, strangers and outcomes consistently", () => {
    const r = runOnce(small({ mechanisms: { opportunities: { rate: 10 } } }), 22);
    for (const o of r.opportunities) {
      if (o.outcome === "taken") {
        expect(o.recipient).not.toBeNull();
        expect(o.recipient).not.toBe(o.originator);
        expect(o.chainLength).toBeGreaterThanOrEqual(1);
        expect(typeof o.stranger).toBe("boolean");
      } else {
        expect(o.recipient).toBeNull();
        expect(o.stranger).toBeNull();
      }
    }
    const received = r.agents.reduce((s, a) => s + a.opportunitiesReceived, 0);
    expect(received).toBe(r.opportunities.filter((o) => o.outcome === "taken").length);
  });
});

describe("maintain and the Dunbar cap", () => {
  it("capacity 15 vs 150 ⇒ fewer stable ties", () => {
    const ties = (capacity: number) =>
      mean(
        SEEDS.map((seed) => {
          const r = runOnce(
            small({ network: { initial: { generator: "connected-caveman", groupSize: 30 }, dunbar: { capacity, layers: [5, capacity] } } }),
            seed,
          );
          return row(r.final, "all").tiesMean;
        }),
      );
    const few = ties(15);
    expect(few).toBeLessThanOrEqual(15);
    expect(few).toBeLessThan(ties(150));
  });

  it("without interaction ties decay and dissolve; with maintain off they stay", () => {
    const quiet = { mechanisms: { post: { enabled: false }, introduce: { enabled: false }, events: { enabled: false }, opportunities: { enabled: false } } };
    const decayed = runOnce(small({ ...quiet, steps: 40, mechanisms: { ...quiet.mechanisms, maintain: { decay: 0.1 } } }), 21);
    expect(row(decayed.final, "all").tiesMean).toBe(0); // 0.5 · 0.9^t < 0.05 after 22 steps
    const kept = runOnce(small({ ...quiet, steps: 40, mechanisms: { ...quiet.mechanisms, maintain: { enabled: false } } }), 21);
    expect(row(kept.final, "all").tiesMean).toBe(row(kept.observations[0]!, "all").tiesMean);
  });
});
