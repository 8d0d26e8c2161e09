/**
 * Trust at the end of a step (docs/ODD.md §7 Submodels: trust): gossip, then the verdicts
 * (distrusted, unmasked; verdicts.ts).
 *
 * Learning from value and detection happen when agents read and act (acts.ts). Here
 * each detection of the step (detector d, actor j) is told to each of d's ties t with
 * probability `gossip`, and heard if t trusts d at least `gossipTrustMin`; a told tie that holds a
 * trust in j cuts it: t ← t (1 − gossipPenalty · penalty), and from then on knows of j's
 * detected deception (exposure.ts). Gossip travels one hop.
 * With `gossipOnce`, a detector who detected the same actor several times in the step
 * gossips about it once (at its first detection): what is passed on is the reputation,
 * not each act.
 *
 * The verdicts are measurements, checked even when the trust mechanism is disabled.
 *
 * Reference: Nowak & Sigmund 1998 (image scoring: reputations built from observed
 * acts and passed on by observers).
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";
import { searchSorted } from "../follows.js";
import { clampUnit } from "../relations.js";
import { judge, type VerdictRules } from "../verdicts.js";

export interface TrustParams extends VerdictRules {
  readonly enabled: boolean;
  readonly penalty: number;
  readonly gossip: number;
  readonly gossipPenalty: number;
  readonly gossipTrustMin: number;
  readonly gossipOnce: boolean;
}

export function trust(state: ModelState, params: TrustParams, rng: Rng, step: number): void {
  const { ties, follows, detections } = state;
  // Gossip changes trust, never who is tied or follows whom: one pass gives every
  // tie slot's other side (mirror) and the trust placed in its owner through it
  // (back), which gossip keeps in step with the tie trust it cuts.
  const { mirror, back } = ties.mirrorsAndBack();
  if (params.enabled && params.gossip > 0) {
    const cut = 1 - params.gossipPenalty * params.penalty;
    // Which ties are told: each with probability `gossip`, drawn as geometric gaps
    // between told ties (one draw per told tie instead of one per tie).
    const logMiss = params.gossip < 1 ? Math.log(1 - params.gossip) : -Infinity;
    const told = params.gossipOnce ? new PairSet(detections.length) : null;
    for (let k = 0; k < detections.length; k++) {
      const d = detections.detector[k] as number;
      const j = detections.actor[k] as number;
      if (told !== null && !told.add(d, j)) continue; // d already gossiped about j this step
      const b = ties.base(d);
      const c = ties.count[d] as number;
      const followerBase = follows.inBase(j);
      const followerCount = follows.inLen[j] as number;
      for (let x = gap(rng, logMiss); x < c; x += 1 + gap(rng, logMiss)) {
        const t = ties.nbr[b + x] as number;
        if (t === j || (back[b + x] as number) < params.gossipTrustMin) continue; // back: t's trust in d
        // scaleTrust(t, j, cut), with both lookups made on j's side, which every told
        // tie of this detection shares: t's trust in j is on their tie if there is one
        // (j's slot for t, mirrored), otherwise on t's follow of j if t follows j.
        const js = ties.find(j, t);
        if (js >= 0) {
          const ts = mirror[js] as number;
          const v = clampUnit((ties.trust[ts] as number) * cut);
          ties.trust[ts] = v;
          back[js] = v;
          state.exposure.learn(t, j);
        } else if (followerCount > 0 && searchSorted(follows.inIds, followerBase, followerCount, t) >= 0) {
          const tr = follows.trust;
          const x = follows.outBase(t) + follows.findOut(t, j);
          tr[x] = clampUnit((tr[x] as number) * cut);
          state.exposure.learn(t, j);
        }
      }
    }
  }
  detections.length = 0;
  judge(state, back, params, step);
}

/**
 * A set of (detector, actor) pairs, open addressing over at most `capacity` pairs
 * (load ≤ ½); only membership is asked, so no iteration order can leak into results.
 */
class PairSet {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly mask: number;
  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.a = new Int32Array(size).fill(-1);
    this.b = new Int32Array(size);
    this.mask = size - 1;
  }
  /** Adds (x, y); false if it was already there. */
  add(x: number, y: number): boolean {
    for (let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) >>> 0; ; h++) {
      const s = h & this.mask;
      if (this.a[s] === -1) {
        this.a[s] = x;
        this.b[s] = y;
        return true;
      }
      if (this.a[s] === x && this.b[s] === y) return false;
    }
  }
}

/** Failures before the next success of a Bernoulli(p) sequence, log(1 − p) given (−∞ for p = 1). */
function gap(rng: Rng, logMiss: number): number {
  if (logMiss === -Infinity) return 0;
  return Math.floor(Math.log(1 - rng()) / logMiss);
}
