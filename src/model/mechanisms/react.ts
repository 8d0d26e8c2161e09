/**
 * Step 3, react (DESIGN §1.5, §1.6): each agent, in activation order, reads the
 * items in its inbox. For each item (post p by author a on topic t, shared by s):
 *
 * - value: relevance = similarity(reader, t) × quality(p) is added to the reader's
 *   value received;
 * - trust: if the item is a self-interested reshare, the reader may detect it
 *   (acts.ts); otherwise trust[reader→s] learns toward the relevance; trust[reader→a]
 *   always does (a post is its author's genuine content). Only existing relations
 *   hold trust. A post sampled twice (two paths) is read once;
 * - ties: reading an item from a tie (author or resharer) is an interaction on it;
 *   reading a followed source with relevance > 0 makes that follow useful now;
 * - if the reader is active: it reshares when its strategy's score (relevance, or the
 *   author's popularity) is ≥ `shareThreshold`, at most `maxSharesPerStep` times a
 *   step; each reshare is self-interested with probability 1 − honesty; and it
 *   follows an author it did not know (no tie, no follow) with probability
 *   `followRate` × its follow score (`value`: the relevance; `popularity`: the
 *   author's popularity), the author then answering (follow-acts.ts).
 *
 * When react is disabled, agents still read (value received counts) but do nothing
 * else with what they read.
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";
import { isActive } from "../state.js";
import { detect, experience, popularity, RELATION_NONE, selfInterested } from "../acts.js";
import { followAndAnswer } from "../follow-acts.js";
import { FOLLOW_VALUE, SHARE_RELEVANCE } from "../strategy-table.js";

export interface ReactParams {
  readonly enabled: boolean;
  readonly followRate: number;
}

export function react(state: ModelState, params: ReactParams, rng: Rng, step: number, order: Int32Array): void {
  const { inbox, posts, agents, strategies, tallies, ties } = state;
  const tieMark = state.scratch.mark;
  const tieSlot = state.scratch.slot;
  const fMark = state.scratch.fmark;
  const fPos = state.scratch.fpos;
  const K = agents.interests.topics;
  const w = agents.interests.weights;
  const followsExist = state.regime.followCap > 0;
  const A = inbox.attention;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const size = inbox.size(i);
    if (size === 0) continue;
    const st = agents.strategy[i] as number;
    const active = params.enabled && isActive(state, i, step);
    tallies.sharesThisStep[i] = 0;
    const base = i * A;
    const visit = ++state.readVisits;
    // i's ties do not change while it reads, and its follows only when it follows
    // someone: index both for O(1) lookups (re-indexing follows after a new follow).
    for (let t = ties.base(i); t < ties.base(i) + (ties.count[i] as number); t++) {
      const j = ties.nbr[t] as number;
      tieMark[j] = visit;
      tieSlot[j] = t;
    }
    let fvisit = ++state.readVisits;
    if (followsExist) indexFollows(state, i, fvisit);
    for (let slot = base; slot < base + size; slot++) {
      const p = inbox.post[slot] as number;
      if (posts.mark[p] === visit) continue; // a post sampled twice is read once
      posts.mark[p] = visit;
      const s = inbox.sharer[slot] as number;
      const a = inbox.author[slot] as number;
      if (a === i) continue; // one's own post coming back in a reshare
      const rel = (w[i * K + (inbox.topic[slot] as number)] as number) * (inbox.quality[slot] as number);
      tallies.valueReceived[i] = (tallies.valueReceived[i] as number) + rel;
      if (!params.enabled) continue;
      if (s !== a) {
        const detected = inbox.selfish[slot] === 1 && detect(state, i, s);
        const fs = fMark[s] === fvisit ? (fPos[s] as number) : -1;
        experience(state, i, s, rel, !detected, step, tieMark[s] === visit ? (tieSlot[s] as number) : -1, fs);
      }
      const fa = fMark[a] === fvisit ? (fPos[a] as number) : -1;
      const relation = experience(state, i, a, rel, true, step, tieMark[a] === visit ? (tieSlot[a] as number) : -1, fa);
      if (!active) continue;
      if ((tallies.sharesThisStep[i] as number) < (strategies.maxSharesPerStep[st] as number)) {
        const score = strategies.share[st] === SHARE_RELEVANCE ? rel : popularity(state, a);
        if (score >= (strategies.shareThreshold[st] as number)) {
          state.next.push(posts, p, i, selfInterested(state, i, rng));
          tallies.reshares[i] = (tallies.reshares[i] as number) + 1;
          tallies.sharesThisStep[i] = (tallies.sharesThisStep[i] as number) + 1;
        }
      }
      if (followsExist && relation === RELATION_NONE) {
        const score = strategies.follow[st] === FOLLOW_VALUE ? rel : popularity(state, a);
        if (rng() < params.followRate * score && followAndAnswer(state, i, a, rng, step)) {
          fvisit = ++state.readVisits;
          indexFollows(state, i, fvisit);
        }
      }
    }
  }
}

/** Marks agent i's followees with their positions in its follow list. */
function indexFollows(state: ModelState, i: number, stamp: number): void {
  const out = state.follows.out[i] as Int32Array;
  const len = state.follows.outLen[i] as number;
  const { fmark, fpos } = state.scratch;
  for (let k = 0; k < len; k++) {
    const j = out[k] as number;
    fmark[j] = stamp;
    fpos[j] = k;
  }
}
