/**
 * The stable-tie layer (docs/ODD.md §2 Entities): undirected ties, each with a strength in
 * (0, 1] and a directed trust on each side.
 *
 * Storage: every agent owns a block of slots in flat typed arrays (an arena), holding
 * its ties sorted by neighbour id. A tie {i, j} appears in both blocks; the strength
 * is kept equal on both sides, and i's slot holds trust[i→j]. Sorted blocks give
 * binary-search lookup and an iteration order that depends only on who is tied to
 * whom, never on the history of insertions. A block holds at most the Dunbar cap, so
 * an agent can never hold more ties than the cap: the layout itself enforces the
 * invariant.
 *
 * Blocks are sized on demand (arena.ts: 1.5 times the initial ties, then growth by
 * half when full, up to the cap) instead of reserving the cap for everyone: agents
 * hold ~50 of their 150 possible ties, so this keeps a large world's tie slots at
 * about half. A slot number, and a reference to one of the arrays, is valid only until
 * the next insertSide.
 */
import { ModelError } from "../errors.js";
import { BlockArena } from "./arena.js";

/** How a tie came to be (agents.csv counts ties by origin). */
export const TIE_ORIGINS = ["initial", "event", "introduction"] as const;
export type TieOrigin = (typeof TIE_ORIGINS)[number];
export const ORIGIN_INITIAL = 0;
export const ORIGIN_EVENT = 1;
export const ORIGIN_INTRODUCTION = 2;

export class TieStore {
  readonly n: number;
  readonly capacity: number;
  /** Ties per agent. */
  readonly count: Int32Array;
  private readonly arena: BlockArena;
  nbr!: Int32Array;
  strength!: Float64Array;
  /** trust[slot of j in i's block] = trust[i→j]. */
  trust!: Float64Array;
  origin!: Uint8Array;
  /** Interactions on this tie during the current step (maintain turns them into reinforcement). */
  touches!: Uint16Array;
  private mirrorBuf: Int32Array | undefined;
  private cursorBuf: Int32Array | undefined;
  private backBuf: Float64Array | undefined;

  constructor(n: number, capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new ModelError(`tie capacity must be an integer ≥ 0 (capacity = ${capacity})`);
    this.n = n;
    this.capacity = Math.min(capacity, Math.max(n - 1, 0));
    const rules = { blockShift: 1, minBlock: 8, maxBlock: this.capacity, growth: 1.25, compactAt: 1 / 8 };
    this.arena = new BlockArena(n, [Int32Array, Float64Array, Float64Array, Uint8Array, Uint16Array], rules);
    this.count = this.arena.len;
    this.readColumns();
  }

  private readColumns(): void {
    [this.nbr, this.strength, this.trust, this.origin, this.touches] = this.arena.columns as [Int32Array, Float64Array, Float64Array, Uint8Array, Uint16Array];
  }

  /** First slot of agent i's block. */
  base(i: number): number {
    return this.arena.start[i] as number;
  }

  /** The slot of j in i's block, or −1. */
  find(i: number, j: number): number {
    let lo = this.arena.start[i] as number;
    let hi = lo + (this.count[i] as number) - 1;
    const nbr = this.nbr;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = nbr[mid] as number;
      if (v === j) return mid;
      if (v < j) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(i: number, j: number): boolean {
    return this.find(i, j) >= 0;
  }

  /** Whether agent i has room for another tie. */
  full(i: number): boolean {
    return (this.count[i] as number) >= this.capacity;
  }

  /**
   * Lays out empty blocks in id order with room for each agent's first `counts` ties
   * and half as many again (at most the cap): for a store with no ties yet (the
   * initial network reserves what it places, with room to grow).
   */
  layout(counts: Int32Array): void {
    this.arena.layout(counts);
    this.readColumns();
  }

  /** Slots held by blocks (the arena may be larger). */
  slots(): number {
    return this.arena.slots();
  }

  /** Inserts j into i's block (one side only); the caller guarantees absence and room. */
  insertSide(i: number, j: number, strength: number, trust: number, origin: number): void {
    const c = this.count[i] as number;
    let b = this.arena.start[i] as number;
    let k = 0;
    while (k < c && (this.nbr[b + k] as number) < j) k++;
    if (this.arena.open(i, k)) this.readColumns(); // refuses a tie above the cap
    b = this.arena.start[i] as number;
    this.nbr[b + k] = j;
    this.strength[b + k] = strength;
    this.trust[b + k] = trust;
    this.origin[b + k] = origin;
    this.touches[b + k] = 0;
  }

  /** Removes the slot `slot` of agent i's block (one side only). */
  removeSide(i: number, slot: number): void {
    this.arena.close(i, slot - (this.arena.start[i] as number));
  }

  /**
   * The slot of agent i's weakest tie (lowest strength; among equals the highest
   * neighbour id, so the choice is deterministic), or −1 without ties.
   */
  weakest(i: number): number {
    const b = this.arena.start[i] as number;
    const end = b + (this.count[i] as number);
    let best = -1;
    let bestS = Infinity;
    for (let s = b; s < end; s++) {
      const v = this.strength[s] as number;
      if (v <= bestS) {
        bestS = v;
        best = s;
      }
    }
    return best;
  }

  /**
   * mirror[s] = the slot holding the same tie seen from the other side, for every
   * occupied slot s, in one pass over the slots (instead of a binary search per
   * slot): agents are visited in id order and, because a block is sorted by
   * neighbour id, the slots of j's block that point to lower ids are met in the
   * order they are stored, so a cursor per agent finds each. Valid until the ties
   * change; the array is reused by the next call.
   */
  mirrors(): Int32Array {
    return this.mirrorPass(false);
  }

  /**
   * mirrors(), and back[s] = trust[mirror[s]]: the trust the neighbour in slot s
   * places in the block's owner, so that reading it walks the owner's block instead of
   * jumping to each neighbour's. Valid until ties or trust change (a caller that
   * changes trust[s] keeps back[mirror[s]] in step); both arrays are reused.
   */
  mirrorsAndBack(): { mirror: Int32Array; back: Float64Array } {
    const mirror = this.mirrorPass(true);
    return { mirror, back: this.backBuf as Float64Array };
  }

  private mirrorPass(withBack: boolean): Int32Array {
    const { n, count, nbr, trust } = this;
    const start = this.arena.start;
    if (this.mirrorBuf?.length !== nbr.length) this.mirrorBuf = new Int32Array(nbr.length);
    if (withBack && this.backBuf?.length !== nbr.length) this.backBuf = new Float64Array(nbr.length);
    const mirror = this.mirrorBuf;
    const cursor = (this.cursorBuf ??= new Int32Array(n));
    const back = withBack ? (this.backBuf as Float64Array) : null;
    cursor.set(start);
    for (let i = 0; i < n; i++) {
      const b = start[i] as number;
      const end = b + (count[i] as number);
      for (let s = b; s < end; s++) {
        const j = nbr[s] as number;
        if (j < i) continue;
        const o = cursor[j] as number;
        cursor[j] = o + 1;
        mirror[s] = o;
        mirror[o] = s;
        if (back) {
          back[s] = trust[o] as number;
          back[o] = trust[s] as number;
        }
      }
    }
    return mirror;
  }

  /** Total number of undirected ties. */
  edges(): number {
    let m = 0;
    for (let i = 0; i < this.n; i++) m += this.count[i] as number;
    return m / 2;
  }
}
