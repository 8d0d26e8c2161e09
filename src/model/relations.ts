/**
 * Creating, reading and ending relations, with the caps enforced at the moment a
 * relation is made, so no mechanism ever leaves an agent above its Dunbar capacity
 * or its follow cap, even mid-step.
 *
 * Trust storage (this model's choice): there is one trust[i→j] per ordered pair.
 * While i and j have a tie it lives on the tie; otherwise, if i follows j, on i's
 * follow entry. A new tie starts from the follow trust where one exists (trust
 * learned online carries over to the offline tie) and a dissolved tie hands its
 * trust back to a follow entry that outlives it.
 */
import type { ModelState } from "./state.js";
import type { TieStore } from "./ties.js";

/** trust[i→j], or −1 when i has neither a tie with j nor follows j. */
export function trustIn(state: ModelState, i: number, j: number): number {
  const slot = state.ties.find(i, j);
  if (slot >= 0) return state.ties.trust[slot] as number;
  const pos = state.follows.findOut(i, j);
  return pos >= 0 ? (state.follows.trust[state.follows.outBase(i) + pos] as number) : -1;
}

/** Sets trust[i→j] (clamped to [0, 1]) where it is stored; no-op without a relation. */
export function setTrust(state: ModelState, i: number, j: number, value: number): void {
  const v = value < 0 ? 0 : value > 1 ? 1 : value;
  const slot = state.ties.find(i, j);
  if (slot >= 0) {
    state.ties.trust[slot] = v;
    return;
  }
  const pos = state.follows.findOut(i, j);
  if (pos >= 0) state.follows.trust[state.follows.outBase(i) + pos] = v;
}

/**
 * Multiplies trust[i→j] by `factor` (clamped to [0, 1]) where it is stored; no-op
 * without a relation. The same as setTrust(i, j, trustIn(i, j) · factor) when the
 * trust exists, with one lookup instead of two.
 */
export function scaleTrust(state: ModelState, i: number, j: number, factor: number): void {
  const slot = state.ties.find(i, j);
  if (slot >= 0) {
    state.ties.trust[slot] = clampUnit((state.ties.trust[slot] as number) * factor);
    return;
  }
  const pos = state.follows.findOut(i, j);
  if (pos >= 0) {
    const tr = state.follows.trust;
    const x = state.follows.outBase(i) + pos;
    tr[x] = clampUnit((tr[x] as number) * factor);
  }
}

/** Whether i and j are strangers: no tie and no follow either way. */
export function strangers(state: ModelState, i: number, j: number): boolean {
  return !state.ties.has(i, j) && !state.follows.follows(i, j) && !state.follows.follows(j, i);
}

/**
 * Whether agent i can take a new tie of strength s: it has room, or its weakest tie
 * is strictly weaker than s (that tie then gives way, as maintain would drop it).
 */
function roomFor(state: ModelState, i: number, s: number): boolean {
  const ties = state.ties;
  if (!ties.full(i)) return true;
  if (ties.capacity === 0) return false;
  return (ties.strength[ties.weakest(i)] as number) < s;
}

/**
 * Creates the tie {i, j} with strength s and trusts tij = trust[i→j], tji = trust[j→i]
 * (each replaced by the follow trust where that side already follows the other).
 * An agent at capacity drops its weakest tie to make room if that tie is weaker than
 * the new one, otherwise the tie is not made.
 * @returns whether the tie now exists as a new tie
 */
export function formTie(state: ModelState, i: number, j: number, s: number, tij: number, tji: number, origin: number): boolean {
  const ties = state.ties;
  if (i === j || ties.has(i, j)) return false;
  if (!roomFor(state, i, s) || !roomFor(state, j, s)) return false;
  if (ties.full(i)) dissolveTie(state, i, ties.nbr[ties.weakest(i)] as number);
  if (ties.full(j)) dissolveTie(state, j, ties.nbr[ties.weakest(j)] as number);
  const fi = state.follows.findOut(i, j);
  const fj = state.follows.findOut(j, i);
  const ti = fi >= 0 ? (state.follows.trust[state.follows.outBase(i) + fi] as number) : tij;
  const tj = fj >= 0 ? (state.follows.trust[state.follows.outBase(j) + fj] as number) : tji;
  ties.insertSide(i, j, s, clampUnit(ti), origin);
  ties.insertSide(j, i, s, clampUnit(tj), origin);
  return true;
}

/** Ends the tie {i, j}, handing each side's trust back to a follow entry that outlives it. */
export function dissolveTie(state: ModelState, i: number, j: number): void {
  const ties = state.ties;
  const a = ties.find(i, j);
  if (a < 0) return;
  carryTrust(state, i, j, ties.trust[a] as number);
  ties.removeSide(i, a);
  const b = ties.find(j, i);
  carryTrust(state, j, i, ties.trust[b] as number);
  ties.removeSide(j, b);
}

function carryTrust(state: ModelState, i: number, j: number, t: number): void {
  const pos = state.follows.findOut(i, j);
  if (pos >= 0) state.follows.trust[state.follows.outBase(i) + pos] = t;
}

/**
 * Records an interaction on the tie {i, j} (maintain reinforces it); no-op without a
 * tie. Counted on i's side only; maintain adds both sides' counts.
 */
export function interact(state: ModelState, i: number, j: number): void {
  const ties = state.ties;
  const a = ties.find(i, j);
  if (a >= 0 && (ties.touches[a] as number) < 65535) ties.touches[a] = (ties.touches[a] as number) + 1;
}

/**
 * i starts following j with trust t. At the follow cap, i first unfollows the
 * followee least recently useful to it (the rule maintain applies), so the cap is
 * never exceeded. No follow exists when the cap is 0 (dunbar regime).
 * @returns whether the follow was made
 */
export function follow(state: ModelState, i: number, j: number, t: number, step: number): boolean {
  if (i === j || state.follows.follows(i, j)) return false;
  return followAnew(state, i, j, t, step);
}

/** follow() for a j ≠ i that the caller knows i does not follow. */
export function followAnew(state: ModelState, i: number, j: number, t: number, step: number): boolean {
  const cap = state.regime.followCap;
  const f = state.follows;
  if (cap === 0) return false;
  if ((f.outLen[i] as number) >= cap) {
    f.remove(i, f.leastUseful(i));
    state.tallies.unfollows[i] = (state.tallies.unfollows[i] as number) + 1;
    state.tallies.unfollowsThisStep++;
  }
  f.add(i, j, clampUnit(t), step);
  return true;
}

/** v clamped to [0, 1]: the range of every trust and strength. */
export function clampUnit(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/**
 * Mean trust each agent's ties place in it (NaN without ties), from one pass over the
 * ties (TieStore.mirrorsAndBack) instead of a search per tie.
 */
export function trustReceivedAll(state: ModelState): Float64Array {
  const ties = state.ties;
  const { back } = ties.mirrorsAndBack();
  const out = new Float64Array(state.n);
  for (let i = 0; i < state.n; i++) out[i] = meanTrustReceived(ties, back, i);
  return out;
}

/**
 * Mean trust agent i's ties place in it (NaN without ties), from `back` of
 * TieStore.mirrorsAndBack: its block's back trusts, summed in neighbour id order.
 */
export function meanTrustReceived(ties: TieStore, back: Float64Array, i: number): number {
  const b = ties.base(i);
  const c = ties.count[i] as number;
  let sum = 0;
  for (let s = b; s < b + c; s++) sum += back[s] as number;
  return sum / c;
}
