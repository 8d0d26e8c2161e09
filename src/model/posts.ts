/**
 * Content in flight: the table of posts, the buffer of items waiting to be
 * delivered (the posts of this step and the reshares of the previous one), and the
 * attention-limited inboxes.
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

export class PostTable {
  author: Int32Array = new Int32Array(1024);
  topic: Int32Array = new Int32Array(1024);
  quality: Float64Array = new Float64Array(1024);
  /** Scratch mark per post (react: which reading visit last read it). */
  mark: Int32Array = new Int32Array(1024);
  length = 0;

  add(author: number, topic: number, quality: number): number {
    if (this.length === this.author.length) {
      const cap = this.length * 2;
      this.author = growI(this.author, cap);
      this.topic = growI(this.topic, cap);
      const q = new Float64Array(cap);
      q.set(this.quality);
      this.quality = q;
      this.mark = growI(this.mark, cap);
    }
    const id = this.length++;
    this.author[id] = author;
    this.topic[id] = topic;
    this.quality[id] = quality;
    return id;
  }
}

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

  push(posts: PostTable, post: number, sharer: number, selfish: boolean): void {
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
    this.author[k] = posts.author[post] as number;
    this.topic[k] = posts.topic[post] as number;
    this.quality[k] = posts.quality[post] as number;
  }

  clear(): void {
    this.length = 0;
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

  /** Empties every inbox (start of a step). */
  clear(): void {
    this.seen.fill(0);
  }

  /** Items agent i reads this step. */
  size(i: number): number {
    const s = this.seen[i] as number;
    return s < this.attention ? s : this.attention;
  }

  /** Puts queue item q into agent i's slot k (0 ≤ k < attention). */
  put(i: number, k: number, queue: ItemBuffer, q: number): void {
    const slot = i * this.attention + k;
    this.post[slot] = queue.post[q] as number;
    this.sharer[slot] = queue.sharer[q] as number;
    this.selfish[slot] = queue.selfish[q] as number;
    this.author[slot] = queue.author[q] as number;
    this.topic[slot] = queue.topic[q] as number;
    this.quality[slot] = queue.quality[q] as number;
  }
}

/**
 * A uniform random subset of `k` distinct integers of [0, n), k ≤ n, written sorted
 * ascending into out[0..k) (Floyd's algorithm: exactly k draws).
 *
 * Reference: J. Bentley and R. Floyd, "A sample of brilliance", CACM 30(9), 1987.
 */
export function sampleSorted(rng: Rng, n: number, k: number, out: Int32Array, marks: SampleMarks = new SampleMarks()): void {
  // Membership by stamping the values drawn (instead of scanning the sample).
  const mark = marks.reserve(n);
  const stamp = marks.stamp;
  for (let m = 0, j = n - k; j < n; j++, m++) {
    const t = Math.floor(rng() * (j + 1));
    const v = mark[t] === stamp ? j : t;
    mark[v] = stamp;
    out[m] = v;
  }
  // Insertion sort: k is small (the attention span).
  for (let x = 1; x < k; x++) {
    const v = out[x] as number;
    let y = x - 1;
    while (y >= 0 && (out[y] as number) > v) {
      out[y + 1] = out[y] as number;
      y--;
    }
    out[y + 1] = v;
  }
}

/** Reusable scratch for sampleSorted: a stamp per value of [0, n). */
export class SampleMarks {
  private mark: Int32Array = new Int32Array(0);
  stamp = 0;
  /** A mark array covering [0, n), with a fresh stamp. */
  reserve(n: number): Int32Array {
    if (this.mark.length < n) {
      this.mark = new Int32Array(Math.max(n, 2 * this.mark.length));
      this.stamp = 0;
    }
    this.stamp++;
    return this.mark;
  }
}

function growI(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
