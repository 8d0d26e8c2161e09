/** Trust (DESIGN §1.6): detection, honesty and unmasking answer their parameters. */
import { describe, expect, it } from "vitest";
import { mean, row, runOnce } from "../../engine/run-helper.js";
import { small } from "../../engine/scenario-helper.js";

const SEEDS = [11, 12, 13];

describe("trust mechanism", () => {
  it("detection 0 ⇒ no detections, and with trust moved only by detection nobody is unmasked", () => {
    for (const seed of SEEDS) {
      const r = runOnce(small({ mechanisms: { trust: { detection: 0, learningRate: 0 }, introduce: { enabled: false } } }), seed);
      expect(row(r.final, "all").detectionsReceived).toBe(0);
      expect(row(r.final, "all").unmaskedShare).toBe(0);
      expect(r.agents.every((a) => a.unmaskedStep === null)).toBe(true);
    }
  });

  it("the same scenario with detection on unmasks opportunists (the test above can fail)", () => {
    const r = runOnce(small({ mechanisms: { trust: { detection: 0.3, learningRate: 0 }, introduce: { enabled: false } } }), 11);
    expect(row(r.final, "opportunistic").unmaskedShare).toBeGreaterThan(0.5);
  });

  it("higher detection ⇒ earlier unmasking of opportunists", () => {
    const unmaskTime = (detection: number) =>
      mean(
        SEEDS.map((seed) => {
          const r = runOnce(small({ steps: 60, mechanisms: { trust: { detection } } }), seed);
          const opp = r.agents.filter((a) => a.strategy === "opportunistic");
          return mean(opp.map((a) => a.unmaskedStep ?? 61)); // never unmasked counts as after the end
        }),
      );
    const slow = unmaskTime(0.01);
    const fast = unmaskTime(0.3);
    expect(fast).toBeLessThan(slow);
  });

  it("honesty 1 for everyone ⇒ no detections, even with detection 1", () => {
    const strategies = { sly: { extends: "opportunistic", honesty: 1 } };
    for (const seed of SEEDS) {
      const r = runOnce(small({ strategies, agents: { strategies: { authentic: 0.5, sly: 0.5 } }, mechanisms: { trust: { detection: 1 } } }), seed);
      expect(row(r.final, "all").detectionsReceived).toBe(0);
    }
    // control: the same opportunists with their default honesty are detected
    const control = runOnce(small({ agents: { strategies: { authentic: 0.5, opportunistic: 0.5 } }, mechanisms: { trust: { detection: 1 } } }), 11);
    expect(row(control.final, "opportunistic").detectionsReceived).toBeGreaterThan(0);
  });

  it("gossip spreads a detection: trust in opportunists ends lower with gossip than without", () => {
    const trust = (gossip: number) =>
      mean(SEEDS.map((seed) => row(runOnce(small({ mechanisms: { trust: { detection: 0.05, gossip, learningRate: 0 } } }), seed).final, "opportunistic").trustReceivedMean ?? 0));
    expect(trust(1)).toBeLessThan(trust(0));
  });
});
