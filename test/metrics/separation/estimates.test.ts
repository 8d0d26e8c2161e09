// Sampled (bootstrap CI) and HyperANF (Student-t CI over runs) estimates must contain
// the exact value within their stated 95% intervals on 10^4-node graphs, over 10 seeds.
// With a true 95% level, P(≥ 8 of 10 covered) ≈ 0.99, so we require 8 of 10; every
// seed must also land within a few interval widths (a loose guard against bias).
import { beforeAll, describe, expect, it } from "vitest";
import { barabasiAlbert, wattsStrogatz } from "../../../bench/graphs.js";
import { csrFromEdges, type Csr } from "../../../src/graph/csr.js";
import { separation, type SeparationResult } from "../../../src/metrics/separation/index.js";
import { stream, streamFromKey } from "../../../src/random/streams.js";

const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
let ba: Csr;
let ws: Csr;
let exactBa: SeparationResult;
let exactWs: SeparationResult;

beforeAll(() => {
  const g = barabasiAlbert(10_000, 5, streamFromKey("test:ba"));
  ba = csrFromEdges(g.n, g.src, g.dst).csr;
  const w = wattsStrogatz(10_000, 10, 0.1, streamFromKey("test:ws"));
  ws = csrFromEdges(w.n, w.src, w.dst).csr;
  exactBa = separation(ba, { method: "exact", rng: streamFromKey("unused") });
  exactWs = separation(ws, { method: "exact", rng: streamFromKey("unused") });
});

const inside = (x: number, [lo, hi]: readonly [number, number]) => x >= lo && x <= hi;

describe("sampled separation: 95% bootstrap intervals over sources", () => {
  for (const [name, get] of [
    ["BA n=10^4 m=5", () => [ba, exactBa] as const],
    ["WS n=10^4 k=10 p=0.1", () => [ws, exactWs] as const],
  ] as const) {
    it(`${name}: 200 sources contain the exact mean distance and effective diameter`, () => {
      const [csr, exact] = get();
      let meanHits = 0;
      let effHits = 0;
      for (const seed of seeds) {
        const r = separation(csr, { method: "sample", samples: 200, bootstrap: 400, rng: stream(seed, "sampling") });
        expect(r.method).toBe("sample");
        expect(r.diameterIsLowerBound).toBe(true);
        expect(r.diameter).toBeLessThanOrEqual(exact.diameter);
        if (r.error.kind !== "bootstrap") throw new Error("expected a bootstrap error");
        const { meanDistance: m, effectiveDiameter: e } = r.error;
        expect(m[0]).toBeLessThanOrEqual(r.meanDistance);
        expect(m[1]).toBeGreaterThanOrEqual(r.meanDistance);
        if (inside(exact.meanDistance, m)) meanHits++;
        if (inside(exact.effectiveDiameter, e)) effHits++;
        expect(Math.abs(r.meanDistance - exact.meanDistance)).toBeLessThan(3 * (m[1] - m[0]));
      }
      expect(meanHits).toBeGreaterThanOrEqual(8);
      expect(effHits).toBeGreaterThanOrEqual(8);
    });
  }

  it("is reproducible: same seed, same result; another seed, another sample", () => {
    const a = separation(ba, { method: "sample", samples: 64, bootstrap: 50, rng: stream(3, "sampling") });
    const b = separation(ba, { method: "sample", samples: 64, bootstrap: 50, rng: stream(3, "sampling") });
    const c = separation(ba, { method: "sample", samples: 64, bootstrap: 50, rng: stream(4, "sampling") });
    expect(b).toEqual(a);
    expect(c.distribution).not.toEqual(a.distribution);
  });
});

describe("HyperANF (Boldi, Rosa & Vigna 2011)", () => {
  it("BA n=10^4: 4 runs of 2^6 registers; the 95% t-interval over runs contains the exact mean distance", () => {
    let meanHits = 0;
    let effHits = 0;
    for (const seed of seeds) {
      const r = separation(ba, { method: "hyperanf", registers: 6, runs: 4, rng: stream(seed, "sampling") });
      if (r.error.kind !== "hyperloglog") throw new Error("expected a hyperloglog error");
      expect(r.error.relativeStandardError).toBeCloseTo(1.04 / 8, 12);
      expect(r.diameterIsLowerBound).toBe(true);
      if (inside(exactBa.meanDistance, r.error.meanDistance as [number, number])) meanHits++;
      if (inside(exactBa.effectiveDiameter, r.error.effectiveDiameter as [number, number])) effHits++;
      // Every single estimate is far inside the per-N(t) error bound.
      expect(Math.abs(r.meanDistance / exactBa.meanDistance - 1)).toBeLessThan(r.error.relativeStandardError);
    }
    expect(meanHits).toBeGreaterThanOrEqual(8);
    expect(effHits).toBeGreaterThanOrEqual(8);
  });

  it("one run has no interval on derived statistics, and states its standard error", () => {
    const r = separation(ba, { method: "hyperanf", registers: 5, rng: stream(1, "sampling") });
    if (r.error.kind !== "hyperloglog") throw new Error("expected a hyperloglog error");
    expect(r.error.meanDistance).toBeNull();
    expect(r.error.relativeStandardError).toBeCloseTo(1.04 / Math.sqrt(32), 12);
    expect(r.parameters).toEqual({ registers: 5, runs: 1 });
  });

  it("registers out of 4..12 is a MetricError", () => {
    expect(() => separation(ba, { method: "hyperanf", registers: 3, rng: stream(1, "x") })).toThrow(
      expect.objectContaining({ name: "MetricError" }),
    );
  });
});
