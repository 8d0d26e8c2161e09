/**
 * Trust at the end of a step (DESIGN §1.6): gossip, then unmasking.
 *
 * Learning from value and detection happen when agents read and act (acts.ts). Here
 * each detection of the step (detector d, actor j) is told to each of d's ties t with
 * probability `gossip`, and heard if t trusts d at least `gossipTrustMin`; a told tie that holds a
 * trust in j cuts it: t ← t (1 − gossipPenalty · penalty). Gossip travels one hop.
 *
 * An agent is unmasked at the first step where the mean trust its ties place in it
 * falls below `unmasked` (agents without ties are not judged). Unmasking is a
 * measurement and is checked even when the trust mechanism is disabled.
 *
 * Reference: Nowak & Sigmund 1998 (image scoring: reputations built from observed
 * acts and passed on by observers).
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";
import { scaleTrust } from "../relations.js";

export interface TrustParams {
  readonly enabled: boolean;
  readonly penalty: number;
  readonly gossip: number;
  readonly gossipPenalty: number;
  readonly gossipTrustMin: number;
  readonly unmasked: number;
}

export function trust(state: ModelState, params: TrustParams, rng: Rng, step: number): void {
  const { ties, detections, tallies } = state;
  if (params.enabled && params.gossip > 0) {
    const cut = 1 - params.gossipPenalty * params.penalty;
    // Which ties are told: each with probability `gossip`, drawn as geometric gaps
    // between told ties (one draw per told tie instead of one per tie).
    const logMiss = params.gossip < 1 ? Math.log(1 - params.gossip) : -Infinity;
    // Gossip changes trust, never who is tied: one pass gives every tie's other side.
    const mirror = detections.length > 0 ? ties.mirrors() : null;
    for (let k = 0; k < detections.length; k++) {
      const d = detections.detector[k] as number;
      const j = detections.actor[k] as number;
      const b = ties.base(d);
      const c = ties.count[d] as number;
      for (let x = gap(rng, logMiss); x < c; x += 1 + gap(rng, logMiss)) {
        const t = ties.nbr[b + x] as number;
        if (t === j || (ties.trust[(mirror as Int32Array)[b + x] as number] as number) < params.gossipTrustMin) continue;
        scaleTrust(state, t, j, cut);
      }
    }
  }
  detections.length = 0;
  // Trust received, summed in one pass over every tie slot (slot i→j adds to j).
  const received = new Float64Array(state.n);
  for (let i = 0; i < state.n; i++) {
    const b = ties.base(i);
    for (let s = b; s < b + (ties.count[i] as number); s++) {
      const j = ties.nbr[s] as number;
      received[j] = (received[j] as number) + (ties.trust[s] as number);
    }
  }
  for (let i = 0; i < state.n; i++) {
    const c = ties.count[i] as number;
    if ((tallies.unmaskedStep[i] as number) >= 0 || c === 0) continue;
    if ((received[i] as number) / c < params.unmasked) tallies.unmaskedStep[i] = step;
  }
}

/** Failures before the next success of a Bernoulli(p) sequence, log(1 − p) given (−∞ for p = 1). */
function gap(rng: Rng, logMiss: number): number {
  if (logMiss === -Infinity) return 0;
  return Math.floor(Math.log(1 - rng()) / logMiss);
}
