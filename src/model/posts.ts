/**
 * Content in flight: the buffer of items waiting to be delivered (the posts of this
 * step and the reshares of the previous one), and the attention-limited inboxes.
 * Posts are not kept once made: every item carries its post's id (a counter, for
 * deduplication), author, topic and quality, so memory does not grow with the run.
 *
 * An item is (post, sharer, self-interested?): the sharer is the author for an
 * original post and the resharer for a reshare; the flag marks a self-interested
 * reshare (probability 1 − honesty), which its readers may detect.
 *
 * Inboxes are fixed blocks of `attention` slots per agent: each agent reads a
 * uniform random sample, without replacement, of at most `attention` of the items
 * delivered to it in a step (deliver.ts fills them with `sampleSorted`).
 */
import type { Rng } from "../random/streams.js";
import { insertionSort } from "./sorted.js";

/**
 * A growable list of items in the order they were made. Each item carries a copy of
 * its post's author, topic and quality, so delivery and reading touch step-local
 * arrays instead of the ever-growing post table.
 */
export class ItemBuffer {
  post: Int32Array = new Int32Array(256);
  sharer: Int32Array = new Int32Array(256);
  selfish: Uint8Array = new Uint8Array(256);
  author: Int32Array = new Int32Array(256);
  topic: Int32Array = new Int32Array(256);
  quality: Float64Array = new Float64Array(256);
  length = 0;

  /** Appends an item: post id, sharer, self-interested flag, and the post's author, topic and quality. */
  pushItem(post: number, sharer: number, selfish: boolean, author: number, topic: number, quality: number): void {
    if (this.length === this.post.length) {
      const cap = this.length * 2;
      this.post = growI(this.post, cap);
      this.sharer = growI(this.sharer, cap);
      this.author = growI(this.author, cap);
      this.topic = growI(this.topic, cap);
      const s = new Uint8Array(cap);
      s.set(this.selfish);
      this.selfish = s;
      const q = new Float64Array(cap);
      q.set(this.quality);
      this.quality = q;
    }
    const k = this.length++;
    this.post[k] = post;
    this.sharer[k] = sharer;
    this.selfish[k] = selfish ? 1 : 0;
    this.author[k] = author;
    this.topic[k] = topic;
    this.quality[k] = quality;
  }

  clear(): void {
    this.length = 0;
  }
}

/** Fields of a SourceGroups record (every value is exact as a double). */
const POST = 0;
const SHARER = 1;
const SELFISH = 2;
const AUTHOR = 3;
const TOPIC = 4;
const QUALITY = 5;
const RECORD = 6;

/**
 * A buffer's items grouped by sharer (a counting sort): sharer s's items are the
 * records start[s] .. start[s + 1] − 1, its `originals[s]` original posts first, then
 * its reshares, each in buffer order. Record g is the item's fields side by side,
 * records[RECORD·g + f] for f in POST..QUALITY, so that copying a sampled item into an
 * inbox touches one or two cache lines instead of one per field. The arrays are
 * reused from one step to the next.
 */
export class SourceGroups {
  readonly start: Int32Array;
  /** originals[s]: how many of sharer s's records are original posts (they come first). */
  private readonly originals: Int32Array;
  records: Float64Array = new Float64Array(RECORD * 256);
  private readonly fillOriginal: Int32Array;
  private readonly fillReshare: Int32Array;
  private view: Int32Array | undefined;

  constructor(n: number) {
    this.start = new Int32Array(n + 1);
    this.originals = new Int32Array(n);
    this.fillOriginal = new Int32Array(n);
    this.fillReshare = new Int32Array(n);
  }

  /**
   * What a follower receives from each source s: view[2s] = its first record and
   * view[2s + 1] = how many of its records, all of them when reshares reach followers
   * (`all`), else its original posts only. Valid until the next group(); reused.
   */
  followerView(all: boolean): Int32Array {
    const { start, originals } = this;
    const n = originals.length;
    const view = (this.view ??= new Int32Array(2 * n));
    for (let s = 0; s < n; s++) {
      view[2 * s] = start[s] as number;
      view[2 * s + 1] = all ? (start[s + 1] as number) - (start[s] as number) : (originals[s] as number);
    }
    return view;
  }

  group(buffer: ItemBuffer): void {
    const { start, originals, fillOriginal, fillReshare } = this;
    const n = originals.length;
    start.fill(0);
    originals.fill(0);
    for (let k = 0; k < buffer.length; k++) {
      const s = buffer.sharer[k] as number;
      start[s + 1]!++;
      if (buffer.author[k] === s) originals[s]!++;
    }
    for (let s = 0; s < n; s++) {
      start[s + 1] = (start[s + 1] as number) + (start[s] as number);
      fillOriginal[s] = start[s] as number;
      fillReshare[s] = (start[s] as number) + (originals[s] as number);
    }
    if (this.records.length < RECORD * buffer.length) this.records = new Float64Array(RECORD * Math.max(buffer.length, 2 * (this.records.length / RECORD)));
    const records = this.records;
    for (let k = 0; k < buffer.length; k++) {
      const s = buffer.sharer[k] as number;
      const a = buffer.author[k] as number;
      const r = RECORD * (a === s ? fillOriginal[s]!++ : fillReshare[s]!++);
      records[r + POST] = buffer.post[k] as number;
      records[r + SHARER] = s;
      records[r + SELFISH] = buffer.selfish[k] as number;
      records[r + AUTHOR] = a;
      records[r + TOPIC] = buffer.topic[k] as number;
      records[r + QUALITY] = buffer.quality[k] as number;
    }
  }
}

export class Inbox {
  readonly n: number;
  readonly attention: number;
  readonly post: Int32Array;
  readonly sharer: Int32Array;
  readonly selfish: Uint8Array;
  readonly author: Int32Array;
  readonly topic: Int32Array;
  readonly quality: Float64Array;
  /** Items delivered to each agent this step (it reads at most `attention` of them). */
  readonly seen: Int32Array;

  constructor(n: number, attention: number) {
    this.n = n;
    this.attention = attention;
    this.post = new Int32Array(n * attention);
    this.sharer = new Int32Array(n * attention);
    this.selfish = new Uint8Array(n * attention);
    this.author = new Int32Array(n * attention);
    this.topic = new Int32Array(n * attention);
    this.quality = new Float64Array(n * attention);
    this.seen = new Int32Array(n);
  }

  /** The first slot of agent i's inbox. */
  base(i: number): number {
    return i * this.attention;
  }

  /** Empties every inbox (start of a step). */
  clear(): void {
    this.seen.fill(0);
  }

  /** Items agent i reads this step. */
  size(i: number): number {
    const s = this.seen[i] as number;
    return s < this.attention ? s : this.attention;
  }

  /** Puts record g of `groups` into agent i's slot k (0 ≤ k < attention). */
  put(i: number, k: number, groups: SourceGroups, g: number): void {
    const slot = this.base(i) + k;
    const records = groups.records;
    const r = RECORD * g;
    this.post[slot] = records[r + POST] as number;
    this.sharer[slot] = records[r + SHARER] as number;
    this.selfish[slot] = records[r + SELFISH] as number;
    this.author[slot] = records[r + AUTHOR] as number;
    this.topic[slot] = records[r + TOPIC] as number;
    this.quality[slot] = records[r + QUALITY] as number;
  }
}

/**
 * A uniform random subset of `k` distinct integers of [0, n), k ≤ n, written sorted
 * ascending into out[0..k) (Floyd's algorithm: exactly k draws).
 *
 * Membership and ordering use a bitset over [0, n): the sample is read back in
 * ascending order by scanning its words (clearing them, so the bitset is all zero
 * between calls), unless the bitset is so sparse that sorting the k values is cheaper.
 *
 * Reference: J. Bentley and R. Floyd, "A sample of brilliance", CACM 30(9), 1987.
 */
export function sampleSorted(rng: Rng, n: number, k: number, out: Int32Array, bits: SampleBits = new SampleBits()): void {
  const words = bits.reserve(n);
  for (let m = 0, j = n - k; j < n; j++, m++) {
    const t = Math.floor(rng() * (j + 1));
    const v = ((words[t >>> 5] as number) & (1 << (t & 31))) !== 0 ? j : t;
    words[v >>> 5] = (words[v >>> 5] as number) | (1 << (v & 31));
    out[m] = v;
  }
  if ((n + 31) >>> 5 <= SCAN_WORDS_PER_PICK * k) {
    // Ascending read-back: lowest set bit first within each word.
    for (let w = 0, m = 0; m < k; w++) {
      let b = words[w] as number;
      if (b === 0) continue;
      words[w] = 0;
      while (b !== 0) {
        const low = b & -b;
        out[m++] = (w << 5) + 31 - Math.clz32(low);
        b ^= low;
      }
    }
    return;
  }
  for (let m = 0; m < k; m++) words[(out[m] as number) >>> 5] = 0;
  insertionSort(out, k); // k is small (the attention span)
}

/**
 * Read back by scanning while the bitset has at most this many words per pick: the
 * scan reads ⌈n/32⌉ words, sorting costs about k²/4 moves with a mispredicted branch
 * for each pick.
 */
const SCAN_WORDS_PER_PICK = 16;

/** Reusable scratch for sampleSorted: a bitset over [0, n), all zero between calls. */
export class SampleBits {
  private words: Int32Array = new Int32Array(0);
  /** Zeroed words covering [0, n). */
  reserve(n: number): Int32Array {
    const need = (n + 31) >>> 5;
    if (this.words.length < need) this.words = new Int32Array(Math.max(need, 2 * this.words.length));
    return this.words;
  }
}

function growI(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
