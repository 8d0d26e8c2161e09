/**
 * Per-agent blocks of slots in flat typed arrays ("columns" side by side), sized on
 * demand: the layout the tie store and the follow store share.
 *
 * Agent i's entries are slots start[i] .. start[i] + len[i] of every column, in a block
 * of room[i] slots. A full block grows by a given share (at least to a given size, at
 * most to a cap) and moves to the end of the arena (its old slots become garbage);
 * when the arena runs out it is compacted in id order if moved-out blocks fill a given
 * share of it, otherwise it grows by a given factor. So a slot number, and a
 * reference to a column, is valid only until the next `open`: the stores re-read
 * their columns when it says they were replaced.
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
  /** The share of the arena moved-out blocks must fill for a compaction instead. */
  readonly compactAt: number;
}

export class BlockArena {
  readonly n: number;
  /** First slot of each agent's block, its size in slots, and the entries it holds. */
  readonly start: Int32Array;
  readonly room: Int32Array;
  readonly len: Int32Array;
  /** The columns, replaced when the arena grows or is compacted. */
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
   * writes the entry at start[i] + pos. @returns whether the columns were replaced
   */
  open(i: number, pos: number): boolean {
    const len = this.len[i] as number;
    const room = this.room[i] as number;
    if (len >= this.rules.maxBlock) throw new ModelError(`agent ${i}'s block already holds the most entries it may (${this.rules.maxBlock})`);
    const replaced = len === room && this.reserve(i, Math.min(this.rules.maxBlock, Math.max(this.rules.minBlock, room + (room >> this.rules.blockShift))));
    const b = this.start[i] as number;
    if (pos < len) {
      const columns = this.columns;
      for (let k = 0; k < columns.length; k++) (columns[k] as Column).copyWithin(b + pos + 1, b + pos, b + len);
    }
    this.len[i] = len + 1;
    return replaced;
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
   * @returns whether the columns were replaced
   */
  private reserve(i: number, want: number): boolean {
    const had = this.room[i] as number;
    if (want <= had) return false;
    const replaced = this.top + want > this.size;
    if (replaced) this.makeRoom(want);
    const from = this.start[i] as number;
    const to = this.top;
    const c = this.len[i] as number;
    for (const col of this.columns) col.copyWithin(to, from, from + c);
    this.start[i] = to;
    this.room[i] = want;
    this.top = to + want;
    this.garbage += had;
    return replaced;
  }

  /** Bytes of the columns and the per-agent arrays. */
  bytes(): number {
    let sum = this.start.byteLength + this.room.byteLength + this.len.byteLength;
    for (const col of this.columns) sum += col.byteLength;
    return sum;
  }

  private makeRoom(need: number): void {
    const live = this.top - this.garbage;
    const compact = this.garbage >= this.size * this.rules.compactAt;
    const size = Math.max(need + (compact ? live : this.top), Math.ceil(this.rules.growth * (compact ? live : this.size)), 1024);
    const columns = this.types.map((T) => new T(size));
    if (compact) {
      // Blocks of consecutive ids that lie side by side (most of them: a compaction
      // leaves every block in id order) are copied as one run, room included.
      let to = 0;
      let runFrom = 0;
      let runTo = 0;
      let runSize = 0;
      for (let i = 0; i < this.n; i++) {
        const from = this.start[i] as number;
        const r = this.room[i] as number;
        if (r === 0) {
          this.start[i] = to; // no block: nothing to copy, and no run broken
          continue;
        }
        if (from !== runFrom + runSize) {
          this.copyRun(columns, runFrom, runTo, runSize);
          runFrom = from;
          runTo = to;
          runSize = 0;
        }
        runSize += r;
        this.start[i] = to;
        to += r;
      }
      this.copyRun(columns, runFrom, runTo, runSize);
      this.top = to;
      this.garbage = 0;
    } else {
      for (let k = 0; k < columns.length; k++) (columns[k] as Column).set((this.columns[k] as Column).subarray(0, this.top));
    }
    this.columns = columns;
  }

  /** Copies `size` slots of every column from `from` in the current arena to `to` in `columns`. */
  private copyRun(columns: Column[], from: number, to: number, size: number): void {
    if (size === 0) return;
    for (let k = 0; k < columns.length; k++) (columns[k] as Column).set((this.columns[k] as Column).subarray(from, from + size), to);
  }
}
