/**
 * Sweeps: results independent of scheduling (inline, 2 workers, 3 shards merged all
 * byte-identical), the combined tables, merge's refusals, resume, and failures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSweep, parseShard } from "../../src/experiment/run-sweep.js";
import { mergeShards } from "../../src/experiment/merge.js";
import { compareResultDirs } from "../../src/experiment/compare.js";
import { readCsv } from "../../src/io/csv-read.js";
import { readManifest } from "../../src/io/manifest.js";
import { tinyScenario } from "./tiny.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "nv-sweep-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("runSweep", () => {
  it("gives byte-identical CSV files inline, on 2 workers, and as 3 shards merged", async () => {
    const sc = tinyScenario();
    const inline = await runSweep(sc, { out: join(root, "inline"), workers: 0 });
    expect(inline.complete).toBe(true);
    expect(inline.tables).toEqual(["summary.csv", "sweep-summary.csv", "strategy-comparison.csv", "columns.csv"]);
    const pooled = await runSweep(sc, { out: join(root, "pool"), workers: 2 });
    expect(pooled.complete).toBe(true);
    const shardDirs: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const d = join(root, `shard-${i}`);
      const r = await runSweep(sc, { out: d, workers: 1, shard: { index: i, count: 3 } });
      expect(r.complete).toBe(true);
      expect(r.tables).toEqual([]); // a shard does not hold the whole grid
      shardDirs.push(d);
    }
    mergeShards(shardDirs, join(root, "merged"));
    for (const other of ["pool", "merged"]) {
      const { files, differences } = compareResultDirs(join(root, "inline"), join(root, other));
      expect(files).toBe(4 + 4 * 6); // combined tables (summary, sweep-summary, strategy-comparison) and their codebook + 4 cells × (5 CSV files + columns.csv)
      expect(differences).toEqual([]);
    }
  });

  it("summary.csv has a row per cell × replicate with swept parameters and seeds; sweep-summary one per cell × metric", () => {
    const summary = readCsv(join(root, "inline", "summary.csv"));
    expect(summary.columns.slice(0, 5)).toEqual(["run_id", "replicate", "seed", "network.regime", "agents.strategies.opportunistic"]);
    expect(summary.rows).toHaveLength(8);
    expect(new Set(summary.rows.map((r) => `${r[3]}|${r[4]}`)).size).toBe(4);
    const ss = readCsv(join(root, "inline", "sweep-summary.csv"));
    expect(ss.columns).toEqual(["cell_id", "network.regime", "agents.strategies.opportunistic", "metric", "n", "mean", "sd", "ci95_low", "ci95_high", "ci95_note", "diff_vs_first_cell", "diff_ci95_low", "diff_ci95_high", "effect_size", "comparison"]);
    const row = ss.rows.find((r) => r[3] === "all_trust_received_mean");
    if (row === undefined) throw new Error("no all_trust_received_mean row in sweep-summary.csv");
    expect(row[4]).toBe("2");
    // The mean is the mean of the two replicates' values in summary.csv.
    const col = summary.columns.indexOf("all_trust_received_mean");
    const vals = summary.rows.filter((r) => r[3] === row[1] && r[4] === row[2]).map((r) => Number(r[col]));
    expect(Number(row[5])).toBeCloseTo((at(vals, 0) + at(vals, 1)) / 2, 12);
    // Two replicates: no t interval, and the note says why.
    expect(row[7]).toBe("");
    expect(row[8]).toBe("");
    expect(row[9]).toBe("n < 3: no interval");
  });

  it("strategy-comparison pairs the first strategy with each other one within each run", () => {
    const summary = readCsv(join(root, "inline", "summary.csv"));
    const sc = readCsv(join(root, "inline", "strategy-comparison.csv"));
    expect(sc.columns).toEqual(["cell_id", "network.regime", "agents.strategies.opportunistic", "metric", "strategy_a", "strategy_b", "n", "difference", "ci95_low", "ci95_high", "effect_size"]);
    const at = (c: string) => sc.columns.indexOf(c);
    const row = sc.rows.find((r) => r[at("metric")] === "trust_received_mean" && r[at("strategy_b")] === "opportunistic")!;
    expect(row[at("strategy_a")]).toBe("authentic");
    // The difference is the mean over the cell's runs of (authentic − opportunistic) in the same run.
    const runs = summary.rows.filter((r) => r[0]!.startsWith(row[0]!));
    const a = summary.columns.indexOf("authentic_trust_received_mean");
    const o = summary.columns.indexOf("opportunistic_trust_received_mean");
    const diffs = runs.map((r) => Number(r[a]) - Number(r[o]));
    expect(Number(row[at("n")])).toBe(diffs.length);
    expect(Number(row[at("difference")])).toBeCloseTo(diffs.reduce((x, y) => x + y, 0) / diffs.length, 12);
    const sd = Math.sqrt(diffs.reduce((x, d) => x + (d - Number(row[at("difference")])) ** 2, 0) / (diffs.length - 1));
    expect(Number(row[at("effect_size")])).toBeCloseTo(Number(row[at("difference")]) / sd, 10);
  });

  it("sweep-summary gives each cell's difference from the first cell, paired by seed, with Cohen's d_z", () => {
    const summary = readCsv(join(root, "inline", "summary.csv"));
    const ss = readCsv(join(root, "inline", "sweep-summary.csv"));
    const metric = "all_trust_received_mean";
    const colAt = (c: string) => ss.columns.indexOf(c);
    const rows = ss.rows.filter((r) => r[3] === metric);
    expect(rows[0]?.slice(colAt("diff_vs_first_cell"))).toEqual(["", "", "", "", ""]);
    const col = summary.columns.indexOf(metric);
    const valueOf = (cell: string, seed: string) => Number(summary.rows.find((r) => at(r, 0).startsWith(cell) && r[2] === seed)?.[col]);
    const seeds = [...new Set(summary.rows.map((r) => at(r, 2)))];
    const last = at(rows, 3);
    const diffs = seeds.map((s) => valueOf(at(last, 0), s) - valueOf(at(at(rows, 0), 0), s));
    expect(Number(last[colAt("diff_vs_first_cell")])).toBeCloseTo((at(diffs, 0) + at(diffs, 1)) / 2, 12);
    expect(last[colAt("comparison")]).toBe("paired");
    const sd = Math.abs(at(diffs, 0) - at(diffs, 1)) / Math.SQRT2;
    expect(Number(last[colAt("effect_size")])).toBeCloseTo((at(diffs, 0) + at(diffs, 1)) / 2 / sd, 9);
  });

  it("merge refuses overlapping, missing and foreign shards, naming what is wrong", async () => {
    const s1 = join(root, "shard-1");
    const s2 = join(root, "shard-2");
    expect(() => mergeShards([s1, s1], join(root, "m1"))).toThrow(/cell 0 .* is in both/);
    expect(() => mergeShards([s1, s2], join(root, "m2"))).toThrow(/missing 1 of 4 cells \(grid indices 2\)/);
    const other = join(root, "other");
    await runSweep(tinyScenario({ seed: 8 }), { out: other, workers: 0, shard: { index: 3, count: 3 } });
    expect(() => mergeShards([s1, s2, other], join(root, "m3"))).toThrow(/different scenarios/);
    expect(() => mergeShards([join(root, "nope")], join(root, "m4"))).toThrow(/no manifest.json/);
    try {
      mergeShards([s1, s2], join(root, "m2"));
    } catch (err) {
      expect((err as Error).name).toBe("InputError");
    }
  });

  it("--resume reuses complete cells and re-runs a damaged one", async () => {
    const sc = tinyScenario();
    const dir = join(root, "resume");
    await runSweep(sc, { out: dir, workers: 0 });
    const manifest = readManifest(dir);
    const cells = manifest?.sweep?.cells ?? [];
    expect(cells).toHaveLength(4);
    // Damage one cell's file: its hash no longer matches its manifest.
    const damaged = join(dir, "cells", at(cells, 1).id, "agents.csv");
    writeFileSync(damaged, "tampered\n");
    const again = await runSweep(sc, { out: dir, workers: 0, resume: true });
    expect(again.cells.filter((c) => c.skipped)).toHaveLength(3);
    expect(again.cells.find((c) => c.job.cell.index === 1)?.skipped).toBe(false);
    expect(compareResultDirs(join(root, "inline"), dir).differences).toEqual([]);
  });

  it("a failing cell is reported with its parameters and seed while the others complete", async () => {
    const good = join(root, "good.txt");
    const bad = join(root, "bad.txt");
    const edges = readFileSync("test/fixtures/karate-club.txt", "utf8");
    writeFileSync(good, edges);
    writeFileSync(bad, "0 1\n1 two three four\n");
    const sc = tinyScenario({
      agents: { count: 34, strategies: { authentic: 0.7, opportunistic: 0.3 } },
      network: { initial: { generator: "file", path: good } },
      sweep: { "network.initial.path": [good, bad] },
    });
    const r = await runSweep(sc, { out: join(root, "failing"), workers: 0 });
    expect(r.complete).toBe(false);
    expect(r.failures.length).toBe(2); // both replicates of the bad cell
    expect(r.failures[0]?.cell.params).toEqual([["network.initial.path", bad]]);
    expect(r.failures[0]?.seed).toBeGreaterThan(0);
    expect(r.cells.find((c) => c.job.cell.index === 0)?.complete).toBe(true);
    expect(existsSync(join(root, "failing", "summary.csv"))).toBe(false);
  });
});

describe("parseShard", () => {
  it("accepts i/n and refuses the rest with the value in the message", () => {
    expect(parseShard("3/16")).toEqual({ index: 3, count: 16 });
    for (const bad of ["0/4", "5/4", "a/b", "3", "1/0"]) expect(() => parseShard(bad)).toThrow(new RegExp(bad.replace("/", "\\/")));
  });
});
