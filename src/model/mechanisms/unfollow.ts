/**
 * Unfollowing (part of step 7, maintain; docs/MODEL.md "3.7 maintain"): every `every`
 * steps (agent i at the steps t with (t + i) mod every = 0, so that the work is spread
 * evenly over steps) an agent reviews its follows at the end of the step and drops
 * those that no longer earn their place. Agent i drops its follow of j when
 * - j has brought i no value for `window` steps: the follow's last useful step (content
 *   of positive relevance read from j, or an opportunity passed, FollowStore.useful;
 *   the step the follow was made counts as useful) is `window` or more steps ago;
 * - i distrusts j: i's trust in j (on their tie if they have one, else on the follow)
 *   is below `trustMin`;
 * - j is unmasked (`unmasked`: true), the reputation the trust mechanism measures.
 * Follow-backs are follows like any other, so they too end by these rules.
 *
 * References: H. Kwak, H. Chun and S. Moon, "Fragile online relationship: a first look
 * at unfollow dynamics in Twitter", CHI 2011 (unfollows are common and follow a lack of
 * interesting or relevant content); B. Xu, Y. Huang, H. Kwak and N. Contractor,
 * "Structures of broken ties: exploring unfollow behavior on Twitter", CSCW 2013.
 */
import type { ModelState } from "../state.js";

export interface UnfollowParams {
  readonly enabled: boolean;
  /** Steps without value after which a follow is dropped. */
  readonly window: number;
  /** A follow whose trust falls below this is dropped (0: never for trust). */
  readonly trustMin: number;
  /** Whether followers of an unmasked agent drop it. */
  readonly unmasked: boolean;
  /** Steps between an agent's reviews of its follows. */
  readonly every: number;
}

/**
 * Applies the unfollow rules to the follows of the agents reviewing at this step
 * (agents in id order, follows in id order) and returns how many follows were dropped;
 * each follower's tally counts its own.
 */
export function unfollow(state: ModelState, params: UnfollowParams, step: number): number {
  const { follows, ties, tallies } = state;
  if (!params.enabled || follows.total === 0) return 0;
  const unmaskedStep = tallies.unmaskedStep;
  const lastKept = step - params.window; // a follow last useful at or before this is dropped
  let drop = new Uint8Array(64);
  let removed = 0;
  const every = params.every;
  for (let i = (every - (step % every)) % every; i < state.n; i += every) {
    const len = follows.outLen[i] as number;
    if (len === 0) continue;
    if (len > drop.length) drop = new Uint8Array(2 * len);
    const { outIds, useful, trust } = follows;
    const ob = follows.outBase(i);
    // i's ties are sorted by neighbour id like its follows: one merge finds the tie
    // that holds i's trust in a followee it is also tied to.
    let s = ties.base(i);
    const end = s + (ties.count[i] as number);
    let any = false;
    for (let k = 0; k < len; k++) {
      const j = outIds[ob + k] as number;
      while (s < end && (ties.nbr[s] as number) < j) s++;
      const t = s < end && ties.nbr[s] === j ? (ties.trust[s] as number) : (trust[ob + k] as number);
      const gone = (useful[ob + k] as number) <= lastKept || t < params.trustMin || (params.unmasked && (unmaskedStep[j] as number) >= 0);
      drop[k] = gone ? 1 : 0;
      if (gone) any = true;
    }
    if (!any) continue;
    const r = follows.removeFlagged(i, drop);
    tallies.unfollows[i] = (tallies.unfollows[i] as number) + r;
    removed += r;
  }
  follows.settleRemovals();
  return removed;
}
