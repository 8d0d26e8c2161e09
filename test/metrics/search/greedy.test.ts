import { describe, expect, it } from "vitest";
import { at } from "../../../src/checked-index.js";
import { csrFromEdges } from "../../../src/graph/csr.js";
import { greedyChain } from "../../../src/metrics/search/index.js";
import { streamFromKey } from "../../../src/random/streams.js";

const path5 = csrFromEdges(5, [0, 1, 2, 3], [1, 2, 3, 4]).csr;
const byIndex = { distance: (u: number, t: number) => Math.abs(u - t) };
const never = (): number => {
  throw new Error("rng must not be drawn from when attrition is 0");
};

describe("greedyChain (Milgram 1967; Kleinberg 2000)", () => {
  it("walks a path 0–1–2–3–4 hop by hop", () => {
    expect(greedyChain(path5, 0, 4, byIndex, {}, never)).toEqual({ outcome: "reached", path: [0, 1, 2, 3, 4] });
    expect(greedyChain(path5, 3, 1, byIndex, {}, never)).toEqual({ outcome: "reached", path: [3, 2, 1] });
  });

  it("reaches a target equal to the source in 0 hops, even with attrition 1", () => {
    expect(greedyChain(path5, 2, 2, byIndex, { attrition: 1 }, streamFromKey("a"))).toEqual({ outcome: "reached", path: [2] });
  });

  it("ranks by similarity (larger is closer) as by distance", () => {
    const similarity = { similarity: (u: number, t: number) => 1 / (1 + Math.abs(u - t)) };
    expect(greedyChain(path5, 4, 0, similarity, {}, never).path).toEqual([4, 3, 2, 1, 0]);
  });

  it("stops at a dead end when no contact is closer than the holder", () => {
    // 0 – 1 – 2 and 0 – 3, target 2, but the score says 3 is closer than 1 and 0 is closer than both
    const csr = csrFromEdges(4, [0, 1, 0], [1, 2, 3]).csr;
    const score = { distance: (u: number) => at([1, 5, 0, 2], u) };
    expect(greedyChain(csr, 0, 2, score, {}, never)).toEqual({ outcome: "dead-end", path: [0] });
    // From 3 it moves to 0, then is stuck there.
    expect(greedyChain(csr, 3, 2, score, {}, never)).toEqual({ outcome: "dead-end", path: [3, 0] });
  });

  it("hands the message to the target whenever the holder knows it", () => {
    // star around 0; the score wrongly rates leaf 1 best, but 0 knows target 3
    const star = csrFromEdges(4, [0, 0, 0], [1, 2, 3]).csr;
    const score = { distance: (u: number) => at([3, 0, 2, 1], u) };
    expect(greedyChain(star, 0, 3, score, {}, never).path).toEqual([0, 3]);
  });

  it("breaks ties to the lowest node index", () => {
    const diamond = csrFromEdges(4, [0, 0, 1, 2], [2, 1, 3, 3]).csr;
    const score = { distance: (u: number) => at([2, 1, 1, 0], u) };
    expect(greedyChain(diamond, 0, 3, score, {}, never).path).toEqual([0, 1, 3]);
  });

  it("loses the chain after maxHops forwards", () => {
    expect(greedyChain(path5, 0, 4, byIndex, { maxHops: 2 }, never)).toEqual({ outcome: "max-hops", path: [0, 1, 2] });
    expect(greedyChain(path5, 0, 4, byIndex, { maxHops: 4 }, never).outcome).toBe("reached");
  });

  it("drops at the first holder with attrition 1", () => {
    expect(greedyChain(path5, 0, 4, byIndex, { attrition: 1 }, streamFromKey("a"))).toEqual({ outcome: "dropped", path: [0] });
  });

  it("throws MetricError for bad nodes and options", () => {
    const rng = streamFromKey("a");
    expect(() => greedyChain(path5, 0, 5, byIndex, {}, rng)).toThrow("target must be a node in 0..4 (target = 5)");
    expect(() => greedyChain(path5, 0, 4, byIndex, { attrition: 2 }, rng)).toThrow(/attrition = 2/);
    expect(() => greedyChain(path5, 0, 4, byIndex, { maxHops: -1 }, rng)).toThrow(expect.objectContaining({ name: "MetricError" }));
  });
});
