/**
 * The size-series chart of a folder that holds size-series.csv and fit.csv (written
 * by `netvalue fit`): read both tables and build the spec (spec-size-series.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readCsv, type Table } from "../io/csv-read.js";
import type { VlSpec } from "./frame.js";
import { sizeSeriesSpec, type SizeSeriesFitRow, type SizeSeriesPointRow } from "./spec-size-series.js";

function records(t: Table): Record<string, string>[] {
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? ""])));
}

const num = (s: string | undefined): number | null => (s === undefined || s === "" ? null : Number(s));

export function hasSizeSeries(dir: string): boolean {
  return existsSync(join(dir, "size-series.csv")) && existsSync(join(dir, "fit.csv"));
}

export function sizeSeriesChart(dir: string, subtitle: string): VlSpec {
  const points: SizeSeriesPointRow[] = records(readCsv(join(dir, "size-series.csv"))).map((r) => {
    const mean = Number(r["mean_distance_hops"]);
    const half = 1.959964 * Math.sqrt(Number(r["variance"]));
    return {
      agents: Number(r["agents"]),
      layer: r["layer"] ?? "",
      replicates: Number(r["replicates"]),
      mean,
      low: num(r["ci_low"]) ?? mean - half,
      high: num(r["ci_high"]) ?? mean + half,
    };
  });
  const fits: SizeSeriesFitRow[] = records(readCsv(join(dir, "fit.csv"))).map((r) => ({
    layer: r["layer"] ?? "",
    intercept: Number(r["intercept"]),
    slope: Number(r["slope"]),
    nMin: Number(r["n_min"]),
    nMax: Number(r["n_max"]),
    extrapolatedN: Number(r["extrapolated_n"]),
    extrapolatedHops: Number(r["extrapolated_hops"]),
    piLow: num(r["pi_low"]),
    piHigh: num(r["pi_high"]),
  }));
  return sizeSeriesSpec(points, fits, subtitle);
}
