/** Post: who posts, on which topic, with what quality, and where the post goes. */
import { describe, expect, it } from "vitest";
import { post } from "../../../src/model/mechanisms/post.js";
import { stream } from "../../../src/random/streams.js";
import { counting, handState, strategyIndex } from "./hand-state.js";

const everyone = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("post", () => {
  it("an agent with postRate 1 posts once a step on its only topic, with its own quality when qualityNoise is 0; postRate 0 never posts", () => {
    const { state, params } = handState({ weights: [[0, 0, 1], [1, 0, 0]], quality: [0.7, 0.4], strategy: ["authentic", "opportunistic"] });
    state.strategies.postRate[strategyIndex(state, "authentic")] = 1;
    state.strategies.postRate[strategyIndex(state, "opportunistic")] = 0;
    const p = { ...params.post, qualityNoise: 0 };
    const rng = stream(1, "post");
    for (let t = 1; t <= 3; t++) post(state, p, rng, t, everyone(2));
    expect(state.queue.length).toBe(3);
    for (let k = 0; k < 3; k++) {
      expect([state.queue.author[k], state.queue.sharer[k], state.queue.topic[k], state.queue.selfish[k]]).toEqual([0, 0, 2, 0]);
      expect(state.queue.quality[k]).toBe(0.7);
    }
    expect(new Set(state.queue.post.subarray(0, 3)).size).toBe(3); // three distinct posts
    expect(Array.from(state.tallies.posts)).toEqual([3, 0]);
  });

  it("the topic is drawn with probability w², here 0.64 and 0.36", () => {
    const { state, params } = handState({ weights: [[0.8, 0.6, 0]] });
    state.strategies.postRate[strategyIndex(state, "authentic")] = 1;
    const rng = stream(2, "post");
    const rounds = 4000;
    for (let t = 1; t <= rounds; t++) post(state, params.post, rng, t, everyone(1));
    const topics = Array.from(state.queue.topic.subarray(0, rounds));
    const share0 = topics.filter((t) => t === 0).length / rounds;
    // binomial sd √(0.64·0.36/4000) ≈ 0.0076: ±0.03 is about 4 sd (seeded, so fixed)
    expect(share0).toBeGreaterThan(0.61);
    expect(share0).toBeLessThan(0.67);
    expect(topics.every((t) => t === 0 || t === 1)).toBe(true);
  });

  it("quality is Normal(author quality, qualityNoise) clipped to [0, 1]", () => {
    const { state, params } = handState({ weights: [[1]], quality: [0.9] });
    state.strategies.postRate[strategyIndex(state, "authentic")] = 1;
    const rng = stream(3, "post");
    const rounds = 2000;
    for (let t = 1; t <= rounds; t++) post(state, { ...params.post, qualityNoise: 0.5 }, rng, t, everyone(1));
    const q = Array.from(state.queue.quality.subarray(0, rounds));
    expect(q.every((x) => x >= 0 && x <= 1)).toBe(true);
    // P(N(0.9, 0.5) > 1) = P(Z > 0.2) ≈ 0.42 of the posts sit exactly at 1; P(< 0) ≈ 0.036 at 0
    const atOne = q.filter((x) => x === 1).length / rounds;
    expect(atOne).toBeGreaterThan(0.38);
    expect(atOne).toBeLessThan(0.46);
    expect(q.filter((x) => x === 0).length).toBeGreaterThan(0);
  });

  it("an agent still in its patience steps, or a disabled mechanism, posts nothing and draws nothing", () => {
    const { state, params } = handState({ weights: [[1], [1]] });
    const s = strategyIndex(state, "authentic");
    state.strategies.postRate[s] = 1;
    state.strategies.patience[s] = 5;
    const c = counting(stream(4, "post"));
    post(state, params.post, c.rng, 5, everyone(2));
    post(state, { ...params.post, enabled: false }, c.rng, 6, everyone(2));
    expect(state.queue.length).toBe(0);
    expect(c.draws()).toBe(0);
    post(state, params.post, c.rng, 6, everyone(2));
    expect(state.queue.length).toBe(2);
    expect(Array.from(state.tallies.posts)).toEqual([1, 1]);
  });

  it("posts join the queue in activation order, after what is already queued", () => {
    const { state, params } = handState({ weights: [[1], [1], [1]] });
    state.strategies.postRate[strategyIndex(state, "authentic")] = 1;
    state.queue.pushItem(99, 1, true, 2, 0, 0.5); // a reshare carried from the previous step
    post(state, params.post, stream(5, "post"), 1, Int32Array.of(2, 0, 1));
    expect(Array.from(state.queue.sharer.subarray(0, 4))).toEqual([1, 2, 0, 1]);
    expect(state.queue.post[0]).toBe(99);
  });
});
