/**
 * Writes a size series (see size-series.ts) into a folder: size-series.csv (per size
 * and layer), fit.csv (mean distance against ln N, one row per layer, the columns the
 * README documents) and fit-ln-k.csv (against ln N / ln k, with the degree assumed at
 * the target size), and their entries in the folder's codebook (columns.csv, merged
 * with the entries already there). Each file is written atomically.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeCsvAtomic } from "../io/csv.js";
import { mergeCodebook } from "../io/codebook.js";
import { doc, type ColumnDoc } from "../io/rows.js";
import type { FitRow, SizeSeries } from "./size-series.js";

export const SIZE_SERIES_COLUMNS = [
  "agents",
  "layer",
  "replicates",
  "mean_distance_hops",
  "ci_low",
  "ci_high",
  "variance",
  "variance_source",
  "degree_mean",
  "reachable_pairs_share",
] as const;

export const FIT_COLUMNS = [
  "layer",
  "intercept",
  "slope",
  "slope_ci_low",
  "slope_ci_high",
  "n_min",
  "n_max",
  "extrapolated_n",
  "extrapolated_hops",
  "pi_low",
  "pi_high",
] as const;

/** Codebook entries of size-series.csv, in column order. */
export const SIZE_SERIES_DOCS: readonly ColumnDoc[] = [
  doc("agents", "agents", "key", "world size N (agents.count)"),
  doc("layer", "label", "key", "ties, social (ties ∪ follows) or trusted (ties trusted both ways)"),
  doc("replicates", "runs", "per-record", "replicates at this size with a mean distance on the layer"),
  doc("mean_distance_hops", "hops", "per-record", "mean over replicates of the layer's mean shortest-path distance at the last observed step"),
  doc("ci_low", "hops", "per-record", "95% t interval of that mean, low end (empty below 3 replicates; clipped at 1 hop)"),
  doc("ci_high", "hops", "per-record", "95% t interval of that mean, high end (empty below 3 replicates)"),
  doc("variance", "hops²", "per-record", "variance of the mean used as the fit's weight (1 / variance)"),
  doc("variance_source", "label", "per-record", "replicates (sample variance / n), sampling (the separation's own interval) or median-of-others"),
  doc("degree_mean", "ties", "per-record", "the layer's mean degree k, mean over replicates"),
  doc("reachable_pairs_share", "share", "per-record", "share of ordered pairs connected on the layer, mean over replicates"),
];

const FIT_DOCS_COMMON: readonly ColumnDoc[] = [
  doc("layer", "label", "key", "ties, social or trusted"),
  doc("intercept", "hops", "per-record", "a of the weighted least-squares line mean distance = a + b·x (weights 1 / variance, residual scale estimated)"),
  doc("slope", "hops per unit x", "per-record", "b of that line"),
  doc("slope_ci_low", "hops per unit x", "per-record", "95% t interval of the slope, low end"),
  doc("slope_ci_high", "hops per unit x", "per-record", "95% t interval of the slope, high end"),
  doc("n_min", "agents", "per-record", "smallest world size in the fit"),
  doc("n_max", "agents", "per-record", "largest world size in the fit"),
  doc("extrapolated_n", "agents", "per-record", "the size extrapolated to (10^9 by default)"),
  doc("extrapolated_hops", "hops", "per-record", "the line's value at extrapolated_n"),
  doc("pi_low", "hops", "per-record", "95% prediction interval at extrapolated_n, low end (clipped at 1 hop)"),
  doc("pi_high", "hops", "per-record", "95% prediction interval at extrapolated_n, high end"),
];

/** Codebook entries of fit.csv (x = ln N) and fit-ln-k.csv (x = ln N / ln k). */
export const FIT_DOCS: Readonly<Record<string, readonly ColumnDoc[]>> = {
  "fit.csv": FIT_DOCS_COMMON,
  "fit-ln-k.csv": [...FIT_DOCS_COMMON, doc("degree_assumed", "ties", "per-record", "mean degree k assumed at extrapolated_n: the layer's degree at the largest size")],
};

function fitCells(f: FitRow): (string | number | null)[] {
  return [f.layer, f.intercept, f.slope, f.slopeCiLow, f.slopeCiHigh, f.nMin, f.nMax, f.extrapolatedN, f.extrapolatedHops, f.piLow, f.piHigh];
}

export function writeSizeSeries(series: SizeSeries, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const files = ["size-series.csv", "fit.csv", "fit-ln-k.csv"];
  writeCsvAtomic(
    join(outDir, "size-series.csv"),
    SIZE_SERIES_COLUMNS,
    series.points.map((p) => [
      p.agents,
      p.layer,
      p.replicates,
      p.meanDistance,
      p.ciLow,
      p.ciHigh,
      p.variance,
      p.varianceSource,
      p.degreeMean,
      p.reachablePairsShare,
    ]),
  );
  writeCsvAtomic(join(outDir, "fit.csv"), FIT_COLUMNS, series.fits.filter((f) => f.regressor === "ln_n").map(fitCells));
  writeCsvAtomic(
    join(outDir, "fit-ln-k.csv"),
    [...FIT_COLUMNS, "degree_assumed"],
    series.fits.filter((f) => f.regressor === "ln_n_over_ln_k").map((f) => [...fitCells(f), f.degreeAssumed]),
  );
  files.push(mergeCodebook(outDir, { "size-series.csv": SIZE_SERIES_DOCS, ...FIT_DOCS }, files));
  return files;
}
