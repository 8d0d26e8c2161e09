/** Deliver: audiences by regime, attention, and a uniform sample of what arrives. */
import { describe, expect, it } from "vitest";
import { bareState } from "../state-helper.js";
import { deliver } from "../../../src/model/mechanisms/deliver.js";
import { follow, formTie } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";
import { stream } from "../../../src/random/streams.js";
import type { ModelState } from "../../../src/model/state.js";

/** A post's fields, as post() would queue them. */
interface Post {
  readonly id: number;
  readonly author: number;
  readonly topic: number;
}
const newPost = (st: ModelState, author: number, topic: number): Post => ({ id: st.postsMade++, author, topic });
const queue = (st: ModelState, p: Post, sharer: number, selfish: boolean) => st.queue.pushItem(p.id, sharer, selfish, p.author, p.topic, 0.5);

describe("deliver", () => {
  it("posts reach ties and followers; reshares reach followers only when reshareReach allows", () => {
    const st = bareState(6); // attention 5, reshares reach followers
    formTie(st, 0, 1, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    follow(st, 2, 0, 0.5, 0);
    const p = newPost(st, 0, 0);
    const q = newPost(st, 5, 0);
    queue(st, p, 0, false); // 0's post
    queue(st, q, 0, true); // 0 reshares 5's post
    deliver(st, { enabled: true }, stream(1, "deliver"));
    expect(st.inbox.seen[1]).toBe(2); // tie: both
    expect(st.inbox.seen[2]).toBe(2); // follower: both (reshareToFollowers)
    expect(st.inbox.seen[3]).toBe(0);
    expect(st.inbox.seen[0]).toBe(0);
    expect(Array.from(st.inbox.selfish.subarray(5, 7))).toEqual([0, 1]);
    expect(st.queue.length).toBe(0);
  });

  it("a followee that is also a tie delivers once, and other followers of it still receive", () => {
    const st = bareState(5);
    formTie(st, 0, 1, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    formTie(st, 0, 3, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    follow(st, 1, 0, 0.5, 0); // 1: tie and follower of 0
    follow(st, 2, 0, 0.5, 0); // 2: follower only, served after 1
    follow(st, 3, 0, 0.5, 0); // 3: tie and follower, served after 2
    follow(st, 4, 0, 0.5, 0);
    follow(st, 4, 3, 0.5, 0); // 4 also follows 3, a tie of 0 (not of 4)
    queue(st, newPost(st, 0, 0), 0, false);
    queue(st, newPost(st, 3, 1), 3, false);
    deliver(st, { enabled: true }, stream(1, "deliver"));
    expect(Array.from(st.inbox.seen)).toEqual([1, 1, 1, 1, 2]);
  });

  it("reads at most `attention` distinct items, uniformly over everything delivered", () => {
    const st = bareState(30); // attention 5
    for (let s = 1; s < 30; s++) formTie(st, 0, s, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    const hits = new Map<number, number>();
    const rng = stream(2, "deliver");
    const rounds = 3000;
    const ids: Post[][] = [];
    for (let s = 0; s < 30; s++) ids.push(s % 3 === 0 ? [newPost(st, s, 0), newPost(st, s, 1)] : [newPost(st, s, 0)]);
    for (let r = 0; r < rounds; r++) {
      // uneven blocks: agents 3, 6, …, 27 post twice: 29 + 9 = 38 items
      for (let s = 1; s < 30; s++) for (const p of ids[s]!) queue(st, p, s, false);
      deliver(st, { enabled: true }, rng);
      expect(st.inbox.seen[0]).toBe(38);
      expect(st.inbox.size(0)).toBe(5);
      const got = Array.from(st.inbox.post.subarray(0, 5));
      expect(new Set(got).size).toBe(5);
      for (const p of got) hits.set(p, (hits.get(p) ?? 0) + 1);
    }
    expect(hits.size).toBe(38);
    const expected = (rounds * 5) / 38;
    const chi2 = [...hits.values()].reduce((s, h) => s + (h - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(69.3); // 37 degrees of freedom, 99.9th percentile
  });

  it("delivers nothing when disabled", () => {
    const st = bareState(3);
    formTie(st, 0, 1, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    queue(st, newPost(st, 0, 0), 0, false);
    deliver(st, { enabled: false }, stream(1, "deliver"));
    expect(st.inbox.seen[1]).toBe(0);
  });
});
