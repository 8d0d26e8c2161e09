/**
 * Step 6, opportunities (docs/ODD.md §3 Process overview): referral chains by greedy decentralized search.
 *
 * Poisson(`rate`) opportunities arise per step — rate = `perAgent` × N, or the old
 * absolute `opportunities.rate` (engine/step.ts) — each at a uniformly drawn originator
 * and on a uniformly drawn topic. The holder (first the originator) passes it to the
 * contact it trusts at least `trustMin` — a tie, or a mutual follow — that is most
 * similar to the topic (its interest weight on it), never to an agent that already
 * held it (ties to the lowest id). The first holder other than the originator whose
 * similarity to the topic is ≥ `match` takes it. Otherwise, after each hop the holder
 * drops out with probability `attrition`, and the opportunity is lost after
 * `maxHops` hops or when no contact qualifies (a dead end). The originator always
 * passes its own opportunity on, so attrition 1 allows at most one hop.
 *
 * Each hop is an interaction on a tie, and makes a follow between the two useful.
 * The recipient is a stranger when it had no tie and no follow (either way) with the
 * originator when the chain started.
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
import type { OpportunityRecord } from "../../engine/observation.js";

export interface OpportunitiesParams {
  readonly enabled: boolean;
  readonly rate: number;
  readonly trustMin: number;
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
    let outcome: OpportunityRecord["outcome"];
    for (;;) {
      const next = bestContact(state, holder, topic, params.trustMin, chain);
      if (next < 0) {
        outcome = "dead-end";
        break;
      }
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
      if (stranger) tallies.opportunitiesFromStrangers[holder] = (tallies.opportunitiesFromStrangers[holder] as number) + 1;
      records.push({
        step,
        originator,
        topic,
        recipient: holder,
        recipientStrategy: state.strategies.names[agents.strategy[holder] as number] as string,
        chainLength: hops,
        stranger,
        outcome,
      });
    } else {
      records.push({ step, originator, topic, recipient: null, recipientStrategy: null, chainLength: hops, stranger: null, outcome });
    }
  }
  return records;
}

/** The trusted contact of h most similar to the topic that has not held the opportunity, or −1. */
function bestContact(state: ModelState, h: number, topic: number, trustMin: number, chain: readonly number[]): number {
  const { ties, follows } = state;
  const K = state.agents.interests.topics;
  const w = state.agents.interests.weights;
  let best = -1;
  let bestScore = -1;
  const consider = (c: number) => {
    if (chain.includes(c)) return;
    const score = w[c * K + topic] as number;
    if (score > bestScore || (score === bestScore && c < best)) {
      bestScore = score;
      best = c;
    }
  };
  const b = ties.base(h);
  const end = b + (ties.count[h] as number);
  for (let s = b; s < end; s++) if ((ties.trust[s] as number) >= trustMin) consider(ties.nbr[s] as number);
  const out = follows.out[h] as Int32Array;
  const trust = follows.trust[h] as Float64Array;
  const len = follows.outLen[h] as number;
  const inn = follows.in_[h] as Int32Array;
  const inLen = follows.inLen[h] as number;
  for (let k = 0; k < len; k++) {
    const c = out[k] as number;
    if ((trust[k] as number) < trustMin || searchSorted(inn, inLen, c) < 0 || ties.find(h, c) >= 0) continue;
    consider(c);
  }
  return best;
}
