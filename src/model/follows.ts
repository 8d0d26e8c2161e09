/**
 * The follow layer (docs/ODD.md §2 Entities): directed, cheap attention edges. i follows j means
 * i sees j's posts (and j's reshares when reshares reach followers).
 *
 * Storage: per agent, a sorted growable Int32Array of the agents it follows (with,
 * per entry, the last step the follow was useful and the trust i places in j while
 * they have no tie), and a sorted array of its followers. Arrays are allocated on
 * first use and doubled when full, so a run of 10^5 mostly-quiet agents costs little.
 * Sorted arrays give binary-search lookups and an id-ordered iteration.
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
