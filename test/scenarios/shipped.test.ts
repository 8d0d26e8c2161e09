/**
 * Every shipped scenario runs and plots (issue 6, item 4), so none of them — nor a
 * chart drawn from its results — rots as the model and the schema change.
 *
 * - Model scenarios (scenarios/**\/*.yaml without a `validation` key, except
 *   ci-reference.yaml, which `npm run reproduce` covers) are loaded with tiny
 *   `--set`-style overrides (30 agents, 6 steps, 2 replicates, every sweep
 *   dimension cut to its first and last value), run inline through the library
 *   (`runScenario` or `runSweep`), and plotted with `plotResults`; the test checks
 *   the output tables and that every chart the scenario has data for is drawn. A
 *   scenario with a sensitivity block runs 2 trajectories (or 4 Sobol' rows) of
 *   its design through `runSensitivity` and gets its sensitivity charts.
 * - Validation files (a top-level `validation` key) are loaded at their shipped size
 *   (so a schema change that breaks them fails here) and run through `runValidation`
 *   on tiny graphs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { loadScenario } from "../../src/scenario/load.js";
import type { Scenario } from "../../src/scenario/types.js";
import { runScenario } from "../../src/experiment/run-scenario.js";
import { runSweep } from "../../src/experiment/run-sweep.js";
import { runSensitivity } from "../../src/sensitivity/run-sensitivity.js";
import { plotResults } from "../../src/plot/plot-results.js";
import { TIMESERIES_CHARTS, SWEEP_CHARTS } from "../../src/plot/plot-results.js";
import { isValidationFile, loadValidation, runValidation, validationFromObject } from "../../src/validation/index.js";
import { readCsv } from "../../src/io/csv-read.js";

const ROOT = "scenarios";
const SKIP = new Set([join(ROOT, "ci-reference.yaml")]);

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return scenarioFiles(path);
      return /\.ya?ml$/.test(e.name) && !SKIP.has(path) ? [path] : [];
    });
}

const files = scenarioFiles(ROOT);
const modelFiles = files.filter((f) => !isValidationFile(f));
const validationFiles = files.filter((f) => isValidationFile(f));

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "nv-shipped-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function loaded(file: string, set: readonly string[] = []): Scenario {
  const r = loadScenario(file, { set });
  if (!r.ok) throw new Error(`${file} does not load:\n${r.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
  return r.scenario;
}

/** The tiny overrides for a shipped scenario, as `--set` strings. */
function tinySets(full: Scenario): string[] {
  const sets = ["steps=6", "replicates=2", "metrics.every=3", "metrics.search.pairs=20", "metrics.separation.samples=20"];
  // Opportunities are per agent: 30 agents for 6 days need a high rate for every chart to have data.
  sets.push("mechanisms.opportunities.perAgent=0.2");
  // Generators with a fixed node count (and graph files) keep theirs.
  const fixed = ["karate-club", "florentine-families", "file"];
  if (!fixed.includes(String(full.network.initial.generator))) sets.push("agents.count=30");
  if (full.sensitivity) sets.push("sensitivity.trajectories=2", "sensitivity.candidates=0", "sensitivity.samples=4", "sensitivity.bootstrap=20");
  // A --set on a swept path removes that sweep dimension; the others keep their first and last values.
  const fixedPaths = new Set(sets.map((s) => s.slice(0, s.indexOf("="))));
  for (const [path, values] of Object.entries(full.sweep)) {
    const list = values as unknown[];
    if (list.length > 2 && !fixedPaths.has(path)) sets.push(`sweep.${path}=${JSON.stringify([list[0], list[list.length - 1]])}`);
  }
  return sets;
}

/** Charts that cannot be drawn because the scenario turns off what they show. */
function expectedSkips(s: Scenario): Set<string> {
  const skips = new Set<string>();
  const files = s.output.files;
  const noSeparation = !s.metrics.separation.enabled || s.metrics.separation.layers.length === 0;
  if (!files.timeseries) {
    for (const c of TIMESERIES_CHARTS) skips.add(c.chart);
    skips.add("mean-distance");
  }
  if (noSeparation) {
    skips.add("mean-distance");
    skips.add("sweep-mean-distance");
  }
  if (noSeparation || !files.distances) skips.add("distance-distribution");
  return skips;
}

describe("shipped scenarios", () => {
  it("are found: the quick start, at least one model experiment with a sweep, and the validation files", () => {
    expect(modelFiles).toContain(join(ROOT, "quickstart.yaml"));
    expect(modelFiles.some((f) => Object.keys(loaded(f).sweep).length > 0)).toBe(true);
    expect(validationFiles.length).toBeGreaterThan(0);
    expect(files).not.toContain(join(ROOT, "ci-reference.yaml"));
  });

  it.each(modelFiles)("%s loads at full size and starts with the schema pointer and a comment", (file) => {
    const text = readFileSync(file, "utf8");
    const rel = relative(join(file, ".."), join(ROOT, "netvalue.schema.json")).replaceAll("\\", "/");
    expect(text.startsWith(`# yaml-language-server: $schema=${rel.startsWith(".") ? rel : `./${rel}`}`)).toBe(true);
    expect(text.split("\n")[2]?.startsWith("#")).toBe(true);
    loaded(file);
  });

  it.each(modelFiles)("%s runs tiny and plots", async (file) => {
    const full = loaded(file);
    const sc = loaded(file, tinySets(full));
    const out = join(tmp, relative(ROOT, file).replace(/\.ya?ml$/, ""));
    const swept = Object.entries(sc.sweep);
    if (sc.sensitivity) {
      // A sensitivity design: its tables, and its own charts.
      const r = await runSensitivity(sc, { out, workers: 0 });
      expect(r.failures).toEqual([]);
      expect(r.complete).toBe(true);
      expect(r.tables).toContain("indices.csv");
      expect(readCsv(join(out, "indices.csv")).rows.length).toBeGreaterThan(0);
      const plot = await plotResults(out);
      const method = sc.sensitivity.method;
      expect(plot.written.map((f) => f.split("/").pop())).toEqual([`sensitivity-${method}.svg`, `sensitivity-${method}.vl.json`, "claim-shares.svg", "claim-shares.vl.json"]);
      return;
    }
    if (swept.length === 0) {
      const r = await runScenario(sc, { out, workers: 0 });
      expect(r.complete).toBe(true);
      expect(r.failures).toEqual([]);
      expect(r.finals).toHaveLength(2);
      for (const f of ["timeseries.csv", "summary.csv", "manifest.json"]) expect(existsSync(join(out, f)), f).toBe(true);
      expect(readCsv(join(out, "summary.csv")).rows).toHaveLength(2);
    } else {
      const cells = swept.reduce((n, [, v]) => n * (v as unknown[]).length, 1);
      expect(cells).toBeLessThanOrEqual(2 ** swept.length);
      const r = await runSweep(sc, { out, workers: 0 });
      expect(r.failures).toEqual([]);
      expect(r.complete).toBe(true);
      expect(r.totalCells).toBe(cells);
      expect(r.tables).toEqual(["summary.csv", "sweep-summary.csv", "strategy-comparison.csv", "columns.csv"]);
      const summary = readCsv(join(out, "summary.csv"));
      expect(summary.rows).toHaveLength(cells * 2);
      // Every swept path is a column of summary.csv, and each cell has its files.
      for (const [path] of swept) expect(summary.columns).toContain(path);
      expect(readdirSync(join(out, "cells"))).toHaveLength(cells);
    }

    const plot = await plotResults(out);
    const skips = expectedSkips(sc);
    const skipped = plot.skipped.map((s) => s.chart);
    expect(plot.skipped.filter((s) => !skips.has(s.chart))).toEqual([]);
    const charts = [...TIMESERIES_CHARTS.map((c) => c.chart), "mean-distance", "distance-distribution"];
    if (swept.length > 0) charts.push(...SWEEP_CHARTS.map((c) => c.chart));
    for (const chart of charts) {
      if (skipped.includes(chart)) continue;
      const svg = join(plot.outDir, `${chart}.svg`);
      expect(existsSync(svg), svg).toBe(true);
      expect(readFileSync(svg, "utf8").startsWith("<svg")).toBe(true);
      expect(existsSync(join(plot.outDir, `${chart}.vl.json`))).toBe(true);
    }
    for (const f of plot.written) expect(statSync(f).size, f).toBeGreaterThan(0);
    expect(plot.written.length).toBe(2 * (charts.length - skipped.length));
  });

  it.each(validationFiles)("%s loads at full size and runs on tiny graphs", async (file) => {
    const r = loadValidation(file);
    if (!r.ok) throw new Error(`${file} does not load:\n${r.issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
    const config = r.config;
    const tiny =
      config.validation === "watts-strogatz"
        ? { ...config, n: 60, k: 4, p: [0.01, 1], seeds: 2 }
        : { ...config, r: [0, 2], sides: [8, 12, 16], pairs: 8, grids: 2, slopeFrom: 12 };
    const small = validationFromObject(tiny, { file });
    if (!small.ok) throw new Error(small.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
    const out = join(tmp, relative(ROOT, file).replace(/\.ya?ml$/, ""));
    const done = await runValidation(small.config, { out, workers: 0 });
    expect(done.validation).toBe(config.validation);
    for (const f of done.files) expect(existsSync(join(out, f)), f).toBe(true);
    if (done.validation === "watts-strogatz") {
      expect(readCsv(join(out, "ratios.csv")).rows).toHaveLength(2);
    } else {
      expect(readCsv(join(out, "routing.csv")).rows).toHaveLength(2 * 3);
      expect(readCsv(join(out, "slopes.csv")).rows).toHaveLength(2);
    }
  });
});
