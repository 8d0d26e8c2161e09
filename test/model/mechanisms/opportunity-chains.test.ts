/**
 * Opportunities: greedy referral chains on a hand-built path whose every chain can be
 * worked out by hand — which contact the holder passes to (most similar to the topic,
 * trusted at least trustMin, a tie or a mutual follow, not yet in the chain, lowest id on
 * ties), who takes it (similarity ≥ match), dead ends, attrition and maxHops, and the
 * tallies. Originator and topic are drawn, so each record is checked against the hand
 * count for its own originator and topic.
 */
import { describe, expect, it } from "vitest";
import { opportunities, type OpportunitiesParams } from "../../../src/model/mechanisms/opportunities.js";
import { follow, formTie } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";
import type { ModelState } from "../../../src/model/state.js";
import type { OpportunityRecord } from "../../../src/observation.js";
import { stream } from "../../../src/random/streams.js";
import { counting, handState, type HandAgents } from "./hand-state.js";

/**
 * The path 0 – 1 – 2 – 3 – 4 (trust 1 everywhere) over two topics. Topic 1 is everyone's
 * but agent 4's; on topic 0 only agent 4 is a match (weight 1), agents 1–3 come close
 * (0.6 < match 0.7) and agent 0 not at all.
 */
const PATH: HandAgents = { weights: [[0, 1], [0.6, 0.8], [0.6, 0.8], [0.6, 0.8], [1, 0]] };

function pathState(edges: readonly [number, number][] = [[0, 1], [1, 2], [2, 3], [3, 4]]) {
  const { state, params } = handState(PATH);
  for (const [a, b] of edges) formTie(state, a, b, 0.5, 1, 1, ORIGIN_EVENT);
  const p: OpportunitiesParams = { ...params.opportunities, enabled: true, trustMin: 0.3, match: 0.7, attrition: 0, maxHops: 10 };
  return { state, p };
}

/** Calls the mechanism until at least `want` opportunities have arisen (however many arise per step). */
function collect(state: ModelState, p: OpportunitiesParams, want = 60, seed = 1): OpportunityRecord[] {
  const rng = stream(seed, "opportunities");
  const out: OpportunityRecord[] = [];
  for (let t = 1; out.length < want && t <= 100_000; t++) out.push(...opportunities(state, p, rng, t));
  expect(out.length).toBeGreaterThanOrEqual(want);
  return out;
}

type Expected = [outcome: OpportunityRecord["outcome"], recipient: number | null, hops: number];
const key = (r: OpportunityRecord) => `${r.originator}:${r.topic}`;
const summary = (r: OpportunityRecord): Expected => [r.outcome, r.recipient, r.chainLength];

describe("opportunities", () => {
  it("follows the greedy chain worked out by hand for every originator and topic", () => {
    const { state, p } = pathState();
    const expected: Record<string, Expected> = {
      // topic 1: the first contact matches
      "0:1": ["taken", 1, 1],
      "1:1": ["taken", 0, 1], // 0 (weight 1) before 2 (0.8)
      "2:1": ["taken", 1, 1], // 1 and 3 equal: the lower id
      "3:1": ["taken", 2, 1], // 2 (0.8) before 4 (0)
      "4:1": ["taken", 3, 1],
      // topic 0: only 4 matches
      "0:0": ["taken", 4, 4],
      "1:0": ["taken", 4, 3], // 2 (0.6) before 0 (0)
      "2:0": ["dead-end", null, 2], // 1 (lower id of two 0.6) → 0, whose only contact has held it
      "3:0": ["taken", 4, 1],
      "4:0": ["dead-end", null, 4], // 3 → 2 → 1 → 0
    };
    const records = collect(state, p, 120);
    for (const r of records) expect(summary(r), key(r)).toEqual(expected[key(r)]);
    expect(new Set(records.map(key)).size).toBe(10); // every case was met
    for (const r of records) {
      if (r.outcome !== "taken") continue;
      expect(r.stranger, key(r)).toBe(r.chainLength > 1); // on a path, only the first hop is a tie of the originator
      expect(r.recipientStrategy).toBe("authentic");
    }
    const taken = records.filter((r) => r.outcome === "taken");
    for (let i = 0; i < 5; i++) {
      const mine = taken.filter((r) => r.recipient === i);
      expect(state.tallies.opportunities[i], `agent ${i}`).toBe(mine.length);
      expect(state.tallies.opportunityHops[i]).toBe(mine.reduce((s, r) => s + r.chainLength, 0));
      expect(state.tallies.opportunitiesFromStrangers[i]).toBe(mine.filter((r) => r.stranger).length);
    }
  });

  it("a holder passes only to contacts it trusts at least trustMin: the other direction may still pass", () => {
    const { state, p } = pathState();
    state.ties.trust[state.ties.find(2, 3)] = 0.1; // 2 no longer trusts 3; 3 still trusts 2
    const records = collect(state, p);
    for (const r of records) {
      if (key(r) === "0:0") expect(summary(r)).toEqual(["dead-end", null, 2]); // 0 → 1 → 2, stuck
      if (key(r) === "1:0") expect(summary(r)).toEqual(["dead-end", null, 1]);
      if (key(r) === "4:0") expect(summary(r)).toEqual(["dead-end", null, 4]); // unchanged
    }
  });

  it("a mutual follow is a contact, a one-way follow is not; a hop makes the follow useful", () => {
    const mutual = pathState([[0, 1], [1, 2], [2, 3]]);
    follow(mutual.state, 3, 4, 0.9, 0);
    follow(mutual.state, 4, 3, 0.9, 0);
    const records = collect(mutual.state, mutual.p);
    const via = records.filter((r) => key(r) === "0:0");
    expect(via.length).toBeGreaterThan(0);
    for (const r of via) expect(summary(r)).toEqual(["taken", 4, 4]);
    // A hop across the pair, either way, marks both follows useful at its step.
    const f = mutual.state.follows;
    const u34 = f.useful[f.outBase(3) + f.findOut(3, 4)] as number;
    const u43 = f.useful[f.outBase(4) + f.findOut(4, 3)] as number;
    expect(u34).toBeGreaterThan(0);
    expect(u34).toBe(u43);

    const oneWay = pathState([[0, 1], [1, 2], [2, 3]]);
    follow(oneWay.state, 3, 4, 0.9, 0);
    for (const r of collect(oneWay.state, oneWay.p)) if (key(r) === "0:0") expect(summary(r)).toEqual(["dead-end", null, 3]);
  });

  it("between equally similar contacts the lower id wins, whichever kind of contact is looked at first", () => {
    // 0 has a tie to 2 and a mutual follow with 1; 1 and 2 span topic 0 only, 0 topic 1 only.
    const { state, params } = handState({ weights: [[0, 1], [1, 0], [1, 0]] });
    formTie(state, 0, 2, 0.5, 1, 1, ORIGIN_EVENT);
    follow(state, 0, 1, 1, 0);
    follow(state, 1, 0, 1, 0);
    const p = { ...params.opportunities, enabled: true, trustMin: 0.3, match: 0.7, attrition: 0, maxHops: 10 };
    const records = collect(state, p);
    const expected: Record<string, Expected> = {
      "0:0": ["taken", 1, 1], // 1 and 2 both weigh 1: 1, though the tie to 2 is looked at first
      "1:0": ["taken", 2, 2], // 1 → 0 → 2
      "2:0": ["taken", 1, 2], // 2 → 0 → 1
      "0:1": ["dead-end", null, 1], // 1 (lower id, both weigh 0) has no other contact
      "1:1": ["taken", 0, 1],
      "2:1": ["taken", 0, 1],
    };
    for (const r of records) expect(summary(r), key(r)).toEqual(expected[key(r)]);
    expect(records.some((r) => key(r) === "0:0")).toBe(true);
  });

  it("a holder whose weight on the topic equals match takes it", () => {
    const { state, p } = pathState();
    const w1 = state.agents.interests.weights[1 * 2 + 1] as number; // agent 1 on topic 1
    for (const r of collect(state, { ...p, match: w1 })) if (key(r) === "0:1") expect(summary(r)).toEqual(["taken", 1, 1]);
  });

  it("attrition 1 allows one hop; maxHops ends a chain that has not matched", () => {
    const quit = pathState();
    for (const r of collect(quit.state, { ...quit.p, attrition: 1 })) {
      expect(r.chainLength).toBe(1);
      if (r.topic === 0 && r.originator !== 3) expect(r.outcome).toBe("attrition");
    }
    const short = pathState();
    for (const r of collect(short.state, { ...short.p, maxHops: 2 })) {
      if (key(r) === "0:0") expect(summary(r)).toEqual(["max-hops", null, 2]);
      if (key(r) === "1:0") expect(summary(r)).toEqual(["max-hops", null, 2]);
      if (key(r) === "2:0") expect(summary(r)).toEqual(["max-hops", null, 2]); // at 0, before finding no contact
    }
  });

  it("each hop is an interaction on the passing side of the tie", () => {
    const { state, params } = handState({ weights: [[1], [1]] });
    formTie(state, 0, 1, 0.5, 1, 1, ORIGIN_EVENT);
    const records = collect(state, { ...params.opportunities, enabled: true, trustMin: 0.3, match: 0.7 });
    const from = (o: number) => records.filter((r) => r.originator === o).length;
    expect(records.every((r) => r.outcome === "taken" && r.chainLength === 1)).toBe(true);
    expect(state.ties.touches[state.ties.find(0, 1)]).toBe(from(0));
    expect(state.ties.touches[state.ties.find(1, 0)]).toBe(from(1));
    expect(from(0)).toBeGreaterThan(0);
    expect(from(1)).toBeGreaterThan(0);
  });

  it("disabled, nothing arises and nothing is drawn", () => {
    const { state, p } = pathState();
    const c = counting(stream(1, "opportunities"));
    expect(opportunities(state, { ...p, enabled: false }, c.rng, 1)).toEqual([]);
    expect(c.draws()).toBe(0);
  });
});
