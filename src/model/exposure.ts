/**
 * Who knows of an agent's detected deception (docs/MODEL.md §4 Trust): the agents that
 * detected a self-interested act of it themselves, or believed gossip about such a
 * detection. Knowledge is never forgotten. It is recorded only for agents that hold a
 * relation to the actor (a tie, or a follow either way), so the sets stay within the
 * size of the relationship layers.
 *
 * This is the evidence `unmasked` rests on: being unmasked is a fact about detected
 * deception, kept apart from trust lost to low-value content (`distrusted`).
 *
 * Reference: M. A. Nowak and K. Sigmund, "Evolution of indirect reciprocity by image
 * scoring", Nature 393:573–577, 1998 (an image built from observed acts and passed on).
 */
import type { TieStore } from "./ties.js";

export class Exposure {
  private readonly knowers: (Set<number> | undefined)[];
  constructor(n: number) {
    this.knowers = new Array<Set<number> | undefined>(n);
  }

  /** `knower` now knows of a detected self-interested act by `actor`. */
  learn(knower: number, actor: number): void {
    let set = this.knowers[actor];
    if (!set) {
      set = new Set<number>();
      this.knowers[actor] = set;
    }
    set.add(knower);
  }

  /** Whether anyone knows of a detected self-interested act by `actor`. */
  exposed(actor: number): boolean {
    return this.knowers[actor] !== undefined;
  }

  /** Share of i's current ties that know of a detected self-interested act by i (0 without ties). */
  shareOfTies(ties: TieStore, i: number): number {
    const set = this.knowers[i];
    const c = ties.count[i] as number;
    if (!set || c === 0) return 0;
    const b = ties.base(i);
    let k = 0;
    for (let s = b; s < b + c; s++) if (set.has(ties.nbr[s] as number)) k++;
    return k / c;
  }
}
