/**
 * Who knows of an agent's detected deception (docs/MODEL.md §4 Trust): the agents that
 * detected a self-interested act of it themselves, or believed gossip about such a
 * detection, each with the last step it learned of one (`now`, which the step loop
 * sets). It is recorded only for agents that hold a relation to the actor (a tie, or
 * a follow either way), so the maps stay within the size of the relationship layers.
 * A verdict counts knowledge no older than a memory window (verdicts.ts).
 *
 * This is the evidence `unmasked` rests on: being unmasked is a fact about detected
 * deception, kept apart from trust lost to low-value content (`distrusted`).
 *
 * Reference: M. A. Nowak and K. Sigmund, "Evolution of indirect reciprocity by image
 * scoring", Nature 393:573–577, 1998 (an image built from observed acts and passed on).
 */
import type { TieStore } from "./ties.js";

export class Exposure {
  /** Per actor: knower → the last step it learned of a detected self-interested act. */
  private readonly knowers: (Map<number, number> | undefined)[];
  /** The current step (set by the step loop before any mechanism runs). */
  now = 0;
  constructor(n: number) {
    this.knowers = new Array<Map<number, number> | undefined>(n);
  }

  /** `knower` learns, now, of a detected self-interested act by `actor`. */
  learn(knower: number, actor: number): void {
    let known = this.knowers[actor];
    if (!known) {
      known = new Map<number, number>();
      this.knowers[actor] = known;
    }
    known.set(knower, this.now);
  }

  /**
   * How many agents learned of a detected self-interested act by `actor` at step
   * `since` or later; older knowledge is dropped on the way (it can never count again).
   */
  recent(actor: number, since: number): number {
    const known = this.knowers[actor];
    if (!known) return 0;
    if (since > -Infinity) for (const [k, at] of known) if (at < since) known.delete(k);
    return known.size;
  }

  /** How many of i's current ties learned of a detected self-interested act by i at step `since` or later. */
  tiesKnowing(ties: TieStore, i: number, since: number): number {
    const known = this.knowers[i];
    const c = ties.count[i] as number;
    if (!known || c === 0) return 0;
    const b = ties.base(i);
    let k = 0;
    for (let s = b; s < b + c; s++) {
      const at = known.get(ties.nbr[s] as number);
      if (at !== undefined && at >= since) k++;
    }
    return k;
  }
}
