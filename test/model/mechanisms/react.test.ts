/**
 * React: what reading an inbox does — value received, trust learned or cut, interactions,
 * reshares, follows — each counted by hand on a state of three or four agents. Items
 * reach inboxes through the queue and deliver, as in a step.
 */
import { describe, expect, it } from "vitest";
import { react } from "../../../src/model/mechanisms/react.js";
import { deliver } from "../../../src/model/mechanisms/deliver.js";
import { follow, formTie, trustIn } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";
import type { ModelState } from "../../../src/model/state.js";
import type { StepParams } from "../../../src/engine/step.js";
import { stream } from "../../../src/random/streams.js";
import { handState, strategyIndex } from "./hand-state.js";

const order = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** Delivers the queued items and lets everyone read them at step `t`. */
function readAll(state: ModelState, params: StepParams, react_: Partial<StepParams["react"]> = {}, t = 1): void {
  deliver(state, params.deliver, stream(1, "deliver"));
  react(state, { ...params.react, ...react_ }, stream(1, "react"), t, order(state.n));
}

let ids = 0;
/** Queues an item: post `post` (a fresh id unless given) by `author` on `topic` with `quality`, shared by `sharer`. */
function item(state: ModelState, author: number, topic: number, quality: number, sharer: number, selfish: boolean, post = ids++): number {
  state.queue.pushItem(post, sharer, selfish, author, topic, quality);
  return post;
}

/** Agent 0 reads; 1 and 2 are its ties (trust 0.6 both ways); 3 is a stranger to everyone. */
function reader(options: { detection?: number; weights0?: number[] } = {}) {
  const built = handState(
    { weights: [options.weights0 ?? [0.6, 0.8], [1, 0], [1, 0], [1, 0]], quality: [0.5, 1, 1, 1] },
    { mechanisms: { trust: { detection: options.detection ?? 0 } } },
  );
  formTie(built.state, 0, 1, 0.5, 0.6, 0.6, ORIGIN_EVENT);
  formTie(built.state, 0, 2, 0.5, 0.6, 0.6, ORIGIN_EVENT);
  return built;
}

describe("react", () => {
  it("value received is the sum of relevance = reader's weight on the topic × quality; a post met twice counts once, one's own post not at all", () => {
    const { state, params } = reader();
    const p = item(state, 1, 0, 0.5, 1, false); // relevance to 0: 0.6 × 0.5 = 0.3
    item(state, 1, 1, 1.0, 1, false); // 0.8 × 1 = 0.8
    item(state, 1, 0, 0.5, 2, false, p); // 2 reshares p: 0 now has it from two sources
    item(state, 0, 1, 1.0, 2, false); // 2 reshares a post of 0's own
    readAll(state, params, { followRate: 0 });
    expect(state.inbox.seen[0]).toBe(4);
    expect(state.tallies.valueReceived[0]).toBeCloseTo(0.3 + 0.8, 12);
  });

  it("reading genuine content from a tie moves trust toward the relevance, t ← t + η(r − t), item by item, and counts one interaction per item", () => {
    const { state, params } = reader();
    const eta = state.trust.learningRate;
    expect(eta).toBeGreaterThan(0);
    item(state, 1, 0, 0.5, 1, false); // r = 0.3
    item(state, 1, 1, 1.0, 1, false); // r = 0.8
    readAll(state, params, { followRate: 0 });
    // Both items are read; the sample decides their order, so either order of the two updates is accepted.
    const a = 0.6 + eta * (0.3 - 0.6);
    const b = 0.6 + eta * (0.8 - 0.6);
    const either = [a + eta * (0.8 - a), b + eta * (0.3 - b)];
    const t01 = trustIn(state, 0, 1);
    expect(either.some((x) => Math.abs(x - t01) < 1e-12)).toBe(true);
    expect(trustIn(state, 1, 0)).toBe(0.6); // the author learns nothing from being read
    expect(trustIn(state, 0, 2)).toBe(0.6); // nor does the reader about an agent it did not read
    expect(state.ties.touches[state.ties.find(0, 1)]).toBe(2);
    expect(state.ties.touches[state.ties.find(0, 2)]).toBe(0);
  });

  it("a self-interested reshare that is detected cuts trust in the resharer by the penalty and logs the detection; the author's trust still learns", () => {
    const { state, params } = reader({ detection: 1 });
    formTie(state, 0, 3, 0.5, 0.6, 0.6, ORIGIN_EVENT);
    const eta = state.trust.learningRate;
    item(state, 3, 1, 1.0, 2, true); // 2 reshares 3's post selfishly, r = 0.8
    readAll(state, params, { followRate: 0 });
    expect(trustIn(state, 0, 2)).toBeCloseTo(0.6 * (1 - state.trust.penalty), 12);
    expect(state.tallies.detections[2]).toBe(1);
    expect(state.detections.length).toBe(1);
    expect([state.detections.detector[0], state.detections.actor[0]]).toEqual([0, 2]);
    expect(trustIn(state, 0, 3)).toBeCloseTo(0.6 + eta * (0.8 - 0.6), 12);
  });

  it("an undetected self-interested reshare teaches like a genuine one (the reader cannot tell them apart)", () => {
    const selfish = reader({ detection: 0 });
    const eta = selfish.state.trust.learningRate;
    item(selfish.state, 3, 1, 1.0, 2, true); // r = 0.8
    readAll(selfish.state, selfish.params, { followRate: 0 });
    expect(trustIn(selfish.state, 0, 2)).toBeCloseTo(0.6 + eta * (0.8 - 0.6), 12);
    expect(selfish.state.tallies.detections[2]).toBe(0);
    expect(selfish.state.detections.length).toBe(0);

    const genuine = reader({ detection: 1 }); // detection on, but nothing to detect
    item(genuine.state, 3, 1, 1.0, 2, false);
    readAll(genuine.state, genuine.params, { followRate: 0 });
    expect(trustIn(genuine.state, 0, 2)).toBeCloseTo(0.6 + eta * (0.8 - 0.6), 12);
    expect(genuine.state.tallies.detections[2]).toBe(0);
  });

  it("a relevance sharer reshares items at or above its threshold, at most maxSharesPerStep of them, carrying author, topic and quality", () => {
    const { state, params } = reader({ weights0: [1, 0] });
    const s = strategyIndex(state, "authentic");
    state.strategies.shareThreshold[s] = 0.5;
    state.strategies.maxSharesPerStep[s] = 2;
    for (const quality of [0.3, 0.8, 0.9]) item(state, 1, 0, quality, 1, false);
    readAll(state, params, { followRate: 0 });
    const mine = [...Array(state.next.length).keys()].filter((k) => state.next.sharer[k] === 0);
    expect(mine.map((k) => state.next.quality[k]).sort()).toEqual([0.8, 0.9]);
    for (const k of mine) expect([state.next.author[k], state.next.topic[k], state.next.selfish[k]]).toEqual([1, 0, 0]); // honesty 1
    expect(state.tallies.reshares[0]).toBe(2);

    const capped = reader({ weights0: [1, 0] });
    capped.state.strategies.shareThreshold[s] = 0.5;
    capped.state.strategies.maxSharesPerStep[s] = 1;
    for (const quality of [0.3, 0.8, 0.9]) item(capped.state, 1, 0, quality, 1, false);
    readAll(capped.state, capped.params, { followRate: 0 });
    expect(capped.state.tallies.reshares[0]).toBe(1);
    expect(capped.state.tallies.sharesThisStep[0]).toBe(1);
  });

  it("a popularity sharer with threshold 0 reshares what is worth nothing to it; an agent in its patience steps reads but reshares nothing", () => {
    const { state, params } = reader({ weights0: [0, 1] }); // topic 0 is worth 0 to agent 0
    state.agents.strategy[0] = strategyIndex(state, "opportunistic");
    const o = strategyIndex(state, "opportunistic");
    state.strategies.shareThreshold[o] = 0;
    item(state, 1, 0, 1.0, 1, false);
    readAll(state, params, { followRate: 0 });
    expect(state.tallies.valueReceived[0]).toBe(0);
    expect(state.tallies.reshares[0]).toBe(1);

    const waiting = reader({ weights0: [0, 1] });
    waiting.state.agents.strategy[0] = o;
    waiting.state.strategies.shareThreshold[o] = 0;
    waiting.state.strategies.patience[o] = 10;
    item(waiting.state, 1, 1, 1.0, 1, false);
    readAll(waiting.state, waiting.params, { followRate: 0 }, 5);
    expect(waiting.state.tallies.valueReceived[0]).toBe(1);
    expect(waiting.state.tallies.reshares[0]).toBe(0);
  });

  it("a reader follows a stranger author met through a reshare with probability followRate × relevance; the follow's trust is their similarity", () => {
    const sure = reader({ weights0: [1, 0] });
    item(sure.state, 3, 0, 1.0, 2, false); // r = 1
    readAll(sure.state, sure.params, { followRate: 1 });
    expect(sure.state.follows.follows(0, 3)).toBe(true);
    expect(trustIn(sure.state, 0, 3)).toBeCloseTo(1, 12); // cosine of identical interests
    expect(sure.state.follows.follows(0, 1)).toBe(false); // ties are not followed

    const never = reader({ weights0: [1, 0] });
    item(never.state, 3, 0, 1.0, 2, false);
    readAll(never.state, never.params, { followRate: 0 });
    expect(never.state.follows.follows(0, 3)).toBe(false);

    const worthless = reader({ weights0: [0, 1] }); // r = 0: a value follower never follows
    item(worthless.state, 3, 0, 1.0, 2, false);
    readAll(worthless.state, worthless.params, { followRate: 1 });
    expect(worthless.state.follows.follows(0, 3)).toBe(false);
  });

  it("reading a followed author: trust on the follow learns, and the follow becomes useful now when the item is worth something", () => {
    const { state, params } = reader({ weights0: [1, 0] });
    follow(state, 0, 3, 0.5, 0);
    const eta = state.trust.learningRate;
    item(state, 3, 0, 0.9, 3, false); // r = 0.9
    readAll(state, params, { followRate: 0 }, 7);
    expect(trustIn(state, 0, 3)).toBeCloseTo(0.5 + eta * (0.9 - 0.5), 12);
    expect(state.follows.useful[state.follows.outBase(0) + state.follows.findOut(0, 3)]).toBe(7);
  });

  it("disabled, agents still read (value counts) but trust, interactions, reshares and follows stay as they were", () => {
    const { state, params } = reader({ weights0: [1, 0] });
    item(state, 3, 0, 0.9, 1, true);
    item(state, 1, 0, 0.7, 1, false);
    readAll(state, params, { enabled: false, followRate: 1 });
    expect(state.tallies.valueReceived[0]).toBeCloseTo(1.6, 12);
    expect(trustIn(state, 0, 1)).toBe(0.6);
    expect(state.ties.touches[state.ties.find(0, 1)]).toBe(0);
    expect(state.next.length).toBe(0);
    expect(state.follows.total).toBe(0);
  });
});
