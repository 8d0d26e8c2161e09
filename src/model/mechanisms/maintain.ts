/**
 * Step 7, maintain (docs/ODD.md §3 Process overview).
 *
 * For each tie, with c interactions this step (reading each other's items, meetings,
 * introductions, opportunities passed):
 *   c > 0:  s ← 1 − (1 − s)(1 − r)^c     (reinforcement r, applied per interaction)
 *   c = 0:  s ← s (1 − decay)
 * Ties with s < `minStrength` dissolve. An agent above its Dunbar capacity drops its
 * weakest ties, and an agent above its follow cap unfollows the least recently useful
 * followees; the other mechanisms already respect both caps when they create a
 * relation, so these last two rules only act if a cap was lowered. Then agents
 * unfollow what no longer earns its place (unfollow.ts).
 * When maintain is disabled strengths stay as they are and nothing dissolves.
 *
 * References: R. I. M. Dunbar, "Coevolution of neocortical size, group size and
 * language in humans", BBS 16(4), 1993 (the cap); W.-X. Zhou, D. Sornette, R. A. Hill
 * and R. I. M. Dunbar, "Discrete hierarchical organization of social group sizes",
 * Proc. R. Soc. B 272, 2005 (layers by closeness); Granovetter 1973 (tie strength).
 */
import type { ModelState } from "../state.js";
import { dissolveTie } from "../relations.js";
import { unfollow, type UnfollowParams } from "./unfollow.js";

export interface MaintainParams {
  readonly enabled: boolean;
  readonly decay: number;
  readonly reinforcement: number;
  readonly minStrength: number;
  readonly unfollow: UnfollowParams;
}

export function maintain(state: ModelState, params: MaintainParams, step: number): void {
  const { ties, follows } = state;
  if (!params.enabled) {
    ties.touches.fill(0);
    return;
  }
  const doomedA: number[] = [];
  const doomedB: number[] = [];
  // (1 − r)^c for small c, the very values Math.pow gives in the loop below.
  const powers = new Float64Array(POW_TABLE);
  for (let c = 0; c < POW_TABLE; c++) powers[c] = Math.pow(1 - params.reinforcement, c);
  // Ties do not change in this pass: a cursor per agent walks its block's slots that
  // point to lower ids in stored order, giving each tie's other side (TieStore.mirrors).
  const cursor = new Int32Array(state.n);
  for (let i = 0; i < state.n; i++) cursor[i] = ties.base(i);
  for (let i = 0; i < state.n; i++) {
    const b = ties.base(i);
    const end = b + (ties.count[i] as number);
    for (let s = b; s < end; s++) {
      const j = ties.nbr[s] as number;
      if (j < i) continue;
      const other = cursor[j] as number;
      cursor[j] = other + 1;
      const c = (ties.touches[s] as number) + (ties.touches[other] as number);
      // Both sides are read: clear them for the next step (instead of every slot).
      ties.touches[s] = 0;
      ties.touches[other] = 0;
      const old = ties.strength[s] as number;
      const v =
        c > 0 ? 1 - (1 - old) * (c < POW_TABLE ? (powers[c] as number) : Math.pow(1 - params.reinforcement, c)) : old * (1 - params.decay);
      const strength = v > 1 ? 1 : v;
      ties.strength[s] = strength;
      ties.strength[other] = strength;
      if (strength < params.minStrength || strength <= 0) {
        doomedA.push(i);
        doomedB.push(j);
      }
    }
  }
  for (let k = 0; k < doomedA.length; k++) dissolveTie(state, doomedA[k] as number, doomedB[k] as number);
  for (let i = 0; i < state.n; i++) {
    while ((ties.count[i] as number) > ties.capacity) dissolveTie(state, i, ties.nbr[ties.weakest(i)] as number);
  }
  const cap = state.regime.followCap;
  for (let i = 0; i < state.n; i++) {
    while ((follows.outLen[i] as number) > cap) {
      follows.remove(i, follows.leastUseful(i));
      state.tallies.unfollows[i] = (state.tallies.unfollows[i] as number) + 1;
      state.tallies.unfollowsThisStep++;
    }
  }
  state.tallies.unfollowsThisStep += unfollow(state, params.unfollow, step);
}

/** Interaction counts whose reinforcement factor is tabulated once a step. */
const POW_TABLE = 64;
