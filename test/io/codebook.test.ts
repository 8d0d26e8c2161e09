/**
 * The codebook (columns.csv): every column of every CSV a run or a sweep writes has an
 * entry with a unit, a kind and a definition, and the long time series holds the same
 * numbers as the wide one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScenario } from "../../src/experiment/run-scenario.js";
import { runSweep } from "../../src/experiment/run-sweep.js";
import { readCsv } from "../../src/io/csv-read.js";
import { tinyScenario } from "../experiment/tiny.js";

const KINDS = ["key", "point-in-time", "cumulative", "running total", "per-step", "per-record"];
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "nv-codebook-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every column of every CSV in `dir` (columns.csv aside) has exactly one complete entry in its columns.csv. */
function expectDocumented(dir: string): void {
  const book = readCsv(join(dir, "columns.csv"));
  expect(book.columns).toEqual(["file", "column", "unit", "kind", "definition"]);
  const entries = new Map<string, readonly string[]>();
  for (const r of book.rows) {
    const k = `${r[0]}:${r[1]}`;
    expect(entries.has(k), `duplicate entry ${k}`).toBe(false);
    entries.set(k, r);
  }
  const csvs = readdirSync(dir).filter((f) => f.endsWith(".csv") && f !== "columns.csv");
  expect(csvs.length).toBeGreaterThan(0);
  for (const f of csvs) {
    for (const c of readCsv(join(dir, f)).columns) {
      const e = entries.get(`${f}:${c}`);
      expect(e, `${f} column ${c} has no codebook entry`).toBeDefined();
      const [, , unit, kind, definition] = e as readonly string[];
      expect(unit, `${f}:${c} unit`).not.toBe("");
      expect(KINDS, `${f}:${c} kind`).toContain(kind);
      expect((definition as string).length, `${f}:${c} definition`).toBeGreaterThan(5);
    }
  }
}

describe("columns.csv", () => {
  it("documents every column of a run's files, the long time series included", async () => {
    const sc = tinyScenario({ sweep: undefined, output: { files: { timeseriesLong: true } } });
    const out = join(root, "run");
    await runScenario(sc, { out, workers: 0 });
    expect(existsSync(join(out, "timeseries-long.csv"))).toBe(true);
    expectDocumented(out);
    const book = readCsv(join(out, "columns.csv"));
    const kindOf = (file: string, column: string): string | undefined => book.rows.find((r) => r[0] === file && r[1] === column)?.[3];
    expect(kindOf("timeseries.csv", "detections_received")).toBe("running total");
    expect(kindOf("timeseries.csv", "value_received_mean")).toBe("cumulative");
    expect(kindOf("timeseries.csv", "opportunities_per_agent")).toBe("cumulative");
  });

  it("documents a sweep's combined tables and each cell's files", async () => {
    const out = join(root, "sweep");
    await runSweep(tinyScenario(), { out, workers: 0 });
    expectDocumented(out);
    for (const cell of readdirSync(join(out, "cells"))) expectDocumented(join(out, "cells", cell));
  });
});

describe("timeseries-long.csv", () => {
  it("holds every numeric value of timeseries.csv once, keyed by strategy, layer and metric", async () => {
    const out = join(root, "run");
    const wide = readCsv(join(out, "timeseries.csv"));
    const long = readCsv(join(out, "timeseries-long.csv"));
    expect(long.columns).toEqual(["run_id", "replicate", "seed", "step", "strategy", "layer", "metric", "value"]);
    const layers = ["ties", "social", "trusted"];
    const fromLong = new Set(long.rows.map((r) => {
      const [, rep, , step, strategy, layer, metric, value] = r;
      const column = layer ? `${layer}_${metric}` : metric;
      return `${rep}|${step}|${strategy}|${column}|${value}`;
    }));
    let numeric = 0;
    const strategyAt = wide.columns.indexOf("strategy");
    for (const r of wide.rows) {
      wide.columns.forEach((c, i) => {
        const v = r[i] ?? "";
        if (i <= wide.columns.indexOf("step") + 1 || v === "" || !Number.isFinite(Number(v))) return;
        numeric++;
        const key = `${r[1]}|${r[3]}|${r[strategyAt]}|${c}|${v}`;
        expect(fromLong.has(key), key).toBe(true);
      });
    }
    expect(long.rows.length).toBe(numeric);
    expect(layers.some((l) => long.rows.some((r) => r[5] === l))).toBe(true);
  });
});
