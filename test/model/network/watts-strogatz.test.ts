import { describe, expect, it } from "vitest";
import { wattsStrogatz } from "../../../src/model/network/watts-strogatz.js";
import { streamFromKey } from "../../../src/random/streams.js";
import { averageClustering, edgeSet, isSimple, keysAreIndices, localClustering, meanDistance } from "./graph-helpers.js";

describe("wattsStrogatz (Watts & Strogatz 1998)", () => {
  it("has exactly n·k/2 simple edges for any p, with nodes '0'..'n-1'", () => {
    for (const [n, k, p] of [
      [10, 2, 0],
      [50, 4, 0.1],
      [200, 10, 0.5],
      [30, 28, 1],
      [7, 0, 0.5],
    ] as const) {
      const g = wattsStrogatz(n, { k, p }, streamFromKey(`ws:${n}:${k}:${p}`));
      expect(g.order).toBe(n);
      expect(g.size).toBe((n * k) / 2);
      expect(isSimple(g)).toBe(true);
      expect(keysAreIndices(g)).toBe(true);
    }
  });

  it("is the ring lattice at p = 0, every node with C = 3(k−2)/(4(k−1)) exactly", () => {
    for (const k of [4, 6, 10]) {
      const g = wattsStrogatz(100, { k, p: 0 }, streamFromKey("unused"));
      const expected = (3 * (k - 2)) / (4 * (k - 1));
      g.forEachNode((node) => expect(localClustering(g, node)).toBeCloseTo(expected, 12));
      expect(g.hasEdge("0", String(k / 2))).toBe(true);
      expect(g.hasEdge("0", String(100 - k / 2))).toBe(true);
      expect(g.hasEdge("0", String(k / 2 + 1))).toBe(false);
    }
  });

  it("at p = 0.01 keeps ≥ 85% of the lattice clustering while mean distance falls below half (n = 1000, k = 10; seeded)", () => {
    // Watts & Strogatz 1998 Fig. 2: at p = 0.01, C(p)/C(0) ≈ 0.95 while L(p)/L(0) ≈ 0.2–0.3.
    const lattice = wattsStrogatz(1000, { k: 10, p: 0 }, streamFromKey("unused"));
    const small = wattsStrogatz(1000, { k: 10, p: 0.01 }, streamFromKey("ws:small-world"));
    const c0 = averageClustering(lattice);
    const l0 = meanDistance(lattice);
    expect(averageClustering(small)).toBeGreaterThan(0.85 * c0);
    expect(meanDistance(small)).toBeLessThan(0.5 * l0);
    // and far more clustered than a random graph of the same density (C ≈ k/n = 0.01)
    expect(averageClustering(small)).toBeGreaterThan(50 * (10 / 1000));
  });

  it("rewires about a fraction p of the edges", () => {
    const n = 2000;
    const k = 6;
    const g = wattsStrogatz(n, { k, p: 0.2 }, streamFromKey("ws:fraction"));
    let lattice = 0;
    g.forEachEdge((_e, _a, u, v) => {
      const d = Math.abs(Number(u) - Number(v));
      if (Math.min(d, n - d) <= k / 2) lattice++;
    });
    const rewired = 1 - lattice / g.size;
    // Binomial SE √(0.2·0.8/6000) ≈ 0.005; a rewired edge lands back in the lattice with probability ≈ k/n.
    expect(rewired).toBeGreaterThan(0.2 - 0.03);
    expect(rewired).toBeLessThan(0.2 + 0.03);
  });

  it("is reproducible for a seed and differs for another", () => {
    const a = edgeSet(wattsStrogatz(300, { k: 4, p: 0.3 }, streamFromKey("s1")));
    const b = edgeSet(wattsStrogatz(300, { k: 4, p: 0.3 }, streamFromKey("s1")));
    const c = edgeSet(wattsStrogatz(300, { k: 4, p: 0.3 }, streamFromKey("s2")));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("throws ModelError naming the offending values", () => {
    const rng = streamFromKey("x");
    expect(() => wattsStrogatz(10, { k: 12, p: 0.1 }, rng)).toThrow("k must be even and < n (k = 12, n = 10)");
    expect(() => wattsStrogatz(10, { k: 3, p: 0.1 }, rng)).toThrow(/k = 3/);
    expect(() => wattsStrogatz(10, { k: 4, p: 1.5 }, rng)).toThrow(/p = 1.5/);
    expect(() => wattsStrogatz(0, { k: 2, p: 0.1 }, rng)).toThrow(/n = 0/);
    try {
      wattsStrogatz(10, { k: 10, p: 0 }, rng);
    } catch (e) {
      expect((e as Error).name).toBe("ModelError");
    }
    expect.assertions(5);
  });

  it("requires its rng", () => {
    // @ts-expect-error rng is a required parameter
    expect(() => wattsStrogatz(10, { k: 2, p: 0.5 })).toThrow();
  });
});
