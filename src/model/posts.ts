/**
 * Content in flight: the table of posts, the buffer of items waiting to be
 * delivered (the posts of this step and the reshares of the previous one), and the
 * attention-limited inboxes.
 *
 * An item is (post, sharer, self-interested?): the sharer is the author for an
 * original post and the resharer for a reshare; the flag marks a self-interested
 * reshare (probability 1 − honesty), which its readers may detect.
 *
 * Inboxes are fixed blocks of `attention` slots per agent filled by reservoir
 * sampling (Li's Algorithm L, 1994): each agent reads a uniform random sample of at
 * most `attention` of the items delivered to it in a step. Items arrive in blocks (all
 * items of one source), and a block is offered in O(1) plus O(accepted items), so
 * delivery costs O(relations) rather than O(items × audience). Every delivery
 * counts, so a post reaching an agent by two paths has two chances to be sampled;
 * react reads a post once however many copies were sampled.
 *
 * Reference: K.-H. Li, "Reservoir-sampling algorithms of time complexity
 * O(n(1 + log(N/n)))", ACM TOMS 20(4), 1994.
 */
import type { Rng } from "../random/streams.js";

export class PostTable {
  author: Int32Array = new Int32Array(1024);
  topic: Int32Array = new Int32Array(1024);
  quality: Float64Array = new Float64Array(1024);
  length = 0;

  add(author: number, topic: number, quality: number): number {
    if (this.length === this.author.length) {
      const cap = this.length * 2;
      this.author = growI(this.author, cap);
      this.topic = growI(this.topic, cap);
      const q = new Float64Array(cap);
      q.set(this.quality);
      this.quality = q;
    }
    const id = this.length++;
    this.author[id] = author;
    this.topic[id] = topic;
    this.quality[id] = quality;
    return id;
  }
}

/** A growable list of items in the order they were made. */
export class ItemBuffer {
  post: Int32Array = new Int32Array(256);
  sharer: Int32Array = new Int32Array(256);
  selfish: Uint8Array = new Uint8Array(256);
  length = 0;

  push(post: number, sharer: number, selfish: boolean): void {
    if (this.length === this.post.length) {
      const cap = this.length * 2;
      this.post = growI(this.post, cap);
      this.sharer = growI(this.sharer, cap);
      const s = new Uint8Array(cap);
      s.set(this.selfish);
      this.selfish = s;
    }
    const k = this.length++;
    this.post[k] = post;
    this.sharer[k] = sharer;
    this.selfish[k] = selfish ? 1 : 0;
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
  /** Items offered to each agent this step. */
  readonly seen: Int32Array;
  /** Algorithm L state: the index of the next item to accept, and W. */
  private readonly next: Float64Array;
  private readonly w: Float64Array;

  constructor(n: number, attention: number) {
    this.n = n;
    this.attention = attention;
    this.post = new Int32Array(n * attention);
    this.sharer = new Int32Array(n * attention);
    this.selfish = new Uint8Array(n * attention);
    this.seen = new Int32Array(n);
    this.next = new Float64Array(n);
    this.w = new Float64Array(n);
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

  /**
   * Offers agent i a block of `count` items, items[from .. from + count) of the
   * delivery queue, as if offered one by one; skipped items cost nothing (Algorithm L
   * jumps straight to the next accepted index).
   */
  offerBlock(i: number, queue: ItemBuffer, items: Int32Array, from: number, count: number, rng: Rng): void {
    const a = this.attention;
    const base = i * a;
    let seen = this.seen[i] as number;
    let k = 0;
    while (k < count && seen < a) {
      const q = items[from + k] as number;
      this.post[base + seen] = queue.post[q] as number;
      this.sharer[base + seen] = queue.sharer[q] as number;
      this.selfish[base + seen] = queue.selfish[q] as number;
      seen++;
      k++;
      if (seen === a) {
        const w = Math.exp(Math.log(open(rng)) / a);
        this.w[i] = w;
        this.next[i] = a + Math.floor(Math.log(open(rng)) / Math.log(1 - w)) + 1;
      }
    }
    if (k < count) {
      const last = seen + (count - k); // 1-based index of the block's last item
      let next = this.next[i] as number;
      let w = this.w[i] as number;
      while (next <= last) {
        const q = items[from + k + (next - seen - 1)] as number;
        const slot = base + Math.floor(rng() * a);
        this.post[slot] = queue.post[q] as number;
        this.sharer[slot] = queue.sharer[q] as number;
        this.selfish[slot] = queue.selfish[q] as number;
        w *= Math.exp(Math.log(open(rng)) / a);
        next += Math.floor(Math.log(open(rng)) / Math.log(1 - w)) + 1;
      }
      this.next[i] = next;
      this.w[i] = w;
      seen = last;
    }
    this.seen[i] = seen;
  }
}

/** A uniform draw in (0, 1). */
function open(rng: Rng): number {
  let u = rng();
  while (u === 0) u = rng();
  return u;
}

function growI(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}
