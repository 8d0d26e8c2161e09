import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  distanceShares,
  layerDistanceBands,
  shownSeries,
  strategyBands,
  sweepParams,
  sweepResponses,
  type BandPoint,
} from "../../src/plot/aggregate.js";
import { loadResults } from "../../src/plot/load.js";
import type { Table } from "../../src/io/csv-read.js";
import { writeRunFolder, writeSweepFolder } from "./synthetic-results.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nv-plot-agg-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const T975_DF2 = 4.303; // Student t(0.975, 2): three replicates

function at(points: readonly BandPoint[], series: string, x: number): BandPoint {
  const p = points.find((q) => q.series === series && q.x === x);
  if (!p) throw new Error(`no point ${series}@${x}`);
  return p;
}

function loadRun(): Table {
  writeRunFolder(dir);
  const t = loadResults(dir).timeseries;
  if (!t) throw new Error("no timeseries");
  return t;
}

describe("mean and 95% CI per step and strategy", () => {
  it("matches hand-computed values (authentic, step 2: 0.70, 0.71, 0.72)", () => {
    const p = at(strategyBands(loadRun(), "trust_received_mean"), "authentic", 2);
    const half = (T975_DF2 * 0.01) / Math.sqrt(3);
    expect(p.n).toBe(3);
    expect(p.mean).toBeCloseTo(0.71, 12);
    expect(p.ciLow).toBeCloseTo(0.71 - half, 12);
    expect(p.ciHigh).toBeCloseTo(0.71 + half, 12);
  });

  it("matches hand-computed values (opportunist, step 1: 0.35, 0.38, 0.41) and the population row", () => {
    const bands = strategyBands(loadRun(), "trust_received_mean");
    const p = at(bands, "opportunist", 1);
    expect(p.mean).toBeCloseTo(0.38, 12);
    expect(p.ciHigh! - p.mean).toBeCloseTo((T975_DF2 * 0.03) / Math.sqrt(3), 12);
    const all = at(bands, "all", 0); // (0.5+0.4)/2, (0.51+0.43)/2, (0.52+0.46)/2
    expect(all.mean).toBeCloseTo(0.47, 12);
    expect(all.ciHigh! - all.mean).toBeCloseTo((T975_DF2 * 0.02) / Math.sqrt(3), 12);
  });

  it("orders points by series (as first seen) then step, one per (series, step)", () => {
    const bands = strategyBands(loadRun(), "trust_received_mean");
    expect(bands.map((p) => `${p.series}@${p.x}`)).toEqual(
      ["all", "authentic", "opportunist"].flatMap((s) => [0, 1, 2, 3].map((x) => `${s}@${x}`)),
    );
  });

  it("gives no interval with one replicate, and nothing for an absent or empty column", () => {
    const t: Table = {
      columns: ["run_id", "replicate", "seed", "step", "strategy", "m", "empty"],
      rows: [["a", "0", "1", "0", "x", "2.5", ""]],
    };
    expect(strategyBands(t, "m")).toEqual([{ panel: null, series: "x", x: 0, n: 1, mean: 2.5, ciLow: null, ciHigh: null, note: "n < 3: no interval" }]);
    expect(strategyBands(t, "empty")).toEqual([]);
    expect(strategyBands(t, "absent")).toEqual([]);
  });

  it("2 replicates draw no band; a share's band is clipped to [0, 1] and says so", () => {
    const two: Table = {
      columns: ["run_id", "replicate", "seed", "step", "strategy", "unmasked_share"],
      rows: [["a", "0", "1", "5", "x", "0.2"], ["b", "1", "2", "5", "x", "0.9"]],
    };
    const [p] = strategyBands(two, "unmasked_share");
    expect(p).toMatchObject({ n: 2, ciLow: null, ciHigh: null, note: "n < 3: no interval" });
    const three: Table = { ...two, rows: [...two.rows, ["c", "2", "3", "5", "x", "1"]] };
    const [q] = strategyBands(three, "unmasked_share");
    expect(q?.ciHigh).toBe(1);
    expect(q?.ciLow).toBeGreaterThanOrEqual(0);
    expect(q?.note).toBe("clipped to [0, 1]");
  });

  it("drops `all` only when it would repeat a single strategy", () => {
    expect(shownSeries(["all", "authentic"])).toEqual(["authentic"]);
    expect(shownSeries(["all", "a", "b"])).toEqual(["all", "a", "b"]);
    expect(shownSeries(["all"])).toEqual(["all"]);
  });
});

describe("mean distance per layer over time", () => {
  it("reads the `all` rows of <layer>_mean_distance_hops and skips steps with no value", () => {
    const bands = layerDistanceBands(loadRun());
    const social = at(bands, "social", 3); // 3.25, 3.35, 3.45
    expect(social.mean).toBeCloseTo(3.35, 12);
    expect(social.ciLow).toBeCloseTo(3.35 - (T975_DF2 * 0.1) / Math.sqrt(3), 12);
    expect(bands.some((p) => p.series === "trusted" && p.x === 0)).toBe(false);
    expect(at(bands, "trusted", 2)).toMatchObject({ mean: 6, ciLow: 6, ciHigh: 6 });
    expect([...new Set(bands.map((p) => p.series))]).toEqual(["ties", "social", "trusted"]);
  });
});

describe("distance distribution", () => {
  it("normalises each replicate's last step and averages, a missing hop counting as 0", () => {
    writeRunFolder(dir);
    const shares = distanceShares(loadResults(dir).distances!);
    expect(at(shares, "ties", 1).mean).toBeCloseTo(0.2, 12); // .1 .2 .3 (the step-1 row is ignored)
    expect(at(shares, "ties", 2).mean).toBeCloseTo(0.4, 12); // .3 .2 .7
    expect(at(shares, "ties", 3).mean).toBeCloseTo(0.4, 12); // .6 .6 0
    expect(at(shares, "ties", 3).n).toBe(3);
    expect(at(shares, "ties", 1).ciHigh).toBeCloseTo(0.2 + (T975_DF2 * 0.1) / Math.sqrt(3), 12);
    expect(at(shares, "ties", 1).ciLow).toBe(0); // 0.2 − 0.248 clipped: a share is never negative
    expect(at(shares, "ties", 3).ciHigh).toBe(1); // 0.4 + 4.303·0.346/√3 clipped
    expect(at(shares, "social", 1)).toMatchObject({ mean: 0.5, ciLow: 0.5, ciHigh: 0.5 });
    const total = shares.filter((p) => p.series === "ties").reduce((a, p) => a + p.mean, 0);
    expect(total).toBeCloseTo(1, 12);
  });
});

describe("sweep responses", () => {
  it("takes <prefix>_<suffix> rows with the x parameter and a label of the other one", () => {
    writeSweepFolder(dir);
    const summary = loadResults(dir).sweepSummary!;
    expect(sweepParams(summary)).toEqual(["network.followCap", "mechanisms.discovery.rate"]);
    const pts = sweepResponses(summary, "trust_received_mean", "network.followCap", ["followCap", "rate"]);
    expect(pts).toHaveLength(12); // 4 cells × (all, authentic, opportunist)
    expect(pts[1]).toEqual({ x: "0", group: "rate=0.1", series: "authentic", n: 3, mean: 1.1, ciLow: 0.9, ciHigh: 1.3, note: "" });
    expect(sweepResponses(summary, "unmasked_share", "network.followCap", ["followCap", "rate"])).toEqual([]);
    const byRate = sweepResponses(summary, "mean_distance_hops", "mechanisms.discovery.rate", ["followCap", "rate"]);
    expect(byRate.map((p) => [p.x, p.group, p.series])).toEqual([
      ["0.1", "followCap=0", "social"],
      ["0.5", "followCap=0", "social"],
      ["0.1", "followCap=150", "social"],
      ["0.5", "followCap=150", "social"],
    ]);
  });
});
