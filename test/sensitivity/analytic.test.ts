/**
 * The estimators against analytic truth, through `buildDesign` + `analyseOutput`,
 * the same path `netvalue sensitivity` takes from design points to indices.csv.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyseOutput, buildDesign, type DesignParameter } from "../../src/sensitivity/design.js";
import { streamFromKey } from "../../src/random/streams.js";
import type { IndexEstimate } from "../../src/sensitivity/types.js";
import { morrisTrajectories, trajectoryDistance } from "../../src/sensitivity/morris.js";

const sobol = (samples: number) => ({ method: "sobol" as const, trajectories: 1, levels: 4, candidates: 0, samples });
const params = (k: number, low: number, high: number): DesignParameter[] =>
  Array.from({ length: k }, (_, i) => ({ path: `x${i + 1}`, low, high, integer: false }));
const pick = (est: readonly IndexEstimate[], index: string) => est.filter((e) => e.index === index).map((e) => e.estimate);

describe("Sobol' indices (Saltelli 2010 S1, Jansen 1999 ST)", () => {
  it("Ishigami (a = 7, b = 0.1; Ishigami & Homma 1990): S1 = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244 within 0.02 at N = 8192", () => {
    const design = buildDesign(params(3, -Math.PI, Math.PI), sobol(8192), streamFromKey("unused"));
    const y = design.values.map(([x1, x2, x3]) => Math.sin(x1!) + 7 * Math.sin(x2!) ** 2 + 0.1 * x3! ** 4 * Math.sin(x1!));
    const est = analyseOutput(design, y, 0, streamFromKey("unused"));
    const s1 = pick(est, "S1");
    const st = pick(est, "ST");
    [0.3139, 0.4424, 0].forEach((v, i) => expect(Math.abs(s1[i]! - v)).toBeLessThan(0.02));
    [0.5576, 0.4424, 0.2437].forEach((v, i) => expect(Math.abs(st[i]! - v)).toBeLessThan(0.02));
  });

  it("Sobol' G-function (a = 0, 1, 4.5, 9, 99, 99, 99, 99; Saltelli et al. 2010 §4): S1 and ST within 0.02 at N = 8192", () => {
    const a = [0, 1, 4.5, 9, 99, 99, 99, 99];
    const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
    const v = vi.reduce((p, x) => p * (1 + x), 1) - 1;
    const s1True = vi.map((x) => x / v);
    const stTrue = vi.map((x, i) => (x * vi.reduce((p, y, j) => (j === i ? p : p * (1 + y)), 1)) / v);
    const design = buildDesign(params(8, 0, 1), sobol(8192), streamFromKey("unused"));
    const y = design.values.map((x) => x.reduce((p, xi, i) => (p * (Math.abs(4 * xi - 2) + a[i]!)) / (1 + a[i]!), 1));
    const est = analyseOutput(design, y, 0, streamFromKey("unused"));
    pick(est, "S1").forEach((s, i) => expect(Math.abs(s - s1True[i]!)).toBeLessThan(0.02));
    pick(est, "ST").forEach((s, i) => expect(Math.abs(s - stTrue[i]!)).toBeLessThan(0.02));
  });

  it("an additive function Σ c_i x_i has S1 = ST = c_i² / Σ c_j² (no interactions), within 0.01 at N = 4096", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 5 }), (c) => {
        const total = c.reduce((s, x) => s + x * x, 0);
        fc.pre(total > 0.1);
        const design = buildDesign(params(c.length, 0, 1), sobol(4096), streamFromKey("unused"));
        const y = design.values.map((x) => x.reduce((s, xi, i) => s + c[i]! * xi, 0));
        for (const e of analyseOutput(design, y, 0, streamFromKey("unused"))) {
          expect(Math.abs(e.estimate - c[e.parameter]! ** 2 / total)).toBeLessThan(0.01);
        }
      }),
      { numRuns: 10, seed: 13 },
    );
  });

  it("bootstrap percentile intervals (B = 500, N = 1024) cover the Ishigami values and are seeded", () => {
    const design = buildDesign(params(3, -Math.PI, Math.PI), sobol(1024), streamFromKey("unused"));
    const y = design.values.map(([x1, x2, x3]) => Math.sin(x1!) + 7 * Math.sin(x2!) ** 2 + 0.1 * x3! ** 4 * Math.sin(x1!));
    const est = analyseOutput(design, y, 500, streamFromKey("boot"));
    const truth: Record<string, number[]> = { S1: [0.3139, 0.4424, 0], ST: [0.5576, 0.4424, 0.2437] };
    for (const e of est) {
      expect(e.ciLow).toBeLessThanOrEqual(e.estimate);
      expect(e.ciHigh).toBeGreaterThanOrEqual(e.estimate);
      expect(truth[e.index]![e.parameter]!).toBeGreaterThan(e.ciLow - 0.02);
      expect(truth[e.index]![e.parameter]!).toBeLessThan(e.ciHigh + 0.02);
    }
    expect(analyseOutput(design, y, 500, streamFromKey("boot"))).toEqual(est);
  });
});

describe("Morris elementary effects (Morris 1991; Campolongo et al. 2007)", () => {
  const morris = { method: "morris" as const, trajectories: 12, levels: 4, candidates: 40, samples: 1 };
  it("a linear function has μ = μ* = its coefficient per unit range and σ = 0, exactly", () => {
    const ranges: DesignParameter[] = [
      { path: "a", low: 0, high: 1, integer: false },
      { path: "b", low: -2, high: 2, integer: false },
      { path: "c", low: 10, high: 60, integer: true },
      { path: "dummy", low: 0, high: 1, integer: false },
    ];
    const design = buildDesign(ranges, morris, streamFromKey("design"));
    expect(design.values).toHaveLength(12 * 5);
    const y = design.values.map(([a, b, c]) => 3 * a! - 0.5 * b! + 0.02 * c!);
    const est = analyseOutput(design, y, 100, streamFromKey("boot"));
    const coefficient = [3, -0.5 * 4, 0.02 * 50, 0];
    est.forEach((e) => {
      const c = coefficient[e.parameter]!;
      const want = e.index === "mu" ? c : e.index === "mu_star" ? Math.abs(c) : 0;
      expect(e.estimate).toBeCloseTo(want, 9);
      expect(e.ciLow).toBeCloseTo(want, 9);
      expect(e.ciHigh).toBeCloseTo(want, 9);
    });
  });

  it("each trajectory moves every parameter once by ±Δ = p/(2(p−1)) on the grid", () => {
    const design = buildDesign(params(5, 0, 1), { ...morris, candidates: 0, levels: 6 }, streamFromKey("d2"));
    for (let t = 0; t < 12; t++) {
      const pts = design.values.slice(t * 6, (t + 1) * 6);
      expect([...design.moved[t]!].sort()).toEqual([0, 1, 2, 3, 4]);
      design.moved[t]!.forEach((i, s) => {
        expect(Math.abs(pts[s + 1]![i]! - pts[s]![i]!)).toBeCloseTo(0.6, 12);
        pts[s + 1]!.forEach((v, j) => {
          expect(v * 5).toBeCloseTo(Math.round(v * 5), 9); // on the 6-level grid
          if (j !== i) expect(v).toBe(pts[s]![j]);
        });
      });
    }
  });

  it("Campolongo selection keeps trajectories more spread out than the first r drawn", () => {
    const rng = () => streamFromKey("spread");
    const first = morrisTrajectories(6, { trajectories: 5, levels: 4 }, rng());
    const chosen = morrisTrajectories(6, { trajectories: 5, levels: 4, candidates: 60 }, rng());
    const spread = (ts: typeof first) => ts.reduce((s, a, i) => s + ts.slice(i + 1).reduce((t, b) => t + trajectoryDistance(a, b) ** 2, 0), 0);
    expect(spread(chosen)).toBeGreaterThan(spread(first));
    expect(chosen).toHaveLength(5);
  });

  it("μ* ranks a nonlinear function's inputs: |x1|·x2 interaction gives σ > 0", () => {
    const design = buildDesign(params(3, -1, 1), morris, streamFromKey("design"));
    const y = design.values.map(([a, b]) => a! * b! + 0.1 * a!);
    const est = analyseOutput(design, y, 0, streamFromKey("x"));
    const sigma = pick(est, "sigma");
    expect(sigma[0]).toBeGreaterThan(0.1);
    expect(sigma[2]).toBe(0);
  });
});
