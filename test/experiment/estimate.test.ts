// Size estimates before work: they scale as the work does, a run that cannot fit is
// refused before it allocates, and even 10^9 steps get a finite duration.
import { describe, expect, it } from "vitest";
import { checkEstimate, describeEstimate, estimateRun, formatDuration, MAX_AGENTS } from "../../src/experiment/estimate.js";
import { cellSeed, cellSeeds } from "../../src/experiment/cell.js";
import { loadScenarioOrThrow } from "../../src/scenario/load.js";

const quick = (set: string[] = []) => loadScenarioOrThrow("scenarios/quickstart.yaml", { set });

describe("estimateRun", () => {
  it("scales with replicates, steps and agents", () => {
    const one = estimateRun([quick(["replicates=1"])], 0);
    const ten = estimateRun([quick(["replicates=10"])], 0);
    expect(ten.parts).toBe(10);
    expect(ten.diskBytes).toBeCloseTo(10 * one.diskBytes, 0);
    expect(ten.seconds - 1.5).toBeCloseTo(10 * (one.seconds - 1.5), 6);
    expect(estimateRun([quick(["steps=1200"])], 0).seconds).toBeGreaterThan(estimateRun([quick()], 0).seconds);
    expect(estimateRun([quick(["agents.count=3000"])], 0).memoryBytes).toBeGreaterThan(one.memoryBytes);
  });

  it("is near the calibration runs (quickstart, 1 replicate, inline: 300 agents × 365 steps took 6.7 s, 125 MB, 165 kB)", () => {
    const e = estimateRun([quick(["replicates=1", "steps=365"])], 0);
    expect(e.seconds).toBeGreaterThan(6.7 / 2);
    expect(e.seconds).toBeLessThan(6.7 * 2);
    expect(e.memoryBytes / 1e6).toBeGreaterThan(125 / 1.5);
    expect(e.memoryBytes / 1e6).toBeLessThan(125 * 1.5);
    expect(e.diskBytes / 1e3).toBeGreaterThan(165 / 2);
    expect(e.diskBytes / 1e3).toBeLessThan(165 * 2);
  });

  it("gives 10^9 steps a finite, readable duration", () => {
    const e = estimateRun([quick(["steps=1000000000"])], 2);
    expect(Number.isFinite(e.seconds)).toBe(true);
    expect(describeEstimate(e)).toMatch(/≈ \d+ days/);
    expect(formatDuration(1e12)).toMatch(/^[\d,]+ years$/);
  });

  it("counts a replicate's second thread (--threads 2) in the threads it names", () => {
    expect(describeEstimate(estimateRun([quick([])], 1))).toMatch(/replicates? on 1 thread,/);
    expect(describeEstimate(estimateRun([quick([])], 1, 2))).toMatch(/replicates? on 2 threads,/);
    expect(estimateRun([quick([])], 1, 2).seconds).toBe(estimateRun([quick([])], 1).seconds);
  });
});

describe("checkEstimate", () => {
  it("refuses more agents than a network can hold, even with force", () => {
    const sc = quick(["agents.count=1000000000"]);
    expect(() => checkEstimate([sc], estimateRun([sc], 1), { force: true })).toThrow(expect.objectContaining({ name: "InputError", message: expect.stringContaining(`agents.count: 1000000000 agents exceed`) }));
    expect(MAX_AGENTS).toBe(2 ** 24);
  });

  it("refuses more memory than is free unless forced; accepts the quick start", () => {
    const sc = quick(["agents.count=10000000"]);
    const e = estimateRun([sc], 2);
    expect(() => checkEstimate([sc], e, {})).toThrow(/more memory than this machine has free .*--force/);
    expect(() => checkEstimate([sc], e, { force: true })).not.toThrow();
    expect(() => checkEstimate([quick()], estimateRun([quick()], 2), { outDir: "." })).not.toThrow();
  });
});

describe("cellSeed", () => {
  it("gives one replicate's seed without expanding the others (work before a part is O(1) in replicates)", () => {
    const cell = { index: 0, id: "", params: [], scenario: quick(["replicates=1000000"]) };
    const small = { ...cell, scenario: quick(["replicates=50"]) };
    expect(cellSeeds(small).map((_, i) => cellSeed(cell, i))).toEqual(cellSeeds(small));
    const start = performance.now();
    for (let i = 0; i < 1000; i++) cellSeed(cell, 999_000 + i);
    expect(performance.now() - start).toBeLessThan(500);
    expect(cellSeed(cell, 1_000_000)).toBeUndefined();
  });
});
