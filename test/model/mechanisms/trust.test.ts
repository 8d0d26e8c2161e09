/** Trust (docs/ODD.md §7 Submodels: trust): detection, honesty and unmasking answer their parameters. */
import { describe, expect, it } from "vitest";
import { mean, row, runOnce } from "../../engine/run-helper.js";
import { small } from "../../engine/scenario-helper.js";
import { bareState } from "../state-helper.js";
import { trust } from "../../../src/model/mechanisms/trust.js";
import { follow, formTie } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";
import { stream } from "../../../src/random/streams.js";

const SEEDS = [11, 12, 13];

describe("trust mechanism", () => {
  it("detection 0 ⇒ no detections and nobody unmasked, while trust learned from low-value content still distrusts agents", () => {
    for (const seed of SEEDS) {
      const r = runOnce(small({ mechanisms: { trust: { detection: 0 } } }), seed);
      for (const o of r.observations) for (const s of o.strategies) expect(s.unmaskedShare).toBe(0);
      expect(row(r.final, "all").detectionsReceived).toBe(0);
      expect(r.agents.every((a) => a.unmaskedStep === null)).toBe(true);
      // unmasking is not blocked by accident: trust did collapse, only not by detection
      expect(row(r.final, "opportunistic").distrustedShare).toBeGreaterThan(0.2);
      expect(r.agents.some((a) => a.distrustedStep !== null)).toBe(true);
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
    const strategies = { sly: { extends: "opportunistic", honesty: 1 }, pure: { extends: "authentic", honesty: { mean: 1, sd: 0 } } };
    for (const seed of SEEDS) {
      const r = runOnce(small({ strategies, agents: { strategies: { pure: 0.5, sly: 0.5 } }, mechanisms: { trust: { detection: 1 } } }), seed);
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

  it("gossip cuts the trust a told tie holds on its follow of the actor, and only that follow", () => {
    // Detector 0 is tied to 1 and 2; actor 3 is followed by 1 and 2, with no tie to
    // either, so their trust in 3 lives on their follows. Agent 2 also follows 4 and 5.
    // With gossip 1 both are told and both cut their trust in 3, nothing else.
    const st = bareState(6);
    formTie(st, 0, 1, 0.5, 0.5, 0.9, ORIGIN_EVENT);
    formTie(st, 0, 2, 0.5, 0.5, 0.9, ORIGIN_EVENT);
    follow(st, 1, 3, 0.5, 0);
    for (const j of [3, 4, 5]) follow(st, 2, j, 0.5, 0);
    st.detections.push(0, 3);
    trust(st, { enabled: true, penalty: 0.8, gossip: 1, gossipPenalty: 0.5, gossipTrustMin: 0.5, gossipOnce: true, distrusted: 0, unmaskedShare: 1, memory: 0 }, stream(1, "trust"), 1);
    const followTrust = (i: number, j: number) => st.follows.trust[st.follows.outBase(i) + st.follows.findOut(i, j)];
    expect(followTrust(1, 3)).toBeCloseTo(0.5 * (1 - 0.5 * 0.8), 12);
    expect(followTrust(2, 3)).toBeCloseTo(0.5 * (1 - 0.5 * 0.8), 12);
    expect(followTrust(2, 4)).toBe(0.5);
    expect(followTrust(2, 5)).toBe(0.5);
  });
});

describe("gossip once per (detector, actor, step)", () => {
  // Detector 0 is tied to 1, which follows actor 3 with trust 0.5. Detector 0 detected
  // 3 twice this step; with gossip 1 every tie is told each time 0 gossips.
  const setup = () => {
    const st = bareState(4);
    formTie(st, 0, 1, 0.5, 0.5, 0.9, ORIGIN_EVENT);
    follow(st, 1, 3, 0.5, 0);
    st.detections.push(0, 3);
    st.detections.push(0, 3);
    return st;
  };
  const params = { enabled: true, penalty: 0.8, gossip: 1, gossipPenalty: 0.5, gossipTrustMin: 0.5, distrusted: 0, unmaskedShare: 1, memory: 0 };
  const trustIn3 = (st: ReturnType<typeof bareState>) => st.follows.trust[st.follows.outBase(1) + st.follows.findOut(1, 3)];

  it("a detector who detects the same actor twice in one step gossips once", () => {
    const st = setup();
    trust(st, { ...params, gossipOnce: true }, stream(1, "trust"), 1);
    expect(trustIn3(st)).toBeCloseTo(0.5 * 0.6, 12);
  });

  it("without gossipOnce it gossips per detection (the test above can fail)", () => {
    const st = setup();
    trust(st, { ...params, gossipOnce: false }, stream(1, "trust"), 1);
    expect(trustIn3(st)).toBeCloseTo(0.5 * 0.6 * 0.6, 12);
  });

  it("two actors, or the same actor in another step, are each gossiped about", () => {
    const st = setup();
    st.detections.length = 0;
    st.detections.push(0, 3);
    trust(st, { ...params, gossipOnce: true }, stream(1, "trust"), 1);
    st.detections.push(0, 3);
    trust(st, { ...params, gossipOnce: true }, stream(1, "trust"), 2);
    expect(trustIn3(st)).toBeCloseTo(0.5 * 0.6 * 0.6, 12);
  });
});
