/**
 * Writes a size series (see size-series.ts) into a folder: size-series.csv (per size
 * and layer), fit.csv (mean distance against ln N, one row per layer, the columns the
 * README documents) and fit-ln-k.csv (against ln N / ln k, with the degree assumed at
 * the target size). Each file is written atomically.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeCsvAtomic } from "../io/csv.js";
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
  return files;
}
