import { describe, expect, it } from "vitest";
import { Inbox, ItemBuffer } from "../../src/model/posts.js";
import { stream } from "../../src/random/streams.js";

function queueOf(n: number): { queue: ItemBuffer; items: Int32Array } {
  const queue = new ItemBuffer();
  for (let p = 0; p < n; p++) queue.push(p, p % 7, p % 2 === 0);
  return { queue, items: Int32Array.from({ length: n }, (_, k) => k) };
}

describe("Inbox (reservoir sampling over blocks, Algorithm L)", () => {
  it("keeps everything while under attention, with sharer and flag", () => {
    const inbox = new Inbox(2, 5);
    const { queue, items } = queueOf(4);
    inbox.offerBlock(1, queue, items, 0, 4, stream(1, "t"));
    expect(inbox.size(1)).toBe(4);
    expect(inbox.size(0)).toBe(0);
    expect(Array.from(inbox.post.subarray(5, 9))).toEqual([0, 1, 2, 3]);
    expect(Array.from(inbox.sharer.subarray(5, 9))).toEqual([0, 1, 2, 3]);
    expect(Array.from(inbox.selfish.subarray(5, 9))).toEqual([1, 0, 1, 0]);
  });

  it("samples each of N items offered in uneven blocks with probability attention/N (χ² over 6,000 rounds)", () => {
    const A = 5;
    const N = 40;
    const blocks = [1, 3, 7, 2, 11, 4, 12]; // sums to 40
    const inbox = new Inbox(1, A);
    const { queue, items } = queueOf(N);
    const rng = stream(2, "t");
    const hits = new Array<number>(N).fill(0);
    const rounds = 6_000;
    for (let r = 0; r < rounds; r++) {
      inbox.clear();
      let from = 0;
      for (const c of blocks) {
        inbox.offerBlock(0, queue, items, from, c, rng);
        from += c;
      }
      expect(inbox.seen[0]).toBe(N);
      expect(inbox.size(0)).toBe(A);
      const got = new Set(Array.from(inbox.post.subarray(0, A)));
      expect(got.size).toBe(A); // sampled without replacement
      for (const p of got) hits[p]++;
    }
    const expected = (rounds * A) / N;
    const chi2 = hits.reduce((s, h) => s + (h - expected) ** 2 / expected, 0);
    // 39 degrees of freedom: the 99.9th percentile is about 72.1
    expect(chi2).toBeLessThan(72.1);
  });
});
