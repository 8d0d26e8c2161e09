/**
 * Per-agent blocks of slots in flat typed arrays ("columns" side by side), sized on
 * demand: the layout the tie store and the follow store share.
 *
 * Agent i's entries are slots start[i] .. start[i] + len[i] of every column, in a block
 * of room[i] slots. A full block grows by a given share (at least to a given size, at
 * most to a cap) and moves to the end of the arena (its old slots become garbage);
 * when the arena runs out it is compacted in place (the blocks slide down over the
 * garbage) if moved-out blocks fill a given share of it, and grows by a given factor
 * if that leaves too little room. So a slot number, and a reference to a column, is
 * valid only until the next `open`: the stores re-read their columns when it says
 * the arena was rearranged.
 */
import { ModelError } from "../errors.js";

export type Column = Int32Array | Float64Array | Uint8Array | Uint16Array;
type ColumnType = Int32ArrayConstructor | Float64ArrayConstructor | Uint8ArrayConstructor | Uint16ArrayConstructor;

/** How blocks and the arena grow. */
export interface ArenaGrowth {
  /** A full block grows by room >> blockShift (1: by half, 2: by a quarter)… */
  readonly blockShift: number;
  /** …to at least this many slots… */
  readonly minBlock: number;
  /** …and at most this many (a block never holds more). */
  readonly maxBlock: number;
  /** The factor the arena grows by when it runs out. */
  readonly growth: number;
  /** The share of the arena moved-out blocks must fill for a compaction (before any growth). */
  readonly compactAt: number;
}

export class BlockArena {
  readonly n: number;
  /** First slot of each agent's block, its size in slots, and the entries it holds. */
  readonly start: Int32Array;
  readonly room: Int32Array;
  readonly len: Int32Array;
  /** The columns, replaced when the arena grows (a compaction moves slots within them). */
  columns: Column[];
  private readonly types: readonly ColumnType[];
  /** The first slot no block uses, and the slots of blocks that moved out. */
  private top = 0;
  private garbage = 0;

  constructor(
    n: number,
    types: readonly ColumnType[],
    private readonly rules: ArenaGrowth,
  ) {
    this.n = n;
    this.types = types;
    this.start = new Int32Array(n);
    this.room = new Int32Array(n);
    this.len = new Int32Array(n);
    this.columns = types.map((T) => new T(0));
  }

  /** Slots of the arena (blocks, their free room, moved-out blocks and the free end). */
  get size(): number {
    return (this.columns[0] as Column).length;
  }

  /** Slots held by blocks (the arena may be larger). */
  slots(): number {
    return this.top - this.garbage;
  }

  /**
   * Lays out empty blocks in id order, each with room for its agent's first `counts`
   * entries grown once by the block rule, in an arena with room to grow by its
   * factor: for an arena that holds no blocks yet.
   */
  layout(counts: Int32Array): void {
    if (this.top !== 0) throw new ModelError("BlockArena.layout: the arena already holds blocks");
    const { blockShift, minBlock, maxBlock } = this.rules;
    let to = 0;
    for (let i = 0; i < this.n; i++) {
      const c = counts[i] as number;
      const r = Math.min(maxBlock, Math.max(minBlock, c + Math.ceil(c / (1 << blockShift))));
      this.start[i] = to;
      this.room[i] = r;
      to += r;
    }
    this.top = to;
    this.columns = this.types.map((T) => new T(Math.ceil(this.rules.growth * to)));
  }

  /**
   * Opens position `pos` of agent i's block for a new entry: the entries from `pos`
   * move up one slot in every column (the block grows first if full); the caller
   * writes the entry at start[i] + pos. @returns whether the arena was rearranged
   * (compacted or grown): other agents' slots moved, or the columns were replaced
   */
  open(i: number, pos: number): boolean {
    const len = this.len[i] as number;
    const room = this.room[i] as number;
    if (len >= this.rules.maxBlock) throw new ModelError(`agent ${i}'s block already holds the most entries it may (${this.rules.maxBlock})`);
    const rearranged = len === room && this.reserve(i, Math.min(this.rules.maxBlock, Math.max(this.rules.minBlock, room + (room >> this.rules.blockShift))));
    const b = this.start[i] as number;
    if (pos < len) {
      const columns = this.columns;
      for (let k = 0; k < columns.length; k++) (columns[k] as Column).copyWithin(b + pos + 1, b + pos, b + len);
    }
    this.len[i] = len + 1;
    return rearranged;
  }

  /** Closes position `pos` of agent i's block: the entries above it move down one slot. */
  close(i: number, pos: number): void {
    const len = this.len[i] as number;
    const b = this.start[i] as number;
    if (pos + 1 < len) {
      const columns = this.columns;
      for (let k = 0; k < columns.length; k++) (columns[k] as Column).copyWithin(b + pos, b + pos + 1, b + len);
    }
    this.len[i] = len - 1;
  }

  /**
   * Gives agent i's block room for `want` entries, moving it to the arena's end.
   * @returns whether the arena was rearranged to make room
   */
  private reserve(i: number, want: number): boolean {
    const had = this.room[i] as number;
    if (want <= had) return false;
    const rearranged = this.top + want > this.size;
    if (rearranged) this.makeRoom(want);
    const from = this.start[i] as number;
    const to = this.top;
    const c = this.len[i] as number;
    for (const col of this.columns) col.copyWithin(to, from, from + c);
    this.start[i] = to;
    this.room[i] = want;
    this.top = to + want;
    this.garbage += had;
    return rearranged;
  }

  /** Bytes of the columns and the per-agent arrays. */
  bytes(): number {
    let sum = this.start.byteLength + this.room.byteLength + this.len.byteLength;
    for (const col of this.columns) sum += col.byteLength;
    return sum;
  }

  /**
   * Makes room for a block of `need` slots at the end: compacts the arena in place if
   * moved-out blocks fill the share `compactAt` of it, then grows it by its factor if
   * that is still not enough.
   */
  private makeRoom(need: number): void {
    if (this.garbage > 0 && this.garbage >= this.size * this.rules.compactAt) this.compactInPlace();
    if (this.top + need <= this.size) return;
    const size = Math.max(need + this.top, Math.ceil(this.rules.growth * this.size), 1024);
    const columns = this.types.map((T) => new T(size));
    for (let k = 0; k < columns.length; k++) (columns[k] as Column).set((this.columns[k] as Column).subarray(0, this.top));
    this.columns = columns;
  }

  /**
   * Slides every block down over the moved-out ones, in the order the blocks lie in
   * (a block never lands above where it was, so nothing is overwritten before it is
   * copied), without a second arena: blocks that lie side by side move as one run.
   */
  private compactInPlace(): void {
    const order = this.byPosition();
    let to = 0;
    let runFrom = 0;
    let runTo = 0;
    let runSize = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const from = this.start[i] as number;
      const r = this.room[i] as number;
      if (from !== runFrom + runSize) {
        this.slide(runFrom, runTo, runSize);
        runFrom = from;
        runTo = to;
        runSize = 0;
      }
      runSize += r;
      this.start[i] = to;
      to += r;
    }
    this.slide(runFrom, runTo, runSize);
    this.top = to;
    this.garbage = 0;
  }

  /** The agents that have a block, in the order of their first slot (a two-pass radix sort on 16-bit digits). */
  private byPosition(): Int32Array {
    const { n, start, room } = this;
    let m = 0;
    let ids = new Int32Array(n);
    for (let i = 0; i < n; i++) if ((room[i] as number) > 0) ids[m++] = i;
    ids = ids.subarray(0, m);
    let out = new Int32Array(m);
    const counts = new Int32Array(1 << 16);
    for (const shift of [0, 16]) {
      counts.fill(0);
      for (let k = 0; k < m; k++) counts[((start[ids[k] as number] as number) >>> shift) & 0xffff]!++;
      for (let d = 0, sum = 0; d < counts.length; d++) {
        const c = counts[d] as number;
        counts[d] = sum;
        sum += c;
      }
      for (let k = 0; k < m; k++) {
        const i = ids[k] as number;
        out[counts[((start[i] as number) >>> shift) & 0xffff]!++] = i;
      }
      [ids, out] = [out, ids];
    }
    return ids;
  }

  /** Moves `size` slots of every column from `from` down to `to` (to ≤ from; the ranges may overlap). */
  private slide(from: number, to: number, size: number): void {
    if (size === 0 || from === to) return;
    for (const col of this.columns) col.copyWithin(to, from, from + size);
  }
}
