/**
 * The follow layer (docs/ODD.md §2 Entities): directed, cheap attention edges. i follows j means
 * i sees j's posts (and j's reshares when reshares reach followers).
 *
 * Storage: per agent, a sorted growable Int32Array of the agents it follows (with,
 * per entry, the last step the follow was useful and the trust i places in j while
 * they have no tie), and a sorted array of its followers. Arrays are allocated on
 * first use and doubled when full, so a run of 10^5 mostly-quiet agents costs little.
 * Sorted arrays give binary-search lookups and an id-ordered iteration.
 *
 * Unfollowing many follows at once (maintain's unfollow rules) compacts each
 * follower's list in one pass (`removeFlagged`) and fixes the followed agents' follower
 * lists together afterwards (`settleRemovals`), one merge per followed agent instead
 * of a search and a shift per removed follow.
 */

const EMPTY = new Int32Array(0);
const EMPTY_F = new Float64Array(0);

/** Index of v in the first `len` entries of sorted `a`, or −(insertion point) − 1. */
export function searchSorted(a: Int32Array, len: number, v: number): number {
  let lo = 0;
  let hi = len - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = a[mid] as number;
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

export class FollowStore {
  readonly n: number;
  /** out[i][0..outLen[i]): whom i follows, sorted. */
  readonly out: Int32Array[];
  readonly outLen: Int32Array;
  /** Last step at which i's follow of out[i][k] was useful (content read, opportunity passed). */
  readonly useful: Int32Array[];
  /** Trust i places in out[i][k] (used while i and it have no tie). */
  readonly trust: Float64Array[];
  /** in_[j][0..inLen[j]): j's followers, sorted. */
  readonly in_: Int32Array[];
  readonly inLen: Int32Array;
  /** Total follow edges. */
  total = 0;
  /** Follows removed by removeFlagged and not yet taken out of the follower lists: (follower, followee) pairs. */
  private pendingFrom: Int32Array = new Int32Array(0);
  private pendingTo: Int32Array = new Int32Array(0);
  private pending = 0;

  constructor(n: number) {
    this.n = n;
    this.out = new Array<Int32Array>(n).fill(EMPTY);
    this.useful = new Array<Int32Array>(n).fill(EMPTY);
    this.trust = new Array<Float64Array>(n).fill(EMPTY_F);
    this.in_ = new Array<Int32Array>(n).fill(EMPTY);
    this.outLen = new Int32Array(n);
    this.inLen = new Int32Array(n);
  }

  /** Position of j in i's follows, or a negative number. */
  findOut(i: number, j: number): number {
    return searchSorted(this.out[i] as Int32Array, this.outLen[i] as number, j);
  }

  /** Whether i follows j: searched in the shorter of i's follows and j's followers (they agree). */
  follows(i: number, j: number): boolean {
    const outLen = this.outLen[i] as number;
    const inLen = this.inLen[j] as number;
    if (outLen <= inLen) return searchSorted(this.out[i] as Int32Array, outLen, j) >= 0;
    return searchSorted(this.in_[j] as Int32Array, inLen, i) >= 0;
  }

  /** Adds i → j (the caller checks absence, i ≠ j and the cap). */
  add(i: number, j: number, trust: number, step: number): void {
    // out side, with parallel arrays
    let len = this.outLen[i] as number;
    let pos = -searchSorted(this.out[i] as Int32Array, len, j) - 1;
    if (len === (this.out[i] as Int32Array).length) {
      const cap = Math.max(4, len * 2);
      this.out[i] = grow(this.out[i] as Int32Array, cap);
      this.useful[i] = grow(this.useful[i] as Int32Array, cap);
      const t = new Float64Array(cap);
      t.set(this.trust[i] as Float64Array);
      this.trust[i] = t;
    }
    const o = this.out[i] as Int32Array;
    const u = this.useful[i] as Int32Array;
    const tr = this.trust[i] as Float64Array;
    o.copyWithin(pos + 1, pos, len);
    u.copyWithin(pos + 1, pos, len);
    tr.copyWithin(pos + 1, pos, len);
    o[pos] = j;
    u[pos] = step;
    tr[pos] = trust;
    this.outLen[i] = len + 1;
    // in side
    len = this.inLen[j] as number;
    pos = -searchSorted(this.in_[j] as Int32Array, len, i) - 1;
    if (len === (this.in_[j] as Int32Array).length) this.in_[j] = grow(this.in_[j] as Int32Array, Math.max(4, len * 2));
    const inn = this.in_[j] as Int32Array;
    inn.copyWithin(pos + 1, pos, len);
    inn[pos] = i;
    this.inLen[j] = len + 1;
    this.total++;
  }

  /** Removes i → j if present; returns whether it was. */
  remove(i: number, j: number): boolean {
    let len = this.outLen[i] as number;
    const pos = searchSorted(this.out[i] as Int32Array, len, j);
    if (pos < 0) return false;
    (this.out[i] as Int32Array).copyWithin(pos, pos + 1, len);
    (this.useful[i] as Int32Array).copyWithin(pos, pos + 1, len);
    (this.trust[i] as Float64Array).copyWithin(pos, pos + 1, len);
    this.outLen[i] = len - 1;
    len = this.inLen[j] as number;
    const q = searchSorted(this.in_[j] as Int32Array, len, i);
    (this.in_[j] as Int32Array).copyWithin(q, q + 1, len);
    this.inLen[j] = len - 1;
    this.total--;
    return true;
  }

  /**
   * Removes i's follows at the positions k < outLen[i] where drop[k] ≠ 0, keeping the
   * order of the others; returns how many. The removed follows stay in their followed
   * agents' follower lists until settleRemovals(), which must run before anything
   * reads `in_`, `inLen` or calls follows() again.
   */
  removeFlagged(i: number, drop: Uint8Array): number {
    const len = this.outLen[i] as number;
    const o = this.out[i] as Int32Array;
    const u = this.useful[i] as Int32Array;
    const tr = this.trust[i] as Float64Array;
    if (this.pending + len > this.pendingFrom.length) {
      const cap = Math.max(1024, 2 * (this.pending + len));
      this.pendingFrom = grow(this.pendingFrom, cap);
      this.pendingTo = grow(this.pendingTo, cap);
    }
    let w = 0;
    for (let k = 0; k < len; k++) {
      const j = o[k] as number;
      if (drop[k] !== 0) {
        this.pendingFrom[this.pending] = i;
        this.pendingTo[this.pending++] = j;
        continue;
      }
      if (w !== k) {
        o[w] = j;
        u[w] = u[k] as number;
        tr[w] = tr[k] as number;
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
    for (let j = 0; j < this.n; j++) {
      const a = start[j] as number;
      const b = start[j + 1] as number;
      if (a === b) continue;
      const gone = byTo.subarray(a, b);
      if (b - a > 1) gone.sort();
      // Close each gap with one block move (memmove) instead of an element loop: the
      // lists of popular agents are long and lose few followers a step.
      const inn = this.in_[j] as Int32Array;
      const len = this.inLen[j] as number;
      let p = searchSorted(inn, len, gone[0] as number);
      let w = p;
      for (let g = 0; g < gone.length; g++) {
        const next = g + 1 < gone.length ? searchSorted(inn, len, gone[g + 1] as number) : len;
        inn.copyWithin(w, p + 1, next);
        w += next - p - 1;
        p = next;
      }
      this.inLen[j] = w;
    }
  }

  /** Bytes held by this store's typed arrays (capacity, not length; docs/MODEL.md Memory). */
  bytes(): number {
    let sum = this.outLen.byteLength + this.inLen.byteLength + this.pendingFrom.byteLength + this.pendingTo.byteLength;
    for (let i = 0; i < this.n; i++) {
      sum += (this.out[i] as Int32Array).byteLength + (this.useful[i] as Int32Array).byteLength;
      sum += (this.trust[i] as Float64Array).byteLength + (this.in_[i] as Int32Array).byteLength;
    }
    return sum;
  }

  /** The followee of i whose follow was least recently useful (ties to the lowest id), or −1. */
  leastUseful(i: number): number {
    const len = this.outLen[i] as number;
    const u = this.useful[i] as Int32Array;
    let best = -1;
    let bestStep = Infinity;
    for (let k = 0; k < len; k++) {
      const s = u[k] as number;
      if (s < bestStep) {
        bestStep = s;
        best = k;
      }
    }
    return best < 0 ? -1 : ((this.out[i] as Int32Array)[best] as number);
  }

  /** Marks i's follow of j as useful now, if i follows j. */
  markUseful(i: number, j: number, step: number): void {
    const pos = this.findOut(i, j);
    if (pos >= 0) (this.useful[i] as Int32Array)[pos] = step;
  }
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
