/**
 * The inner loops of HyperANF (hyperanf.ts) in JavaScript, written over node ranges
 * [lo, hi): a step is a merge phase that writes only [lo, hi) of `next` and a commit
 * phase that writes only [lo, hi) of `cur`. This is the reference kernel: the
 * WebAssembly one (hyperanf.wat) computes the same bytes and doubles, faster, and is
 * tested against it phase by phase. See hyperanf.ts for the method and its references.
 */

/** The arrays of one HyperANF run. */
export interface Counters {
  readonly n: number;
  /** log2 of the registers per counter. */
  readonly b: number;
  readonly offsets: Uint32Array;
  readonly neighbors: Uint32Array;
  /** Registers at step t − 1 (bytes, read as 4 per Int32 word); n × 2^b / 4 words. */
  readonly cur: Int32Array;
  /** Registers being built for step t. */
  readonly next: Int32Array;
  /** changedFlags[p][v] = 1 when v's counter changed at a step of parity p. */
  readonly changedFlags: readonly [Uint8Array, Uint8Array];
  /** Current estimate of each counter. */
  readonly est: Float64Array;
}

/** HyperLogLog's bias constant α_m. */
function alpha(m: number): number {
  if (m === 16) return 0.673;
  if (m === 32) return 0.697;
  if (m === 64) return 0.709;
  return 0.7213 / (1 + 1.079 / m);
}

/** murmur3's 32-bit finaliser: a bijective avalanche mix. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** α_m·m², the numerator of the HyperLogLog estimate for m = 2^b registers. */
export function estimateConstant(b: number): number {
  const m = 1 << b;
  return alpha(m) * m * m;
}

/** Sets every counter to the sketch of {v} under the seeded hash (cur and next equal). */
export function initCounters(c: Counters, seed: number): void {
  const { n, b } = c;
  const m = 1 << b;
  const cur8 = new Uint8Array(c.cur.buffer, c.cur.byteOffset, c.cur.byteLength);
  cur8.fill(0);
  const maxRank = 32 - b + 1;
  for (let v = 0; v < n; v++) {
    const h = fmix32((Math.imul(v ^ seed, 0x9e3779b1) + seed) >>> 0);
    const j = h >>> (32 - b);
    const w = (h << b) >>> 0;
    cur8[v * m + j] = w === 0 ? maxRank : Math.clz32(w) + 1;
  }
  c.next.set(c.cur);
  c.changedFlags[0].fill(1);
  c.changedFlags[1].fill(0);
  estimateRange(c, 0, n, null);
}

const POW2 = Float64Array.from({ length: 64 }, (_, r) => 2 ** -r);

/** HyperLogLog estimate of counter v (with the small- and large-range corrections). */
function estimate(regs: Int32Array, v: number, W: number, m: number, am2: number): number {
  let sum = 0;
  let zeros = 0;
  for (let i = v * W, end = i + W; i < end; i++) {
    const x = regs[i] as number;
    const r0 = x & 0xff;
    const r1 = (x >>> 8) & 0xff;
    const r2 = (x >>> 16) & 0xff;
    const r3 = x >>> 24;
    sum += (POW2[r0] as number) + (POW2[r1] as number) + (POW2[r2] as number) + (POW2[r3] as number);
    zeros += (r0 === 0 ? 1 : 0) + (r1 === 0 ? 1 : 0) + (r2 === 0 ? 1 : 0) + (r3 === 0 ? 1 : 0);
  }
  let e = am2 / sum;
  if (e <= 2.5 * m && zeros > 0) e = m * Math.log(m / zeros);
  else if (e > 2 ** 32 / 30) e = -(2 ** 32) * Math.log(1 - e / 2 ** 32);
  return e;
}

/** Re-estimates the counters of [lo, hi) (only those flagged, when `only` is given). */
function estimateRange(c: Counters, lo: number, hi: number, only: Uint8Array | null): void {
  const m = 1 << c.b;
  const W = m >>> 2;
  const am2 = estimateConstant(c.b);
  for (let v = lo; v < hi; v++) if (only === null || only[v] !== 0) c.est[v] = estimate(c.cur, v, W, m, am2);
}

/**
 * Phase 1 of step t (parity p = t % 2): next[v] = max(next[v], cur[u]) register-wise for
 * every neighbour u whose counter changed at step t − 1; flags the counters of [lo, hi)
 * that changed. Reads any counter of cur, writes only [lo, hi) of next.
 * @returns the number of counters of [lo, hi) that changed
 */
export function mergeRange(c: Counters, parity: number, lo: number, hi: number): number {
  const { offsets, neighbors, cur, next } = c;
  const changed = c.changedFlags[1 - parity] as Uint8Array;
  const nextChanged = c.changedFlags[parity] as Uint8Array;
  const W = (1 << c.b) >>> 2;
  const H = 0x80808080 | 0;
  let changes = 0;
  for (let v = lo; v < hi; v++) {
    const vb = v * W;
    let touched = false;
    for (let i = offsets[v] as number, end = offsets[v + 1] as number; i < end; i++) {
      const u = neighbors[i] as number;
      if (changed[u] === 0) continue;
      touched = true;
      const ub = u * W;
      for (let j = 0; j < W; j++) {
        const a = next[vb + j] as number;
        const x = cur[ub + j] as number;
        if (a === x) continue;
        // Per byte lane: high bit set where a ≥ x (all registers < 128, no borrows).
        const ge = ((((a | H) - x) | 0) & H) >>> 7;
        const mask = Math.imul(ge, 0xff);
        next[vb + j] = (a & mask) | (x & ~mask);
      }
    }
    if (!touched) continue;
    for (let j = 0; j < W; j++) {
      if (next[vb + j] !== cur[vb + j]) {
        nextChanged[v] = 1;
        changes++;
        break;
      }
    }
  }
  return changes;
}

/**
 * Phase 2 of step t: copies the changed counters of [lo, hi) into cur, re-estimates
 * them, and clears [lo, hi) of the previous step's flags (no one reads them any more).
 */
export function commitRange(c: Counters, parity: number, lo: number, hi: number): void {
  const nextChanged = c.changedFlags[parity] as Uint8Array;
  const W = (1 << c.b) >>> 2;
  const { cur, next } = c;
  for (let v = lo; v < hi; v++) {
    if (nextChanged[v] === 0) continue;
    for (let j = v * W, end = j + W; j < end; j++) cur[j] = next[j] as number;
  }
  estimateRange(c, lo, hi, nextChanged);
  (c.changedFlags[1 - parity] as Uint8Array).fill(0, lo, hi);
}
