/**
 * Discover: topic search finds only agents spanning one of the searcher's topics, follows
 * only strangers, with probability equal to the follow score (value: similarity × quality;
 * popularity: F / (F + mean F)).
 */
import { describe, expect, it } from "vitest";
import { discover } from "../../../src/model/mechanisms/discover.js";
import { follow, formTie } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";
import { stream } from "../../../src/random/streams.js";
import { counting, handState, strategyIndex, type HandAgents } from "./hand-state.js";

/**
 * Agent 0 spans topic 0 only. Agent 1 too, with quality 1 (score 1 for a value follower);
 * agent 3 too, with quality 0 (score 0); agent 2 spans only topic 1 (never found).
 */
const AGENTS: HandAgents = { weights: [[1, 0], [1, 0], [0, 1], [1, 0]], quality: [0.5, 1, 1, 0] };

/** Agent 0 alone searches, once a step (rate 1), for `steps` steps. */
function search(state: Parameters<typeof discover>[0], steps: number, rng = stream(1, "discover")): void {
  for (let t = 1; t <= steps; t++) discover(state, { rate: 1 }, rng, t, Int32Array.of(0));
}

describe("discover", () => {
  it("a value follower follows the stranger of score 1 it finds, never the one of score 0 nor one off its topics", () => {
    const { state } = handState(AGENTS);
    search(state, 40); // agent 1 is found with probability 1/3 a step: (2/3)^40 ≈ 1e-7 of never
    expect(state.follows.follows(0, 1)).toBe(true);
    expect(state.follows.follows(0, 3)).toBe(false);
    expect(state.follows.follows(0, 2)).toBe(false);
    expect(state.follows.outLen[0]).toBe(1);
  });

  it("a tie is not a stranger: it is never followed through search", () => {
    const { state } = handState(AGENTS);
    formTie(state, 0, 1, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    search(state, 40);
    expect(state.follows.outLen[0]).toBe(0);
  });

  it("a popularity follower ignores an agent nobody follows, follows one with followers, and never one off its topics", () => {
    const alone = handState({ ...AGENTS, strategy: ["opportunistic", "authentic", "authentic", "authentic"] });
    search(alone.state, 40);
    expect(alone.state.follows.outLen[0]).toBe(0); // popularity 0 everywhere

    const { state } = handState({ ...AGENTS, strategy: ["opportunistic", "authentic", "authentic", "authentic"] });
    follow(state, 2, 1, 0.5, 0);
    follow(state, 3, 1, 0.5, 0);
    follow(state, 3, 2, 0.5, 0); // F = 2, 1, 0 for agents 1, 2, 3; mean 3/4: popularity 8/11, 4/7, 0
    search(state, 60);
    expect(state.follows.follows(0, 1)).toBe(true);
    expect(state.follows.follows(0, 2)).toBe(false); // popular, but not on topic 0
    expect(state.follows.follows(0, 3)).toBe(false);
  });

  it("with rate 0, in the dunbar regime (no follows), or before the searcher's patience is over, nothing is drawn and nobody followed", () => {
    const zero = handState(AGENTS);
    const c = counting(stream(1, "discover"));
    for (let t = 1; t <= 10; t++) discover(zero.state, { rate: 0 }, c.rng, t, Int32Array.of(0, 1, 2, 3));
    expect(c.draws()).toBe(0);

    const dunbar = handState(AGENTS, { network: { regime: "dunbar" } });
    expect(dunbar.params.discover.rate).toBe(0);
    for (let t = 1; t <= 10; t++) discover(dunbar.state, { rate: 1 }, c.rng, t, Int32Array.of(0, 1, 2, 3));
    expect(c.draws()).toBe(0);
    expect(dunbar.state.follows.total).toBe(0);

    const waiting = handState(AGENTS);
    waiting.state.strategies.patience[strategyIndex(waiting.state, "authentic")] = 50;
    search(waiting.state, 40, c.rng);
    expect(c.draws()).toBe(0);
    expect(waiting.state.follows.total).toBe(0);
  });

  it("with rate p an agent searches about p of its steps", () => {
    const { state } = handState({ weights: [[1, 0], [0, 1]] }); // agent 0 only ever finds itself: a search costs 3 draws
    const c = counting(stream(2, "discover"));
    const steps = 2000;
    for (let t = 1; t <= steps; t++) discover(state, { rate: 0.25 }, c.rng, t, Int32Array.of(0));
    const searches = (c.draws() - steps) / 2; // one draw for the rate, then topic and member
    // binomial sd √(2000·0.25·0.75) ≈ 19: ±80 is about 4 sd
    expect(searches).toBeGreaterThan(500 - 80);
    expect(searches).toBeLessThan(500 + 80);
  });
});
