/**
 * The follow layer (docs/ODD.md §2 Entities): directed, cheap attention edges. i follows j means
 * i sees j's posts (and j's reshares when reshares reach followers).
 *
 * Storage: two block arenas (arena.ts). The out side holds, per agent, the sorted
 * ids of the agents it follows (`outIds`) with, per entry, the last step the follow
 * was useful (`useful`) and the trust i places in j while they have no tie (`trust`);
 * the in side holds each agent's followers, sorted (`inIds`). Agent i's k-th follow
 * is at slot outBase(i) + k of the three out columns; a position k stays valid while
 * i's follows do not change, a slot and a column reference only until the next add
 * (a block that grows moves). Blocks start at 4 entries and grow by half, so a run
 * of 10^5 mostly-quiet agents costs little, with no JavaScript object per list.
 * Sorted blocks give binary-search lookups and an id-ordered iteration.
 *
 * Unfollowing many follows at once (maintain's unfollow rules) compacts each
 * follower's list in one pass (`removeFlagged`) and fixes the followed agents' follower
 * lists together afterwards (`settleRemovals`), one merge per followed agent instead
 * of a search and a shift per removed follow.
 */
import { BlockArena } from "./arena.js";

/** Index of v among a[from .. from + len) (sorted), relative to `from`, or −(insertion point) − 1. */
export function searchSorted(a: Int32Array, from: number, len: number, v: number): number {
  let lo = from;
  let hi = from + len - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[mid] as number;
    if (x === v) return mid - from;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -(lo - from) - 1;
}

export class FollowStore {
  readonly n: number;
  private readonly outArena: BlockArena;
  private readonly inArena: BlockArena;
  /** outIds[outBase(i) + k], k < outLen[i]: whom i follows, sorted. */
  outIds!: Int32Array;
  /** Last step at which each follow was useful (content read, opportunity passed), by slot. */
  useful!: Int32Array;
  /** Trust the follower places in the followee (used while they have no tie), by slot. */
  trust!: Float64Array;
  readonly outLen: Int32Array;
  /** inIds[inBase(j) + k], k < inLen[j]: j's followers, sorted. */
  inIds!: Int32Array;
  readonly inLen: Int32Array;
  /** Total follow edges. */
  total = 0;
  /** Follows removed by removeFlagged and not yet taken out of the follower lists: (follower, followee) pairs. */
  private pendingFrom: Int32Array = new Int32Array(0);
  private pendingTo: Int32Array = new Int32Array(0);
  private pending = 0;

  constructor(n: number) {
    this.n = n;
    // Follows are most of a large world's memory: blocks grow by a quarter, the arenas
    // by an eighth, and are compacted in place when moved-out blocks fill a quarter.
    const rules = { blockShift: 2, minBlock: 4, maxBlock: Infinity, growth: 1.125, compactAt: 1 / 4 };
    this.outArena = new BlockArena(n, [Int32Array, Int32Array, Float64Array], rules);
    this.inArena = new BlockArena(n, [Int32Array], rules);
    this.outLen = this.outArena.len;
    this.inLen = this.inArena.len;
    this.readColumns();
  }

  private readColumns(): void {
    [this.outIds, this.useful, this.trust] = this.outArena.columns as [Int32Array, Int32Array, Float64Array];
    this.inIds = this.inArena.columns[0] as Int32Array;
  }

  /** First slot of i's follows. */
  outBase(i: number): number {
    return this.outArena.start[i] as number;
  }

  /** First slot of j's followers. */
  inBase(j: number): number {
    return this.inArena.start[j] as number;
  }

  /** i's follows as a view (valid until the next add; for loops outside the step's hot paths). */
  outOf(i: number): Int32Array {
    const b = this.outArena.start[i] as number;
    return this.outIds.subarray(b, b + (this.outLen[i] as number));
  }

  /** j's followers as a view (valid until the next add or settleRemovals). */
  inOf(j: number): Int32Array {
    const b = this.inArena.start[j] as number;
    return this.inIds.subarray(b, b + (this.inLen[j] as number));
  }

  /** Position of j in i's follows, or a negative number. */
  findOut(i: number, j: number): number {
    return searchSorted(this.outIds, this.outArena.start[i] as number, this.outLen[i] as number, j);
  }

  /** Position of i among j's followers, or a negative number. */
  findIn(j: number, i: number): number {
    return searchSorted(this.inIds, this.inArena.start[j] as number, this.inLen[j] as number, i);
  }

  /** Whether i follows j: searched in the shorter of i's follows and j's followers (they agree). */
  follows(i: number, j: number): boolean {
    if ((this.outLen[i] as number) <= (this.inLen[j] as number)) return this.findOut(i, j) >= 0;
    return this.findIn(j, i) >= 0;
  }

  /** Adds i → j (the caller checks absence, i ≠ j and the cap). */
  add(i: number, j: number, trust: number, step: number): void {
    const pos = -this.findOut(i, j) - 1;
    if (this.outArena.open(i, pos)) this.readColumns();
    const b = this.outBase(i) + pos;
    this.outIds[b] = j;
    this.useful[b] = step;
    this.trust[b] = trust;
    const q = -this.findIn(j, i) - 1;
    if (this.inArena.open(j, q)) this.readColumns();
    this.inIds[this.inBase(j) + q] = i;
    this.total++;
  }

  /** Removes i → j if present; returns whether it was. */
  remove(i: number, j: number): boolean {
    const pos = this.findOut(i, j);
    if (pos < 0) return false;
    this.outArena.close(i, pos);
    this.inArena.close(j, this.findIn(j, i));
    this.total--;
    return true;
  }

  /**
   * Removes i's follows at the positions k < outLen[i] where drop[k] ≠ 0, keeping the
   * order of the others; returns how many. The removed follows stay in their followed
   * agents' follower lists until settleRemovals(), which must run before anything
   * reads the follower lists or calls follows() again.
   */
  removeFlagged(i: number, drop: Uint8Array): number {
    const len = this.outLen[i] as number;
    const b = this.outBase(i);
    const { outIds: o, useful: u, trust: tr } = this;
    if (this.pending + len > this.pendingFrom.length) {
      const cap = Math.max(1024, 2 * (this.pending + len));
      this.pendingFrom = grow(this.pendingFrom, cap);
      this.pendingTo = grow(this.pendingTo, cap);
    }
    let w = 0;
    for (let k = 0; k < len; k++) {
      const j = o[b + k] as number;
      if (drop[k] !== 0) {
        this.pendingFrom[this.pending] = i;
        this.pendingTo[this.pending++] = j;
        continue;
      }
      if (w !== k) {
        o[b + w] = j;
        u[b + w] = u[b + k] as number;
        tr[b + w] = tr[b + k] as number;
      }
      w++;
    }
    this.outLen[i] = w;
    this.total -= len - w;
    return len - w;
  }

  /**
   * Takes the follows removed by removeFlagged out of the follower lists: the pairs are
   * grouped by followed agent (a counting sort), each group sorted by follower, and
   * each follower list compacted in one merge. The result depends only on which
   * follows were removed, not on the order of the calls.
   */
  settleRemovals(): void {
    const m = this.pending;
    if (m === 0) return;
    this.pending = 0;
    const from = this.pendingFrom;
    const to = this.pendingTo;
    const start = new Int32Array(this.n + 1);
    for (let x = 0; x < m; x++) start[(to[x] as number) + 1]!++;
    for (let j = 0; j < this.n; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
    const fill = start.slice(0, this.n);
    const byTo = new Int32Array(m);
    for (let x = 0; x < m; x++) byTo[fill[to[x] as number]!++] = from[x] as number;
    const inn = this.inIds;
    for (let j = 0; j < this.n; j++) {
      const a = start[j] as number;
      const b = start[j + 1] as number;
      if (a === b) continue;
      const gone = byTo.subarray(a, b);
      if (b - a > 1) gone.sort();
      // Close each gap with one block move (memmove) instead of an element loop: the
      // lists of popular agents are long and lose few followers a step.
      const base = this.inBase(j);
      const len = this.inLen[j] as number;
      let p = searchSorted(inn, base, len, gone[0] as number);
      let w = p;
      for (let g = 0; g < gone.length; g++) {
        const next = g + 1 < gone.length ? searchSorted(inn, base, len, gone[g + 1] as number) : len;
        inn.copyWithin(base + w, base + p + 1, base + next);
        w += next - p - 1;
        p = next;
      }
      this.inLen[j] = w;
    }
  }

  /** Bytes held by this store's typed arrays (capacity, not length; docs/MODEL.md Memory). */
  bytes(): number {
    return this.outArena.bytes() + this.inArena.bytes() + this.pendingFrom.byteLength + this.pendingTo.byteLength;
  }

  /** Follow slots held by blocks (out side), and the out arena's size. */
  slots(): { held: number; size: number } {
    return { held: this.outArena.slots(), size: this.outArena.size };
  }

  /** The followee of i whose follow was least recently useful (ties to the lowest id), or −1. */
  leastUseful(i: number): number {
    const len = this.outLen[i] as number;
    const b = this.outBase(i);
    let best = -1;
    let bestStep = Infinity;
    for (let k = 0; k < len; k++) {
      const s = this.useful[b + k] as number;
      if (s < bestStep) {
        bestStep = s;
        best = k;
      }
    }
    return best < 0 ? -1 : (this.outIds[b + best] as number);
  }

  /** Marks i's follow of j as useful now, if i follows j. */
  markUseful(i: number, j: number, step: number): void {
    const pos = this.findOut(i, j);
    if (pos >= 0) this.useful[this.outBase(i) + pos] = step;
  }
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
