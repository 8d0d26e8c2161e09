/**
 * Acts and what they do to trust (docs/ODD.md §7 Submodels: trust), shared by every mechanism that acts:
 * learning from value experienced, the honesty draw that makes an act genuine or
 * self-interested, and detection of self-interested acts.
 *
 * References: M. A. Nowak and K. Sigmund, "Evolution of indirect reciprocity by image
 * scoring", Nature 393:573–577, 1998 (reputation from observed acts, spread by
 * others' reports).
 */
import type { Rng } from "../random/streams.js";
import type { ModelState } from "./state.js";
import { clampUnit, scaleTrust, setTrust, trustIn } from "./relations.js";

/**
 * Reading genuine content from j moves trust[i→j] toward the value experienced:
 * t ← t + η(value − t). Only where i holds a trust in j (a tie or a follow).
 */
export function learn(state: ModelState, i: number, j: number, value: number): void {
  if (!state.trust.enabled || state.trust.learningRate === 0) return;
  const t = trustIn(state, i, j);
  if (t < 0) return;
  setTrust(state, i, j, t + state.trust.learningRate * (value - t));
}

/**
 * Whether agent i's next act is self-interested (probability 1 − its honesty). Always
 * draws exactly once from the acting mechanism's stream.
 */
export function selfInterested(state: ModelState, i: number, rng: Rng): boolean {
  return rng() >= (state.agents.honesty[i] as number);
}

/**
 * The agent `touched` by a self-interested act of `actor` detects it with probability
 * `trust.detection`. On detection its trust in the actor is cut, t ← t(1 − penalty),
 * the actor's detection count rises and the detection is logged for gossip.
 * @returns whether the act was detected
 */
export function detect(state: ModelState, touched: number, actor: number): boolean {
  if (!detectionDrawn(state)) return false;
  scaleTrust(state, touched, actor, 1 - state.trust.penalty);
  logDetection(state, touched, actor);
  return true;
}

/**
 * detect() for a `touched` agent whose relation to the actor the caller has looked
 * up: the slot of actor in touched's tie block and its position in touched's follows
 * (−1 for none), where the trust to cut is stored.
 */
export function detectAt(state: ModelState, touched: number, actor: number, tieSlot: number, followPos: number): boolean {
  if (!detectionDrawn(state)) return false;
  const cut = 1 - state.trust.penalty;
  if (tieSlot >= 0) state.ties.trust[tieSlot] = clampUnit((state.ties.trust[tieSlot] as number) * cut);
  else if (followPos >= 0) {
    const tr = state.follows.trust;
    const x = state.follows.outBase(touched) + followPos;
    tr[x] = clampUnit((tr[x] as number) * cut);
  }
  logDetection(state, touched, actor);
  return true;
}

/** Whether a self-interested act is detected: one draw, only while detection is on. */
function detectionDrawn(state: ModelState): boolean {
  const rules = state.trust;
  return rules.enabled && rules.detection !== 0 && state.detectRng() < rules.detection;
}

/** Counts a detection against the actor, makes it known to the detector and logs it for gossip. */
function logDetection(state: ModelState, touched: number, actor: number): void {
  state.tallies.detections[actor] = (state.tallies.detections[actor] as number) + 1;
  state.exposure.learn(touched, actor);
  state.detections.push(touched, actor);
}

/**
 * An author's popularity in [0, 1]: F / (F + F̄), F its followers and F̄ the mean
 * follower count (0 when nobody has followers). Half-way at the mean; follower
 * counts enter sharing and following decisions only, never trust.
 */
export function popularity(state: ModelState, j: number): number {
  const f = state.follows.inLen[j] as number;
  if (f === 0) return 0;
  const mean = state.follows.total / state.n;
  return f / (f + mean);
}

/**
 * Agent i reads an item from j (its author or resharer), worth `value` to i: trust[i→j]
 * learns toward the value at rate `eta` (0: no learning); a tie with j records an
 * interaction; a follow of j becomes useful now when the value is positive. The caller
 * has looked j up (this runs for every item read, so it takes no search of its own).
 * @param eta - the learning rate if this item teaches trust (trust rules enabled, content genuine), else 0
 * @param tieSlot - the slot of j in i's tie block, −1 without a tie
 * @param followPos - the position of j in i's follows, −1 if i does not follow j
 * @returns RELATION_NONE, RELATION_TIE or RELATION_FOLLOW (i follows j, no tie)
 */
export function experience(state: ModelState, i: number, value: number, eta: number, step: number, tieSlot: number, followPos: number): number {
  if (tieSlot >= 0) {
    const ties = state.ties;
    if (eta > 0) {
      const t = ties.trust[tieSlot] as number;
      ties.trust[tieSlot] = clampUnit(t + eta * (value - t));
    }
    if ((ties.touches[tieSlot] as number) < 65535) ties.touches[tieSlot] = (ties.touches[tieSlot] as number) + 1;
    if (value > 0 && followPos >= 0) state.follows.useful[state.follows.outBase(i) + followPos] = step;
    return RELATION_TIE;
  }
  if (followPos < 0) return RELATION_NONE;
  if (eta > 0) {
    const tr = state.follows.trust;
    const x = state.follows.outBase(i) + followPos;
    const t = tr[x] as number;
    tr[x] = clampUnit(t + eta * (value - t));
  }
  if (value > 0) state.follows.useful[state.follows.outBase(i) + followPos] = step;
  return RELATION_FOLLOW;
}


export const RELATION_NONE = 0;
export const RELATION_TIE = 1;
export const RELATION_FOLLOW = 2;
