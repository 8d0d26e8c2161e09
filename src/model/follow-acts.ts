/**
 * A follow and its answer, shared by react (following an author met through a
 * reshare) and discovery (following someone found by topic search).
 *
 * - The follower's act is self-interested with probability 1 − honesty (a
 *   follow-for-follow-back); the followed agent may detect it, and then does not
 *   follow back.
 * - A new follow's trust starts at the cosine similarity of the two agents'
 *   interests: what a profile shows before any content has been read (this model's
 *   choice; trust then moves with the content read).
 * - The followed agent, if active, answers by its strategy's `followBack`: always;
 *   never; or `relevance`, following back with probability similarity × the
 *   follower's quality (the value the follower's content would bring). A follow-back
 *   is an act too, detectable by the original follower.
 */
import type { Rng } from "../random/streams.js";
import type { ModelState } from "./state.js";
import { isActive } from "./state.js";
import { similarity } from "./interests.js";
import { followAnew } from "./relations.js";
import { detect, selfInterested } from "./acts.js";
import { BACK_ALWAYS, BACK_RELEVANCE } from "./strategy-table.js";

/** i follows j (the caller has decided it wants to) and j answers. Returns whether i now follows j anew. */
export function followAndAnswer(state: ModelState, i: number, j: number, rng: Rng, step: number): boolean {
  if (i === j || state.ties.has(i, j) || state.follows.follows(i, j)) return false;
  return followStranger(state, i, j, rng, step);
}

/** followAndAnswer for a j ≠ i that the caller knows i neither has a tie with nor follows. */
export function followStranger(state: ModelState, i: number, j: number, rng: Rng, step: number): boolean {
  const selfish = selfInterested(state, i, rng);
  const sim = similarity(state.agents.interests, i, j);
  if (!followAnew(state, i, j, sim, step)) return false;
  const detected = selfish && detect(state, j, i);
  if (detected || !isActive(state, j, step) || state.follows.follows(j, i)) return true;
  const rule = state.strategies.followBack[state.agents.strategy[j] as number] as number;
  let back = false;
  if (rule === BACK_ALWAYS) back = true;
  else if (rule === BACK_RELEVANCE) back = rng() < sim * (state.agents.quality[i] as number);
  if (!back) return true;
  const selfishBack = selfInterested(state, j, rng);
  // j does not follow i (checked above, and nothing followed since).
  if (followAnew(state, j, i, sim, step) && selfishBack) detect(state, i, j);
  return true;
}
