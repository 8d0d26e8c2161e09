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
 * most `attention` of the items delivered to it in a step, at O(1) cost per
 * delivery and O(attention · log(items/attention)) draws. A copy of a post already
 * in an agent's sample (reached by another path) is not taken twice.
 *
 * Reference: K.-H. Li, "Reservoir-sampling algorithms of time complexity
 * O(n(1 + log(N/n)))", ACM TOMS 20(4), 1994.
 */
import type { Rng } from "../random/streams.js";

export class PostTable {
  author = new Int32Array(1024);
  topic = new Int32Array(1024);
  quality = new Float64Array(1024);
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
  post = new Int32Array(256);
  sharer = new Int32Array(256);
  selfish = new Uint8Array(256);
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
  /** Items offered to each agent this step (duplicates of a sampled post excluded while filling). */
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

  /** Offers an item to agent i's inbox. */
  offer(i: number, post: number, sharer: number, selfish: number, rng: Rng): void {
    const a = this.attention;
    const base = i * a;
    const seen = this.seen[i] as number;
    if (seen < a) {
      for (let k = base; k < base + seen; k++) if (this.post[k] === post) return;
      this.post[base + seen] = post;
      this.sharer[base + seen] = sharer;
      this.selfish[base + seen] = selfish;
      this.seen[i] = seen + 1;
      if (seen + 1 === a) {
        const w = Math.exp(Math.log(open(rng)) / a);
        this.w[i] = w;
        this.next[i] = seen + 1 + Math.floor(Math.log(open(rng)) / Math.log(1 - w)) + 1;
      }
      return;
    }
    const index = seen + 1; // 1-based index of this item
    this.seen[i] = index;
    if (index < (this.next[i] as number)) return;
    const slot = base + Math.floor(rng() * a);
    let dup = false;
    for (let k = base; k < base + a; k++) if (this.post[k] === post) dup = true;
    if (!dup) {
      this.post[slot] = post;
      this.sharer[slot] = sharer;
      this.selfish[slot] = selfish;
    }
    const w = (this.w[i] as number) * Math.exp(Math.log(open(rng)) / a);
    this.w[i] = w;
    this.next[i] = index + Math.floor(Math.log(open(rng)) / Math.log(1 - w)) + 1;
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
