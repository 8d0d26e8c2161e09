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
 * Storage: per actor, a block of (knower, step) sorted by knower in a block arena
 * (arena.ts), so learning is a binary search and counting the ties that know is one
 * merge with the actor's sorted tie block.
 *
 * Reference: M. A. Nowak and K. Sigmund, "Evolution of indirect reciprocity by image
 * scoring", Nature 393:573–577, 1998 (an image built from observed acts and passed on).
 */
import type { TieStore } from "./ties.js";
import { BlockArena } from "./arena.js";
import { searchSorted } from "./follows.js";

export class Exposure {
  /** Per actor, a block of its knowers sorted by id, each with the last step it learned of a detected self-interested act. */
  private readonly arena: BlockArena;
  private knower!: Int32Array;
  private at!: Int32Array;
  /** The current step (set by the step loop before any mechanism runs). */
  now = 0;
  constructor(n: number) {
    this.arena = new BlockArena(n, [Int32Array, Int32Array], { blockShift: 1, minBlock: 4, maxBlock: Infinity, growth: 1.125, compactAt: 1 / 4 });
    this.readColumns();
  }

  private readColumns(): void {
    [this.knower, this.at] = this.arena.columns as [Int32Array, Int32Array];
  }

  /** `knower` learns, now, of a detected self-interested act by `actor`. */
  learn(knower: number, actor: number): void {
    const arena = this.arena;
    const len = arena.len[actor] as number;
    const found = searchSorted(this.knower, arena.start[actor] as number, len, knower);
    if (found >= 0) {
      this.at[(arena.start[actor] as number) + found] = this.now;
      return;
    }
    const pos = -found - 1;
    if (arena.open(actor, pos)) this.readColumns();
    const b = (arena.start[actor] as number) + pos;
    this.knower[b] = knower;
    this.at[b] = this.now;
  }

  /**
   * How many agents learned of a detected self-interested act by `actor` at step
   * `since` or later; older knowledge is dropped on the way (it can never count again).
   */
  recent(actor: number, since: number): number {
    const arena = this.arena;
    const len = arena.len[actor] as number;
    if (len === 0 || since === -Infinity) return len;
    const b = arena.start[actor] as number;
    const { knower, at } = this;
    let w = b;
    for (let k = b; k < b + len; k++) {
      if ((at[k] as number) < since) continue;
      knower[w] = knower[k] as number;
      at[w++] = at[k] as number;
    }
    arena.len[actor] = w - b;
    return w - b;
  }

  /** How many of i's current ties learned of a detected self-interested act by i at step `since` or later. */
  tiesKnowing(ties: TieStore, i: number, since: number): number {
    const len = this.arena.len[i] as number;
    const c = ties.count[i] as number;
    if (len === 0 || c === 0) return 0;
    // Both lists are sorted by id: one merge.
    const { knower, at } = this;
    let k = this.arena.start[i] as number;
    const kEnd = k + len;
    const b = ties.base(i);
    let count = 0;
    for (let s = b; s < b + c && k < kEnd; s++) {
      const t = ties.nbr[s] as number;
      while (k < kEnd && (knower[k] as number) < t) k++;
      if (k < kEnd && knower[k] === t && (at[k] as number) >= since) count++;
    }
    return count;
  }

  /** Bytes of the knower blocks (docs/MODEL.md §9). */
  bytes(): number {
    return this.arena.bytes();
  }
}
