// The size series read from summary.csv files: grouping by agents.count, the variance
// sources, one world at a time, and fits whose slope is known by construction.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { fitSizeSeries, selectWorld, sizePoints, sizeSeries } from "../../src/analysis/size-series.js";
import { FIT_COLUMNS, writeSizeSeries } from "../../src/analysis/size-series-write.js";

const HEAD = [
  "run_id",
  "replicate",
  "network.followCap",
  "agents.count",
  "ties_degree_mean",
  "ties_mean_distance_hops",
  "ties_mean_distance_ci_low_hops",
  "ties_mean_distance_ci_high_hops",
  "ties_reachable_pairs_share",
];

/** Replicates whose mean distance is 1 + 0.5 ln N ± d (so the ln N slope is 0.5). */
function summary(sizes: number[], deltas: number[], cap = 5000): string[][] {
  const rows: string[][] = [];
  for (const n of sizes) {
    deltas.forEach((d, r) => {
      const y = 1 + 0.5 * Math.log(n) + d;
      rows.push([`c-${n}-r${r}`, String(r), String(cap), String(n), "10", String(y), "", "", "1"]);
    });
  }
  return rows;
}

function folder(rows: string[][]): string {
  const dir = mkdtempSync(join(tmpdir(), "netvalue-size-"));
  writeFileSync(join(dir, "summary.csv"), [HEAD, ...rows].map((r) => r.join(",")).join("\n") + "\n");
  return dir;
}

describe("size series", () => {
  it("means per size, variance from replicates, CI only from ≥ 3 replicates", () => {
    const table = { columns: HEAD, rows: [...summary([1000], [-0.1, 0, 0.1]), ...summary([10000], [-0.2, 0.2])] };
    const pts = sizePoints(table);
    expect(pts.map((p) => p.agents)).toEqual([1000, 10000]);
    const [a, b] = pts;
    expect(a!.meanDistance).toBeCloseTo(1 + 0.5 * Math.log(1000), 12);
    expect(a!.variance).toBeCloseTo(0.01 / 3, 12); // sd 0.1, n 3
    expect(a!.varianceSource).toBe("replicates");
    expect(a!.ciLow).not.toBeNull();
    expect(b!.ciLow).toBeNull(); // 2 replicates: no t-interval
    expect(b!.variance).toBeCloseTo(0.08 / 2, 12);
  });

  it("one replicate: variance from the sampling interval, else the median of the others", () => {
    const rows = [
      ["a", "0", "5000", "1000", "10", "4", "3.9", "4.1", "1"],
      ["b", "0", "5000", "3000", "10", "5", "", "", "1"],
      ["c", "0", "5000", "10000", "10", "6", "5.8", "6.2", "1"],
    ];
    const pts = sizePoints({ columns: HEAD, rows });
    expect(pts[0]?.varianceSource).toBe("sampling");
    expect(pts[0]?.variance).toBeCloseTo((0.2 / (2 * 1.959964)) ** 2, 12);
    expect(pts[1]?.varianceSource).toBe("median-of-others");
    expect(pts[1]?.variance).toBeCloseTo((at(pts, 0).variance + at(pts, 2).variance) / 2, 12);
  });

  it("fits the ln N slope it was built with and extrapolates to 10^9 inside the interval", () => {
    const table = { columns: HEAD, rows: summary([1000, 3000, 10000, 30000], [-0.05, 0.01, 0.04]) };
    const fits = fitSizeSeries(sizePoints(table));
    const lnN = fits.find((f) => f.regressor === "ln_n")!;
    expect(lnN.slope).toBeCloseTo(0.5, 10);
    expect(lnN.extrapolatedHops).toBeCloseTo(1 + 0.5 * Math.log(1e9), 8);
    expect(lnN.nMin).toBe(1000);
    expect(lnN.nMax).toBe(30000);
    // Degree 10 at every size: ln N / ln k is ln N rescaled by 1/ln 10, the slope scales back.
    const k = fits.find((f) => f.regressor === "ln_n_over_ln_k")!;
    expect(k.slope).toBeCloseTo(0.5 * Math.log(10), 10);
    expect(k.degreeAssumed).toBe(10);
    expect(k.extrapolatedHops).toBeCloseTo(lnN.extrapolatedHops, 8);
  });

  it("refuses a folder that mixes worlds, unless --where picks one", () => {
    const table = { columns: HEAD, rows: [...summary([1000, 2000], [0, 0.1], 50), ...summary([1000, 2000], [0, 0.1], 5000)] };
    expect(() => selectWorld(table, [])).toThrow(/network\.followCap/);
    expect(selectWorld(table, ["network.followCap=50"]).rows).toHaveLength(4);
    expect(() => selectWorld(table, ["nope=1"])).toThrow(/--where nope=1/);
  });

  it("writes fit.csv with exactly the documented columns, one row per layer", () => {
    const dir = folder(summary([1000, 3000, 10000], [-0.05, 0.05, 0]));
    const series = sizeSeries([dir]);
    writeSizeSeries(series, dir);
    const lines = readFileSync(join(dir, "fit.csv"), "utf8").trim().split("\n");
    expect(lines[0]).toBe(FIT_COLUMNS.join(","));
    expect(FIT_COLUMNS.join(",")).toBe(
      "layer,intercept,slope,slope_ci_low,slope_ci_high,n_min,n_max,extrapolated_n,extrapolated_hops,pi_low,pi_high",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]?.startsWith("ties,")).toBe(true);
    expect(() => sizeSeries([folder(summary([1000], [0, 1]))])).toThrow(/at least 2 distinct/);
  });
});

describe("size series across run folders", () => {
  it("a run that did not sweep agents.count takes its size from manifest.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "netvalue-size-run-"));
    const head = HEAD.filter((c) => c !== "agents.count");
    const rows = summary([100000], [-0.05, 0, 0.05]).map((r) => r.filter((_, i) => i !== 3));
    writeFileSync(join(dir, "summary.csv"), [head, ...rows].map((r) => r.join(",")).join("\n") + "\n");
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ scenario: { agents: { count: 100000 } } }));
    const sweep = folder(summary([1000, 10000], [-0.05, 0, 0.05]));
    const series = sizeSeries([sweep, dir]);
    expect([...new Set(series.points.map((p) => p.agents))]).toEqual([1000, 10000, 100000]);
    expect(series.fits[0]?.slope).toBeCloseTo(0.5, 10);
    const bare = mkdtempSync(join(tmpdir(), "netvalue-size-bare-"));
    writeFileSync(join(bare, "summary.csv"), [head, ...rows].map((r) => r.join(",")).join("\n") + "\n");
    expect(() => sizeSeries([sweep, bare])).toThrow(/no manifest\.json names/);
  });
});

describe("size series intervals", () => {
  it("clips interval ends below 1 hop (a flat, noisy layer extrapolated far)", () => {
    const rows = [1000, 3000, 10000].flatMap((n, i) =>
      [-0.5, 0, 0.5].map((d, r) => [`c${i}-r${r}`, String(r), "5000", String(n), "10", String(1.2 + (i === 1 ? 0.4 : 0) + d), "", "", "1"]),
    );
    const pts = sizePoints({ columns: HEAD, rows });
    expect(Math.min(...pts.map((p) => p.ciLow!))).toBeGreaterThanOrEqual(1);
    const fit = fitSizeSeries(pts).find((f) => f.regressor === "ln_n")!;
    expect(fit.piLow).toBe(1);
    expect(fit.piHigh!).toBeGreaterThan(fit.extrapolatedHops);
  });
});
