// Watts & Strogatz (1998), Fig. 2, on a small ring (n = 500, k = 10, 3 seeds): the
// ratios' definitions, the limits p = 0 and p = 1, the small-world window, and
// reproducibility. n = 500 rather than 300 because a random graph's clustering is
// about k/n, so at n = 300 C(1)/C(0) ≈ (10/300)/(2/3) = 0.05 sits on the threshold.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/csv-read.js";
import { RATIO_COLUMNS, runValidation, validationFromObject, type WattsStrogatzValidation } from "../../src/validation/index.js";
import { meanSe } from "../../src/validation/statistics.js";

function config(extra: Record<string, unknown> = {}): WattsStrogatzValidation {
  const r = validationFromObject({ validation: "watts-strogatz", n: 500, k: 10, p: [0, 0.01, 1], seeds: 3, seed: 7, ...extra });
  if (!r.ok || r.config.validation !== "watts-strogatz") throw new Error("bad test config");
  return r.config;
}
const tmp = mkdtempSync(join(tmpdir(), "netvalue-validation-ws-"));

describe("Watts–Strogatz validation", async () => {
  const out = join(tmp, "a");
  const outcome = await runValidation(config(), { out, workers: 0 });
  if (outcome.validation !== "watts-strogatz") throw new Error("wrong kind");
  const row = (p: number) => outcome.results.ratios.find((r) => r.p === p)!;

  it("measures the ring lattice exactly: C(0) = 3(k − 2)/(4(k − 1)) = 2/3", () => {
    expect(outcome.results.lattice.clustering).toBeCloseTo(2 / 3, 12);
    // Ring of 500, k = 10: distance ⌈d/5⌉ to the node d steps away.
    let sum = 0;
    for (let d = 1; d < 500; d++) sum += Math.ceil(Math.min(d, 500 - d) / 5);
    expect(outcome.results.lattice.meanDistance).toBeCloseTo(sum / 499, 12);
  });

  it("gives exactly 1 for both ratios at p = 0, with zero SE", () => {
    expect(row(0)).toEqual({ p: 0, seeds: 3, meanDistanceRatio: 1, meanDistanceRatioSe: 0, clusteringRatio: 1, clusteringRatioSe: 0 });
  });

  it("at p = 1 clustering has collapsed (< 0.05) and distance too (< 0.4)", () => {
    expect(row(1).clusteringRatio).toBeLessThan(0.05);
    expect(row(1).meanDistanceRatio).toBeLessThan(0.4);
  });

  it("shows the small-world window at p = 0.01: C(p)/C(0) > 0.8 while L(p)/L(0) < 0.6 (Fig. 2's shape)", () => {
    expect(row(0.01).clusteringRatio).toBeGreaterThan(0.8);
    expect(row(0.01).meanDistanceRatio).toBeLessThan(0.6);
  });

  it("writes ratios.csv with the fixed columns, one row per p, consistent with runs.csv", () => {
    const ratios = readCsv(join(out, "ratios.csv"));
    expect(ratios.columns).toEqual([...RATIO_COLUMNS]);
    expect(ratios.rows.map((r) => r[0])).toEqual(["0", "0.01", "1"]);
    const runs = readCsv(join(out, "runs.csv"));
    expect(runs.rows).toHaveLength(9);
    // Recompute p = 0.01 from the per-graph rows: mean_s L_s / L(0), sd/√seeds / L(0).
    const at = runs.rows.filter((r) => r[0] === "0.01");
    const L0 = Number(at[0]?.[5]);
    const l = at.map((r) => Number(r[2]));
    const mean = l.reduce((a, b) => a + b, 0) / 3;
    const sd = Math.sqrt(l.reduce((a, b) => a + (b - mean) ** 2, 0) / 2);
    const written = ratios.rows.find((r) => r[0] === "0.01")!;
    expect(Number(written[2])).toBeCloseTo(mean / L0, 12);
    expect(Number(written[3])).toBeCloseTo(sd / Math.sqrt(3) / L0, 12);
    expect(at.every((r) => r[4] === "1")).toBe(true);
  });

  it("writes a manifest with the resolved config and a hash of each CSV", () => {
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(Object.keys(m.files).sort()).toEqual(["columns.csv", "ratios.csv", "runs.csv"]);
    expect(m.scenario).toMatchObject({ validation: "watts-strogatz", n: 500, p: [0, 0.01, 1] });
    expect(m.seeds).toEqual([7]);
    expect(outcome.files).toEqual(["ratios.csv", "runs.csv", "columns.csv", "manifest.json"]);
  });

  it("columns.csv documents every column of ratios.csv and runs.csv, as written", () => {
    const book = readCsv(join(out, "columns.csv"));
    for (const f of ["ratios.csv", "runs.csv"]) {
      const written = readCsv(join(out, f)).columns;
      expect(book.rows.filter((r) => r[0] === f).map((r) => r[1])).toEqual(written);
    }
    expect(book.rows.every((r) => (r[2] ?? "") !== "" && (r[4] ?? "").length > 10)).toBe(true);
  });

  it("is reproducible: same seed, same bytes, on any number of workers; another seed differs", async () => {
    const again = join(tmp, "b");
    await runValidation(config(), { out: again, workers: 2 });
    expect(readFileSync(join(again, "runs.csv"), "utf8")).toBe(readFileSync(join(out, "runs.csv"), "utf8"));
    expect(readFileSync(join(again, "ratios.csv"), "utf8")).toBe(readFileSync(join(out, "ratios.csv"), "utf8"));
    const other = join(tmp, "c");
    await runValidation(config(), { out: other, workers: 0, seed: 8 });
    expect(readFileSync(join(other, "runs.csv"), "utf8")).not.toBe(readFileSync(join(out, "runs.csv"), "utf8"));
  });
});

describe("meanSe", () => {
  it("is exact for identical values and matches the textbook formula otherwise", () => {
    expect(meanSe([0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2])).toEqual({ mean: 0.1 + 0.2, se: 0 });
    const { mean, se } = meanSe([1, 2, 3, 4]);
    expect(mean).toBe(2.5);
    expect(se).toBeCloseTo(Math.sqrt(5 / 3 / 4), 14);
    expect(meanSe([5]).se).toBeNaN();
  });
});
