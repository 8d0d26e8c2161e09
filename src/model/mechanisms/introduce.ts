/**
 * Step 4, introduce (docs/ODD.md §3 Process overview): triadic closure through a trusted broker.
 *
 * With probability `introRate` an active agent i asks a tie j, drawn uniformly among
 * its ties with trust[i→j] ≥ `introTrustMin`. The request is an interaction on i–j
 * and an act: self-interested with probability 1 − honesty (an intro request without
 * trust), which j may detect (cutting trust[j→i] before it decides). j proposes its
 * tie k most similar to i that is not i and not already i's tie (ties to the lowest
 * id), and agrees if trust[j→i] ≥ `grantTrust`. The new tie starts with strength
 * `maintain.newTieStrength` and transitive, discounted trust on each side:
 * trust[i→k] = trust[i→j]·trust[j→k] and trust[k→i] = trust[k→j]·trust[j→i]
 * (the second is this model's symmetric reading of the founding formula).
 *
 * References: M. O. Jackson and B. W. Rogers, "Meeting strangers and friends of
 * friends: how random are social networks?", American Economic Review 97(3), 2007;
 * M. Granovetter, "The strength of weak ties", AJS 78(6), 1973.
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";
import { isActive } from "../state.js";
import { similarity } from "../interests.js";
import { formTie, interact, trustIn } from "../relations.js";
import { detect, selfInterested } from "../acts.js";
import { ORIGIN_INTRODUCTION } from "../ties.js";

export interface IntroduceParams {
  readonly enabled: boolean;
  readonly grantTrust: number;
  readonly newTieStrength: number;
}

export function introduce(state: ModelState, params: IntroduceParams, rng: Rng, step: number, order: Int32Array): void {
  if (!params.enabled) return;
  const { ties, agents, strategies } = state;
  for (let o = 0; o < order.length; o++) {
    const i = order[o] as number;
    if (!isActive(state, i, step)) continue;
    const st = agents.strategy[i] as number;
    if (!(rng() < (strategies.introRate[st] as number))) continue;
    const min = strategies.introTrustMin[st] as number;
    const b = ties.base(i);
    const end = b + (ties.count[i] as number);
    let eligible = 0;
    for (let s = b; s < end; s++) if ((ties.trust[s] as number) >= min) eligible++;
    if (eligible === 0) continue;
    let pick = Math.floor(rng() * eligible);
    let j = -1;
    for (let s = b; s < end; s++) {
      if ((ties.trust[s] as number) >= min && pick-- === 0) {
        j = ties.nbr[s] as number;
        break;
      }
    }
    const selfish = selfInterested(state, i, rng);
    if (selfish) detect(state, j, i);
    interact(state, i, j);
    let k = -1;
    let best = -1;
    const bj = ties.base(j);
    const ej = bj + (ties.count[j] as number);
    for (let s = bj; s < ej; s++) {
      const c = ties.nbr[s] as number;
      if (c === i || ties.has(i, c)) continue;
      const sim = similarity(agents.interests, i, c);
      if (sim > best) {
        best = sim;
        k = c;
      }
    }
    if (k < 0) continue;
    const tji = trustIn(state, j, i);
    if (tji < params.grantTrust) continue;
    const tij = trustIn(state, i, j);
    const tjk = trustIn(state, j, k);
    const tkj = trustIn(state, k, j);
    formTie(state, i, k, params.newTieStrength, tij * tjk, tkj * tji, ORIGIN_INTRODUCTION);
  }
}
