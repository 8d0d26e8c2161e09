/**
 * Step 3, react (docs/ODD.md §3, §7): each agent, in activation order, reads the
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
 *
 * A reader's relation to each author and resharer (its tie slot, its follow position)
 * is found in a scratch index of the reader's ties and follows, or, in worlds above
 * REACT_INDEX_MAX_AGENTS agents, by binary search in its own sorted lists; the
 * answers are the same (test/model/mechanisms/react-lookup.test.ts).
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";
import {
  indexEntry,
  INDEX_FOLLOW_POSITION,
  INDEX_FOLLOW_STAMP,
  INDEX_TIE_SLOT,
  INDEX_TIE_STAMP,
  isActive,
  roomForStamps,
} from "../state.js";
import { detectAt, experience, popularity, RELATION_NONE, selfInterested } from "../acts.js";
import { followStranger } from "../follow-acts.js";
import { insertSorted } from "../sorted.js";
import { FOLLOW_VALUE, SHARE_RELEVANCE } from "../strategy-table.js";

export interface ReactParams {
  readonly enabled: boolean;
  readonly followRate: number;
}

export function react(state: ModelState, params: ReactParams, rng: Rng, step: number, order: Int32Array): void {
  const { inbox, agents, strategies, tallies, ties, follows } = state;
  // Agent j's tie and follow entries for the current reader, at indexEntry(j) (see ModelState.scratch).
  const index = state.scratch.index;
  const K = agents.interests.topics;
  const w = agents.interests.weights;
  const followsExist = state.regime.followCap > 0;
  const eta = state.trust.enabled ? state.trust.learningRate : 0; // on genuine content
  const dedup = new PostSet(inbox.attention);
  // A large world has no index: relations are found by binary search in the reader's
  // own sorted tie block and follows (state.ts, REACT_INDEX_MAX_AGENTS).
  const byIndex = index.length > 0;
  const added = new Int32Array(inbox.attention); // follows made in the current visit, ascending
  let warm = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (k + 1 < order.length) warm += touch(state, order[k + 1] as number);
    const size = inbox.size(i);
    if (size === 0) continue;
    const st = agents.strategy[i] as number;
    const active = params.enabled && isActive(state, i, step);
    const maxShares = strategies.maxSharesPerStep[st] as number;
    const shareByRelevance = strategies.share[st] === SHARE_RELEVANCE;
    const shareThreshold = strategies.shareThreshold[st] as number;
    const followByValue = strategies.follow[st] === FOLLOW_VALUE;
    let shares = 0;
    let value = tallies.valueReceived[i] as number;
    const base = inbox.base(i);
    roomForStamps(state);
    const visit = ++state.readVisits;
    // i's ties do not change while it reads, and its follows only when it follows
    // someone: index both for O(1) lookups. A follow made during the visit is not
    // re-indexed: it is marked with position −1 (found by search), and an entry indexed
    // at position p now sits at p + the number of follows made below it (FollowStore
    // keeps the list sorted by id). An unfollow to make room (the cap) re-indexes all.
    const tb = ties.base(i);
    const tc = ties.count[i] as number;
    if (byIndex) {
      for (let t = tb; t < tb + tc; t++) {
        const x = indexEntry(ties.nbr[t] as number);
        index[x + INDEX_TIE_STAMP] = visit;
        index[x + INDEX_TIE_SLOT] = t;
      }
    }
    let fvisit = ++state.readVisits;
    let nAdded = 0;
    if (followsExist && byIndex) indexFollows(state, i, fvisit);
    dedup.clear();
    for (let slot = base; slot < base + size; slot++) {
      const p = inbox.post[slot] as number;
      if (!dedup.add(p)) continue; // a post sampled twice is read once
      const s = inbox.sharer[slot] as number;
      const a = inbox.author[slot] as number;
      if (a === i) continue; // one's own post coming back in a reshare
      const topic = inbox.topic[slot] as number;
      const quality = inbox.quality[slot] as number;
      const rel = (w[i * K + topic] as number) * quality;
      value += rel;
      if (!params.enabled) continue;
      if (s !== a) {
        const ts = byIndex ? tieSlot(index, s, visit) : ties.find(i, s);
        const fs = !followsExist ? -1 : byIndex ? followPosition(state, i, s, fvisit, added, nAdded) : followSearch(state, i, s);
        const detected = inbox.selfish[slot] === 1 && detectAt(state, i, s, ts, fs);
        experience(state, i, rel, detected ? 0 : eta, step, ts, fs);
      }
      const fa = !followsExist ? -1 : byIndex ? followPosition(state, i, a, fvisit, added, nAdded) : followSearch(state, i, a);
      const ta = byIndex ? tieSlot(index, a, visit) : ties.find(i, a);
      const relation = experience(state, i, rel, eta, step, ta, fa);
      if (!active) continue;
      if (shares < maxShares) {
        const score = shareByRelevance ? rel : popularity(state, a);
        if (score >= shareThreshold) {
          // The item carries its post's author, topic and quality (ItemBuffer).
          state.next.pushItem(p, i, selfInterested(state, i, rng), a, topic, quality);
          tallies.reshares[i] = (tallies.reshares[i] as number) + 1;
          shares++;
        }
      }
      if (followsExist && relation === RELATION_NONE) {
        const score = followByValue ? rel : popularity(state, a);
        if (rng() < params.followRate * score) {
          const before = follows.outLen[i] as number;
          if (followStranger(state, i, a, rng, step) && byIndex) {
            const xa = indexEntry(a);
            if (follows.outLen[i] === before + 1) {
              index[xa + INDEX_FOLLOW_STAMP] = fvisit;
              index[xa + INDEX_FOLLOW_POSITION] = -1;
              insertSorted(added, nAdded++, a);
            } else {
              indexFollows(state, i, (fvisit = ++state.readVisits));
              nAdded = 0;
            }
          }
        }
      }
    }
    tallies.valueReceived[i] = value;
    tallies.sharesThisStep[i] = shares;
  }
  if (warm === -1) state.readVisits++; // never true: keeps the loads of touch() alive
}

/**
 * Loads the first cache line of each of agent i's arrays that its visit reads, a visit
 * ahead: agents are visited in random order, so every one of them is a cache miss,
 * and loading them early lets those misses overlap with the current visit's work.
 */
function touch(state: ModelState, i: number): number {
  const { inbox, ties, follows } = state;
  const slot = inbox.base(i);
  const t = ties.base(i);
  return (
    (inbox.post[slot] as number) +
    (inbox.sharer[slot] as number) +
    (inbox.author[slot] as number) +
    (inbox.topic[slot] as number) +
    (inbox.selfish[slot] as number) +
    (inbox.quality[slot] as number) +
    (ties.nbr[t] as number) +
    (ties.trust[t] as number) +
    (ties.touches[t] as number) +
    (follows.outIds[follows.outBase(i)] ?? 0) +
    (state.agents.interests.weights[i * state.agents.interests.topics] as number)
  );
}

/** The slot of j in the reader's tie block from the index stamped `visit`, or −1. */
function tieSlot(index: Int32Array, j: number, visit: number): number {
  const x = indexEntry(j);
  return index[x + INDEX_TIE_STAMP] === visit ? (index[x + INDEX_TIE_SLOT] as number) : -1;
}

/** The position of j in i's follows as they are now, or −1 (the search path). */
function followSearch(state: ModelState, i: number, j: number): number {
  const p = state.follows.findOut(i, j);
  return p < 0 ? -1 : p;
}

/** Marks agent i's followees with their positions in its follow list. */
function indexFollows(state: ModelState, i: number, stamp: number): void {
  const out = state.follows.outIds;
  const b = state.follows.outBase(i);
  const len = state.follows.outLen[i] as number;
  const index = state.scratch.index;
  for (let k = 0; k < len; k++) {
    const x = indexEntry(out[b + k] as number);
    index[x + INDEX_FOLLOW_STAMP] = stamp;
    index[x + INDEX_FOLLOW_POSITION] = k;
  }
}

/**
 * The position of j in reader i's follows (−1 if i does not follow j), from the index
 * stamped `stamp` and the `nAdded` follows made since, ascending in `added`.
 */
function followPosition(state: ModelState, i: number, j: number, stamp: number, added: Int32Array, nAdded: number): number {
  const index = state.scratch.index;
  const x = indexEntry(j);
  if (index[x + INDEX_FOLLOW_STAMP] !== stamp) return -1;
  const p = index[x + INDEX_FOLLOW_POSITION] as number;
  if (p < 0) return state.follows.findOut(i, j);
  let below = 0;
  while (below < nAdded && (added[below] as number) < j) below++;
  return p + below;
}

/**
 * The posts met in one inbox so far: an open-addressing set over at most `attention`
 * ids, cleared by a new stamp, so deduplication touches a few cache lines instead of
 * a mark per post in the ever-growing post table.
 */
class PostSet {
  private readonly keys: Int32Array;
  private readonly stamps: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private stamp = 0;
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < 2 * capacity) bits++; // load ≤ ½: probing always ends
    this.keys = new Int32Array(1 << bits);
    this.stamps = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }
  clear(): void {
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }
  /** Adds p; false if it was already there. */
  add(p: number): boolean {
    const { keys, stamps, mask, stamp } = this;
    // Fibonacci hashing: the top bits of p × 2^32/φ.
    for (let h = Math.imul(p, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      if (stamps[h] !== stamp) {
        stamps[h] = stamp;
        keys[h] = p;
        return true;
      }
      if (keys[h] === p) return false;
    }
  }
}
