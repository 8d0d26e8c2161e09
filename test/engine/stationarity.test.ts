/** MSER-5 truncation (White 1997) on synthetic series, and the replicate's stationary_step. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { HEADLINE_METRICS, mserTruncation, stationarity } from "../../src/engine/stationarity.js";
import { simulateReplicate } from "../../src/engine/run.js";
import { streamFromKey } from "../../src/random/streams.js";
import { makeScenario, small } from "./scenario-helper.js";

/** Gaussian noise (Box–Muller) from a seeded stream. */
function noise(key: string, n: number, sd: number): Float64Array {
  const rng = streamFromKey(key);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sd * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  return out;
}

describe("mserTruncation (MSER-5)", () => {
  it("a constant series is stationary from step 0", () => {
    expect(mserTruncation(new Float64Array(365).fill(3.7))).toBe(0);
  });

  it("a step plus noise is truncated at the step: never before it, in the median within one batch", () => {
    const overshoot: number[] = [];
    for (let seed = 0; seed < 60; seed++) {
      const jump = 20 + ((seed * 7) % 120);
      const x = noise(`step:${seed}`, 365, 0.2).map((e, i) => e + (i < jump ? 0 : 5));
      const t = mserTruncation(x);
      if (t === null) throw new Error(`step at ${jump}, seed ${seed}: not truncated`);
      expect(t).toBeGreaterThanOrEqual(jump);
      overshoot.push(t - jump);
    }
    overshoot.sort((a, b) => a - b);
    expect(overshoot[30]).toBeLessThan(5);
  });

  it("a decaying transient is cut once the remaining drift is below the noise", () => {
    const x = noise("decay", 365, 0.05).map((e, i) => e + 10 * Math.exp(-i / 20));
    const t = mserTruncation(x);
    if (t === null) throw new Error("the decaying transient was not truncated");
    expect(t).toBeGreaterThan(40); // 10·e^(−2) ≈ 1.4 is still far above the noise
    expect(t).toBeLessThan(182);
  });

  it("a trend never becomes stationary, however small against the noise", () => {
    expect(mserTruncation(Float64Array.from({ length: 365 }, (_, i) => i))).toBeNull();
    expect(mserTruncation(noise("trend", 365, 1).map((e, i) => e + 0.05 * i))).toBeNull();
    expect(mserTruncation(Float64Array.from({ length: 365 }, (_, i) => 40 * (1 - Math.exp(-i / 400))))).toBeNull(); // still rising at the end
  });

  it("stationary noise is judged stationary within the first half (property, seeded)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const t = mserTruncation(noise(`white:${seed}`, 365, 1).map((e) => e + 2));
        return t !== null && t < 182;
      }),
      { seed: 7, numRuns: 50 },
    );
  });

  it("a series of fewer than 4 batches is not judged; a bad batch throws", () => {
    expect(mserTruncation(new Float64Array(19).fill(1))).toBeNull();
    expect(mserTruncation(new Float64Array(20).fill(1))).toBe(0);
    expect(() => mserTruncation([1, 2, 3], 0)).toThrow(RangeError);
  });
});

describe("stationarity over the headline metrics", () => {
  const flat = new Float64Array(100).fill(1);
  it("the replicate's step is the latest metric's, null when one metric drifts", () => {
    const late = Float64Array.from({ length: 100 }, (_, i) => (i < 22 ? 0 : 1));
    expect(stationarity({ ties: late, trust: flat, follows: flat })).toEqual({ step: 25, byMetric: { ties: 25, trust: 0, follows: 0 } });
    const ramp = Float64Array.from({ length: 100 }, (_, i) => i);
    expect(stationarity({ ties: flat, trust: flat, follows: ramp }).step).toBeNull();
  });

  it("a metric undefined at some step (no ties, no trust) is left out of the verdict", () => {
    const undefinedTrust = Float64Array.from({ length: 100 }, (_, i) => (i < 50 ? 0.5 + i : Number.NaN));
    expect(stationarity({ ties: flat, trust: undefinedTrust, follows: flat })).toEqual({ step: 0, byMetric: { ties: 0, trust: null, follows: 0 } });
  });

  it("a replicate reports one verdict per headline metric", () => {
    const out = simulateReplicate(makeScenario(small({ steps: 60 })), 3);
    expect(Object.keys(out.stationarity.byMetric)).toEqual([...HEADLINE_METRICS]);
    const steps = Object.values(out.stationarity.byMetric);
    if (out.stationarity.step !== null) expect(out.stationarity.step).toBe(Math.max(...steps.filter((s): s is number => s !== null)));
    else expect(steps).toContain(null);
  });
});
