/**
 * Opportunity routing alternatives and the tie strength along chains (docs/MODEL.md,
 * opportunities): each rule picks the contact its definition names, on a hand-built star.
 */
import { describe, expect, it } from "vitest";
import { bareState } from "../state-helper.js";
import { opportunities, type OpportunitiesParams } from "../../../src/model/mechanisms/opportunities.js";
import { follow, formTie } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";
import { stream } from "../../../src/random/streams.js";
import type { Routing } from "../../../src/scenario/schema.js";
import { runOnce, row } from "../../engine/run-helper.js";
import { small } from "../../engine/scenario-helper.js";

const base: OpportunitiesParams = { enabled: true, rate: 400, routing: "trust-gated", trustMin: 0.3, weakTieBelow: 0.6, attrition: 0, match: 0.35, maxHops: 5 };

/**
 * Agent 0 (the originator we look at) with ties to 1, 2, 3; on topic 0:
 *   contact  trust[0→c]  strength  weight   strength × weight
 *   1        0.1         0.5       0.6      0.30   ← most relevant, but not trusted
 *   2        0.9         0.1       0.5      0.05   ← most relevant among the trusted
 *   3        0.9         0.9       0.4      0.36   ← strongest × relevant
 * Agent 4 is isolated. Every contact's weight is ≥ match, so the first hop takes it.
 */
function star() {
  const st = bareState(5);
  const K = st.agents.interests.topics;
  const w = st.agents.interests.weights;
  w.fill(0);
  formTie(st, 0, 1, 0.5, 0.1, 0.9, ORIGIN_EVENT);
  formTie(st, 0, 2, 0.1, 0.9, 0.9, ORIGIN_EVENT);
  formTie(st, 0, 3, 0.9, 0.9, 0.9, ORIGIN_EVENT);
  w[1 * K] = 0.6;
  w[2 * K] = 0.5;
  w[3 * K] = 0.4;
  return st;
}

/** Recipients of the first-hop opportunities 0 originates on topic 0. */
function recipients(routing: Routing, build = star) {
  const st = build();
  const records = opportunities(st, { ...base, routing }, stream(1, "opportunities"), 1).filter((r) => r.originator === 0 && r.topic === 0);
  expect(records.length).toBeGreaterThan(5);
  return records;
}

describe("opportunity routing", () => {
  it("trust-gated: the most relevant contact among those trusted ≥ trustMin", () => {
    expect(new Set(recipients("trust-gated").map((r) => r.recipient))).toEqual(new Set([2]));
  });

  it("relevance: the most relevant contact, trusted or not", () => {
    expect(new Set(recipients("relevance").map((r) => r.recipient))).toEqual(new Set([1]));
  });

  it("strength: the tie with the highest strength × relevance, trusted or not", () => {
    expect(new Set(recipients("strength").map((r) => r.recipient))).toEqual(new Set([3]));
  });

  it("strength passes along ties only: a mutual follow alone is a dead end", () => {
    const followOnly = () => {
      const st = bareState(3);
      st.agents.interests.weights.fill(0.9);
      follow(st, 0, 1, 0.9, 0);
      follow(st, 1, 0, 0.9, 0);
      return st;
    };
    const st = followOnly();
    const byStrength = opportunities(st, { ...base, routing: "strength" }, stream(1, "opportunities"), 1).filter((r) => r.originator === 0);
    expect(byStrength.every((r) => r.outcome === "dead-end")).toBe(true);
    const byRelevance = recipients("relevance", followOnly);
    expect(byRelevance.every((r) => r.recipient === 1)).toBe(true);
  });
});

describe("tie strength along chains (Granovetter 1973)", () => {
  it("a hop is weak below weakTieBelow (0.6) and strong at or above it", () => {
    // relevance → 1 over strength 0.5 (weak); strength → 3 over 0.9 (strong)
    expect(recipients("relevance").every((r) => r.weakHops === 1 && r.chainLength === 1)).toBe(true);
    expect(recipients("strength").every((r) => r.weakHops === 0 && r.chainLength === 1)).toBe(true);
  });

  it("a hop over a mutual follow without a tie is weak", () => {
    const st = bareState(3);
    st.agents.interests.weights.fill(0.9);
    follow(st, 0, 1, 0.9, 0);
    follow(st, 1, 0, 0.9, 0);
    const rs = opportunities(st, { ...base, routing: "relevance" }, stream(2, "opportunities"), 1).filter((r) => r.originator === 0 && r.recipient === 1);
    expect(rs.length).toBeGreaterThan(0);
    expect(rs.every((r) => r.weakHops === 1)).toBe(true);
  });

  it("no chain has more weak hops than hops", () => {
    const r = runOnce(small({ mechanisms: { opportunities: { rate: 10, attrition: 0.2 } } }), 32);
    expect(r.opportunities.some((o) => o.weakHops > 0)).toBe(true);
    for (const o of r.opportunities) expect(o.weakHops).toBeLessThanOrEqual(o.chainLength);
  });

  it("the per-strategy weak and strong shares add up to 1 and follow the cut", () => {
    const share = (weakTieBelow: number) => row(runOnce(small({ metrics: { weakTieBelow } }), 31).final, "all");
    const none = share(0);
    expect(none.opportunityChainWeakTieShare).not.toBeNull();
    const all = share(1);
    expect(all.opportunityChainWeakTieShare).toBe(1); // every tie is below 1 unless fully reinforced
    expect((none.opportunityChainWeakTieShare as number) + (none.opportunityChainStrongTieShare as number)).toBeCloseTo(1, 12);
    expect(none.opportunityChainWeakTieShare as number).toBeLessThan(all.opportunityChainWeakTieShare as number);
  });
});

describe("routing in a whole run", () => {
  it("without the trust gate opportunists receive more opportunities per agent than with it", () => {
    const opp = (routing: Routing) =>
      row(runOnce(small({ steps: 60, mechanisms: { opportunities: { routing, rate: 10 } } }), 41).final, "opportunistic").opportunitiesPerAgent;
    expect(opp("relevance")).toBeGreaterThan(opp("trust-gated"));
  });
});
