import { describe, expect, it } from "vitest";
import { erdosRenyi, erdosRenyiProbability } from "../../../src/model/network/erdos-renyi.js";
import { streamFromKey } from "../../../src/random/streams.js";
import { edgeSet, isSimple, keysAreIndices } from "./graph-helpers.js";

describe("erdosRenyi (Erdős & Rényi 1959; graphology-generators, our stream)", () => {
  it("has mean degree near meanDegree (n = 5000, within 4 standard errors)", () => {
    const n = 5000;
    const g = erdosRenyi(n, { meanDegree: 8 }, streamFromKey("er:mean"));
    expect(g.order).toBe(n);
    expect(keysAreIndices(g)).toBe(true);
    expect(isSimple(g)).toBe(true);
    // edges ~ Binomial(n(n−1)/2, p): mean 20000, sd ≈ 141
    expect(Math.abs(g.size - 20000)).toBeLessThan(4 * 141);
  });

  it("accepts p directly: p = 0 gives no edges, p = 1 the complete graph", () => {
    expect(erdosRenyi(50, { p: 0 }, streamFromKey("a")).size).toBe(0);
    expect(erdosRenyi(30, { p: 1 }, streamFromKey("a")).size).toBe(435);
    expect(erdosRenyi(1, { meanDegree: 0 }, streamFromKey("a")).order).toBe(1);
    expect(erdosRenyiProbability(101, { meanDegree: 5 })).toBeCloseTo(0.05, 15);
  });

  it("draws only from the stream it is given", () => {
    const a = edgeSet(erdosRenyi(400, { p: 0.02 }, streamFromKey("er:s1")));
    expect(edgeSet(erdosRenyi(400, { p: 0.02 }, streamFromKey("er:s1")))).toEqual(a);
    expect(edgeSet(erdosRenyi(400, { p: 0.02 }, streamFromKey("er:s2")))).not.toEqual(a);
  });

  it("throws ModelError naming the offending values", () => {
    const rng = streamFromKey("x");
    expect(() => erdosRenyi(10, { meanDegree: 10 }, rng)).toThrow("meanDegree must be in [0, n − 1] (meanDegree = 10, n = 10)");
    expect(() => erdosRenyi(10, { p: -0.1 }, rng)).toThrow(/p = -0.1/);
    expect(() => erdosRenyi(0, { p: 0.1 }, rng)).toThrow(expect.objectContaining({ name: "ModelError" }));
  });
});
