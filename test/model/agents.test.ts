import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import fc from "fast-check";
import { createAgents, strategyCounts } from "../../src/model/agents.js";
import { similarity } from "../../src/model/interests.js";
import { stream } from "../../src/random/streams.js";

describe("strategyCounts (largest remainder)", () => {
  it("meets shares exactly when they divide N", () => {
    expect(strategyCounts(100, ["authentic", "opportunistic"], { authentic: 0.8, opportunistic: 0.2 })).toEqual([80, 20]);
  });
  it("gives the leftover agents to the largest remainders", () => {
    // 10 × (0.34, 0.33, 0.33) = 3.4, 3.3, 3.3 → 3, 3, 3 and one more to the largest remainder (a)
    expect(strategyCounts(10, ["a", "b", "c"], { a: 0.34, b: 0.33, c: 0.33 })).toEqual([4, 3, 3]);
  });
  it("always sums to N and stays within one agent of each quota", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), (n, raw) => {
        const names = raw.map((_, k) => `s${k}`);
        const shares = Object.fromEntries(names.map((nm, k) => [nm, at(raw, k)]));
        const total = raw.reduce((s, v) => s + v, 0);
        const counts = strategyCounts(n, names, shares);
        expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
        counts.forEach((c, k) => expect(Math.abs(c - (at(raw, k) / total) * n)).toBeLessThan(1 + 1e-9));
      }),
    );
  });
});

describe("createAgents", () => {
  const community = Int32Array.from({ length: 200 }, (_, i) => Math.floor(i / 20));
  const options = {
    topics: 12,
    interests: { min: 1, max: 3 },
    quality: { alpha: 2, beta: 2 },
    shares: { authentic: 0.7, opportunistic: 0.3 },
    strategyNames: ["authentic", "opportunistic"],
  };
  const agents = createAgents(community, options, stream(5, "agents"));

  it("draws unit interest vectors over 1–3 topics, the community's topic the heaviest", () => {
    const K = 12;
    for (let i = 0; i < agents.n; i++) {
      const w = Array.from(agents.interests.weights.subarray(i * K, i * K + K));
      const spanned = w.filter((x) => x > 0).length;
      expect(spanned).toBeGreaterThanOrEqual(1);
      expect(spanned).toBeLessThanOrEqual(3);
      expect(w.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 12);
      const home = at(community, i) % K;
      expect(w[home]).toBe(Math.max(...w));
      expect(similarity(agents.interests, i, i)).toBeCloseTo(1, 12);
    }
  });

  it("assigns strategies in exact shares", () => {
    const opp = agents.strategy.reduce((s, v) => s + (v === 1 ? 1 : 0), 0);
    expect(opp).toBe(60);
  });

  it("draws quality in [0,1] with the Beta(2,2) mean 0.5", () => {
    const q = Array.from(agents.quality);
    expect(Math.min(...q)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...q)).toBeLessThanOrEqual(1);
    expect(q.reduce((s, v) => s + v, 0) / q.length).toBeGreaterThan(0.44);
    expect(q.reduce((s, v) => s + v, 0) / q.length).toBeLessThan(0.56);
  });

  it("is reproducible from the stream", () => {
    const again = createAgents(community, options, stream(5, "agents"));
    expect(Array.from(again.strategy)).toEqual(Array.from(agents.strategy));
    expect(Array.from(again.quality)).toEqual(Array.from(agents.quality));
  });
});
