/**
 * Step 6, opportunities (docs/ODD.md §3 Process overview): referral chains by greedy decentralized search.
 *
 * Poisson(`rate`) opportunities arise per step — rate = `perAgent` × N, or the old
 * absolute `opportunities.rate` (engine/step.ts) — each at a uniformly drawn originator
 * and on a uniformly drawn topic. The holder (first the originator) passes it to the
 * contact chosen by `routing`, never to an agent that already held it (ties to the
 * lowest id); a contact is a tie or a mutual follow:
 * - "trust-gated": among the contacts it trusts at least `trustMin`, the one most
 *   similar to the topic (its interest weight on it);
 * - "relevance": the contact most similar to the topic, trusted or not;
 * - "strength": among its ties (a follow has no strength), the one with the highest
 *   tie strength × similarity to the topic, trusted or not.
 * The first holder other than the originator whose
 * similarity to the topic is ≥ `match` takes it. Otherwise, after each hop the holder
 * drops out with probability `attrition`, and the opportunity is lost after
 * `maxHops` hops or when no contact qualifies (a dead end). The originator always
 * passes its own opportunity on, so attrition 1 allows at most one hop.
 *
 * Each hop is an interaction on a tie, and makes a follow between the two useful.
 * The recipient is a stranger when it had no tie and no follow (either way) with the
 * originator when the chain started. A hop is over a weak tie when it passes along a
 * tie of strength below `weakTieBelow` (at the moment of the hop) or along a mutual
 * follow without a tie; otherwise over a strong tie (Granovetter 1973).
 *
 * References: S. Milgram, "The small-world problem", Psychology Today 1(1), 1967;
 * J. Kleinberg, "Navigation in a small world", Nature 406, 2000; P. S. Dodds,
 * R. Muhamad and D. J. Watts, "An experimental study of search in global social
 * networks", Science 301, 2003; M. Granovetter, "The strength of weak ties", 1973.
 */
import type { Rng } from "../../random/streams.js";
import { poisson } from "../../random/draw.js";
import type { ModelState } from "../state.js";
import { interact, strangers } from "../relations.js";
import { searchSorted } from "../follows.js";
import type { OpportunityRecord } from "../../observation.js";
import type { Routing } from "../../scenario/schema.js";

export interface OpportunitiesParams {
  readonly enabled: boolean;
  readonly rate: number;
  readonly routing: Routing;
  readonly trustMin: number;
  /** A tie weaker than this is weak (metrics.weakTieBelow). */
  readonly weakTieBelow: number;
  readonly attrition: number;
  readonly match: number;
  readonly maxHops: number;
}

export function opportunities(state: ModelState, params: OpportunitiesParams, rng: Rng, step: number): OpportunityRecord[] {
  if (!params.enabled) return [];
  const { agents, tallies } = state;
  const K = agents.interests.topics;
  const w = agents.interests.weights;
  const records: OpportunityRecord[] = [];
  const count = poisson(rng, params.rate);
  const chain: number[] = [];
  for (let c = 0; c < count; c++) {
    const originator = Math.floor(rng() * state.n);
    const topic = Math.floor(rng() * K);
    chain.length = 0;
    chain.push(originator);
    let holder = originator;
    let hops = 0;
    let weakHops = 0;
    let outcome: OpportunityRecord["outcome"];
    for (;;) {
      const next = nextHop(state, holder, topic, params, chain);
      if (next < 0) {
        outcome = "dead-end";
        break;
      }
      const slot = state.ties.find(holder, next);
      if (slot < 0 || (state.ties.strength[slot] as number) < params.weakTieBelow) weakHops++;
      interact(state, holder, next);
      state.follows.markUseful(holder, next, step);
      state.follows.markUseful(next, holder, step);
      hops++;
      holder = next;
      chain.push(holder);
      if ((w[holder * K + topic] as number) >= params.match) {
        outcome = "taken";
        break;
      }
      if (hops >= params.maxHops) {
        outcome = "max-hops";
        break;
      }
      if (rng() < params.attrition) {
        outcome = "attrition";
        break;
      }
    }
    if (outcome === "taken") {
      const stranger = strangers(state, originator, holder);
      tallies.opportunities[holder] = (tallies.opportunities[holder] as number) + 1;
      tallies.opportunityHops[holder] = (tallies.opportunityHops[holder] as number) + hops;
      tallies.opportunityWeakHops[holder] = (tallies.opportunityWeakHops[holder] as number) + weakHops;
      if (stranger) tallies.opportunitiesFromStrangers[holder] = (tallies.opportunitiesFromStrangers[holder] as number) + 1;
      records.push({
        step,
        originator,
        topic,
        recipient: holder,
        recipientStrategy: state.strategies.names[agents.strategy[holder] as number] as string,
        chainLength: hops,
        weakHops,
        stranger,
        outcome,
      });
    } else {
      records.push({ step, originator, topic, recipient: null, recipientStrategy: null, chainLength: hops, weakHops, stranger: null, outcome });
    }
  }
  return records;
}

/** The contact of h the routing rule picks among those that have not held the opportunity, or −1. */
function nextHop(state: ModelState, h: number, topic: number, params: OpportunitiesParams, chain: readonly number[]): number {
  const { ties, follows } = state;
  const K = state.agents.interests.topics;
  const w = state.agents.interests.weights;
  const gate = params.routing === "trust-gated" ? params.trustMin : -Infinity;
  const byStrength = params.routing === "strength";
  let best = -1;
  let bestScore = -1;
  const consider = (c: number, strength: number) => {
    if (chain.includes(c)) return;
    const score = (w[c * K + topic] as number) * strength;
    if (score > bestScore || (score === bestScore && c < best)) {
      bestScore = score;
      best = c;
    }
  };
  const b = ties.base(h);
  const end = b + (ties.count[h] as number);
  for (let s = b; s < end; s++) {
    if ((ties.trust[s] as number) >= gate) consider(ties.nbr[s] as number, byStrength ? (ties.strength[s] as number) : 1);
  }
  if (byStrength) return best;
  const { outIds, trust, inIds } = follows;
  const ob = follows.outBase(h);
  const len = follows.outLen[h] as number;
  const ib = follows.inBase(h);
  const inLen = follows.inLen[h] as number;
  for (let k = ob; k < ob + len; k++) {
    const c = outIds[k] as number;
    if ((trust[k] as number) < gate || searchSorted(inIds, ib, inLen, c) < 0 || ties.find(h, c) >= 0) continue;
    consider(c, 1);
  }
  return best;
}
