/**
 * `plotResults`: every chart a results folder has the data for — time series per
 * strategy with 95% CI bands, mean distance per layer over time, distance
 * distributions per layer, and (for a sweep) responses with error bars — each
 * written as an image (SVG or PNG) with its Vega-Lite spec beside it
 * (`<chart>.svg` + `<chart>.vl.json`), atomically. A chart whose data is absent is
 * skipped with the reason; nothing is printed.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { readCsv } from "../io/csv-read.js";
import { at } from "../checked-index.js";
import { InputError } from "../errors.js";
import { writeFileAtomic } from "../io/atomic.js";
import {
  distanceShares,
  layerDistanceBands,
  shownSeries,
  strategyBands,
  sweepParams,
  sweepResponses,
  type BandPoint,
} from "./aggregate.js";
import type { VlSpec } from "./frame.js";
import { loadResults, shortNames, type LoadedResults } from "./load.js";
import { renderSvg, svgToPng } from "./render.js";
import { distanceDistributionSpec } from "./spec-distance.js";
import { sweepResponseSpec } from "./spec-sweep.js";
import { hasSizeSeries, sizeSeriesChart } from "./size-series-chart.js";
import { bandChartSpec } from "./spec-timeseries.js";
import { claimSharesSpec, morrisSpec, sobolSpec } from "./spec-sensitivity.js";
import { kleinbergRoutingSpec, kleinbergSlopeSpec, wattsStrogatzSpec } from "./spec-validation.js";
import { captionLine, fieldName } from "./theme.js";

export type PlotFormat = "svg" | "png";

export interface PlotOptions {
  /** Output folder (default `<dir>/charts`). */
  readonly out?: string;
  readonly format?: PlotFormat;
  /** The swept parameter on the x axis of sweep charts (default: the first one). */
  readonly x?: string;
  /** Sweeps with more cells than this get no per-cell panels (default 24). */
  readonly maxPanels?: number;
}

export interface SkippedChart {
  readonly chart: string;
  readonly reason: string;
}

export interface PlotResult {
  readonly outDir: string;
  /** Files written (image and spec of each chart), in chart order. */
  readonly written: readonly string[];
  readonly skipped: readonly SkippedChart[];
  /** Warnings from vega-lite / vega while compiling and rendering. */
  readonly warnings: readonly string[];
}

/** Time series charts: chart name, timeseries.csv column, title, y axis title (with units). */
export const TIMESERIES_CHARTS = [
  { chart: "trust-received", metric: "trust_received_mean", title: "Trust received: mean trust an agent's ties place in it", yTitle: "trust received (0–1)" },
  { chart: "unmasked-share", metric: "unmasked_share", title: "Share of agents unmasked so far (detected deception known to their ties)", yTitle: "unmasked share (0–1)" },
  { chart: "distrusted-share", metric: "distrusted_share", title: "Share of agents distrusted so far (mean trust received below the threshold)", yTitle: "distrusted share (0–1)" },
  { chart: "followers", metric: "followers_mean", title: "Followers per agent", yTitle: "followers per agent" },
  { chart: "opportunities-per-agent", metric: "opportunities_per_agent", title: "Opportunities received so far, per agent", yTitle: "opportunities per agent" },
  { chart: "value-received", metric: "value_received_mean", title: "Value received so far: relevance of content read, per agent", yTitle: "value per agent" },
] as const;

/** Sweep response charts: chart name, metric suffix in sweep-summary.csv, series kind, titles. */
export const SWEEP_CHARTS = [
  { chart: "sweep-trust-received", suffix: "trust_received_mean", series: "strategy", title: "Final trust received", yTitle: "trust received (0–1)" },
  { chart: "sweep-opportunities-per-agent", suffix: "opportunities_per_agent", series: "strategy", title: "Opportunities received by the end", yTitle: "opportunities per agent" },
  { chart: "sweep-unmasked-share", suffix: "unmasked_share", series: "strategy", title: "Share unmasked by the end", yTitle: "unmasked share (0–1)" },
  { chart: "sweep-distrusted-share", suffix: "distrusted_share", series: "strategy", title: "Share distrusted by the end", yTitle: "distrusted share (0–1)" },
  { chart: "sweep-followers", suffix: "followers_mean", series: "strategy", title: "Final followers per agent", yTitle: "followers per agent" },
  { chart: "sweep-value-received", suffix: "value_received_mean", series: "strategy", title: "Value received by the end (relevance of content read)", yTitle: "value per agent" },
  { chart: "sweep-mean-distance", suffix: "mean_distance_hops", series: "layer", title: "Final mean distance per layer", yTitle: "mean distance (hops)" },
  { chart: "sweep-ties", suffix: "ties_mean", series: "strategy", title: "Final stable ties per agent", yTitle: "stable ties per agent" },
  { chart: "sweep-dunbar-layers", suffix: "ties_mean", series: "dunbar-layer", title: "Final stable ties per agent within each Dunbar layer (cumulative, clustered by tie strength)", yTitle: "ties per agent within the layer" },
  { chart: "sweep-strangers", suffix: "opportunities_from_strangers_share", series: "strategy", title: "Share of opportunities received from strangers", yTitle: "share from strangers (0–1)" },
  { chart: "sweep-weak-ties", suffix: "opportunity_chain_weak_tie_share", series: "strategy", title: "Share of referral-chain hops over weak ties (Granovetter 1973)", yTitle: "weak-tie share of hops (0–1)" },
] as const;

const DUNBAR_LAYER = /^dunbar_layer_\d+$/;

type Planned = { chart: string; spec: VlSpec } | { chart: string; skip: string };

function bandsOrSkip(chart: string, points: BandPoint[], why: string, build: () => VlSpec): Planned {
  return points.length === 0 ? { chart, skip: why } : { chart, spec: build() };
}

function timeseriesCharts(r: LoadedResults, noTable: string): Planned[] {
  const out: Planned[] = [];
  const ts = r.timeseries;
  for (const c of TIMESERIES_CHARTS) {
    if (!ts) {
      out.push({ chart: c.chart, skip: noTable });
      continue;
    }
    const points = strategyBands(ts, c.metric);
    out.push(
      bandsOrSkip(c.chart, points, `timeseries.csv has no values in column ${c.metric}`, () =>
        bandChartSpec(points, { title: c.title, yTitle: c.yTitle, seriesField: "strategy", caption: r.caption }),
      ),
    );
  }
  if (!ts) {
    out.push({ chart: "mean-distance", skip: noTable });
  } else {
    const points = layerDistanceBands(ts);
    out.push(
      bandsOrSkip("mean-distance", points, "timeseries.csv has no values in any <layer>_mean_distance_hops column", () =>
        bandChartSpec(points, { title: "Mean distance per layer", yTitle: "mean distance (hops)", seriesField: "layer", caption: r.caption, zero: false }),
      ),
    );
  }
  return out;
}

function distanceChart(r: LoadedResults, noTable: string): Planned {
  if (!r.distances) return { chart: "distance-distribution", skip: noTable.replace("timeseries", "distances") };
  const points = distanceShares(r.distances);
  return bandsOrSkip("distance-distribution", points, "distances.csv has no rows with a hop count and pairs", () =>
    distanceDistributionSpec(points, r.caption),
  );
}

function sweepCharts(r: LoadedResults, xOption: string | undefined): Planned[] {
  const summary = r.sweepSummary;
  if (!summary) {
    const reason = "no sweep-summary.csv (a shard or an unfinished sweep: merge or resume it first)";
    return SWEEP_CHARTS.map((c) => ({ chart: c.chart, skip: reason }));
  }
  const params = sweepParams(summary);
  const [firstParam] = params;
  if (firstParam === undefined) {
    return SWEEP_CHARTS.map((c) => ({ chart: c.chart, skip: "sweep-summary.csv has no parameter columns between cell_id and metric" }));
  }
  if (xOption !== undefined && !params.includes(xOption)) {
    throw new InputError(`x parameter '${xOption}' is not a swept parameter of this sweep; choose one of: ${params.join(", ")}`);
  }
  const xParam = xOption ?? firstParam;
  const short = shortNames(params);
  const others = params.filter((p) => p !== xParam);
  const group =
    others.length === 0
      ? undefined
      : {
          field: others.length === 1 ? fieldName(at(others, 0)) : "other_params",
          title: others.map((p) => short[params.indexOf(p)]).join(", "),
        };
  return SWEEP_CHARTS.map((c): Planned => {
    let points = sweepResponses(summary, c.suffix, xParam, short);
    // `*_ties_mean` names both strategies' ties and the Dunbar layers' occupancy.
    points = points.filter((p) => DUNBAR_LAYER.test(p.series) === (c.series === "dunbar-layer"));
    if (c.series === "strategy") {
      const keep = new Set(shownSeries([...new Set(points.map((p) => p.series))]));
      points = points.filter((p) => keep.has(p.series));
    }
    if (points.length === 0) return { chart: c.chart, skip: `sweep-summary.csv has no metric *_${c.suffix}` };
    return {
      chart: c.chart,
      spec: sweepResponseSpec(points, {
        title: `${c.title} against ${short[params.indexOf(xParam)]}`,
        yTitle: c.yTitle,
        seriesField: c.series,
        xParam,
        caption: r.caption,
        ...(group ? { group } : {}),
      }),
    };
  });
}

/** A validation experiment's charts (spec-validation.ts). */
function validationCharts(r: LoadedResults): Planned[] {
  const v = r.validation;
  if (!v) return [];
  const planned = (chart: string, spec: VlSpec | null, why: string): Planned => (spec ? { chart, spec } : { chart, skip: why });
  if (v.kind === "watts-strogatz") return [planned("watts-strogatz", wattsStrogatzSpec(v.ratios, r.caption), "ratios.csv has no numeric rows")];
  return [
    planned("kleinberg-routing", kleinbergRoutingSpec(v.routing, r.caption), "routing.csv has no numeric rows"),
    v.slopes ? planned("kleinberg-slopes", kleinbergSlopeSpec(v.slopes, r.caption), "slopes.csv has no numeric rows") : { chart: "kleinberg-slopes", skip: "no slopes.csv" },
  ];
}

/** The charts a loaded results folder supports, as specs or reasons to skip, in a fixed order. */
export function planCharts(r: LoadedResults, options: Pick<PlotOptions, "x" | "maxPanels"> = {}): Planned[] {
  if (r.validation) {
    if (options.x !== undefined) throw new InputError("an x parameter applies to sweeps only: this folder holds a validation experiment");
    return validationCharts(r);
  }
  const maxPanels = options.maxPanels ?? 24;
  let noTable = "no timeseries.csv";
  if (r.kind === "sweep") {
    noTable =
      r.cellCount > maxPanels
        ? `${r.cellCount} sweep cells are too many panels (limit ${maxPanels}); plot one cell folder (cells/<id>) instead`
        : "no cells/*/timeseries.csv";
  }
  const planned = [...timeseriesCharts(r, noTable), distanceChart(r, noTable)];
  if (r.kind === "sweep" || r.sweepSummary) planned.push(...sweepCharts(r, options.x));
  else if (options.x !== undefined) throw new InputError("an x parameter applies to sweeps only: this folder has no sweep-summary.csv");
  if (hasSizeSeries(r.dir)) planned.push({ chart: "size-series", spec: sizeSeriesChart(r.dir, captionLine(r.caption)) });
  return planned;
}

/** A sensitivity folder's charts: the method's index chart and, with claims, their shares. */
export function planSensitivityCharts(dir: string, caption: LoadedResults["caption"]): Planned[] {
  const indices = readCsv(join(dir, "indices.csv"));
  const method = indices.rows[0]?.[indices.columns.indexOf("method")];
  const planned: Planned[] =
    method === "sobol"
      ? [{ chart: "sensitivity-sobol", spec: sobolSpec(indices, caption) }]
      : method === "morris"
        ? [{ chart: "sensitivity-morris", spec: morrisSpec(indices, caption) }]
        : [{ chart: "sensitivity-indices", skip: "indices.csv has no rows" }];
  const sharesFile = join(dir, "claim-shares.csv");
  const shares = existsSync(sharesFile) ? readCsv(sharesFile) : null;
  planned.push(shares && shares.rows.length > 0 ? { chart: "claim-shares", spec: claimSharesSpec(shares, caption) } : { chart: "claim-shares", skip: "no claims (claim-shares.csv is empty)" });
  return planned;
}

/**
 * Draws every chart the results folder at `dir` has data for.
 * @param dir a folder written by `netvalue run` or `netvalue sweep` (or `merge`).
 * @returns the files written and the charts skipped, with reasons.
 * @throws InputError when `dir` is missing or not a results folder, when `x` is not
 *   a swept parameter, or when PNG is asked for and @resvg/resvg-js cannot load.
 */
export async function plotResults(dir: string, options: PlotOptions = {}): Promise<PlotResult> {
  const format = options.format ?? "svg";
  if (format !== "svg" && format !== "png") throw new InputError(`format must be svg or png, found '${String(format)}'`);
  const maxPanels = options.maxPanels ?? 24;
  const results = loadResults(dir, { maxCells: maxPanels });
  const outDir = options.out ?? join(results.dir, "charts");
  // A sensitivity folder (indices.csv beside its cells) gets its own charts instead of a sweep's.
  const planned = existsSync(join(resolve(dir), "indices.csv"))
    ? planSensitivityCharts(resolve(dir), results.caption)
    : planCharts(results, { maxPanels, ...(options.x !== undefined ? { x: options.x } : {}) });
  const written: string[] = [];
  const skipped: SkippedChart[] = [];
  const warnings: string[] = [];
  for (const p of planned) {
    if ("skip" in p) {
      skipped.push({ chart: p.chart, reason: p.skip });
      continue;
    }
    const chartWarnings: string[] = [];
    const svg = await renderSvg(p.spec, chartWarnings);
    warnings.push(...chartWarnings.map((w) => `${p.chart}: ${w}`));
    const image = join(outDir, `${p.chart}.${format}`);
    const specFile = join(outDir, `${p.chart}.vl.json`);
    writeFileAtomic(image, format === "svg" ? svg : await svgToPng(svg));
    writeFileAtomic(specFile, `${JSON.stringify(p.spec, null, 2)}\n`);
    written.push(image, specFile);
  }
  return { outDir, written, skipped, warnings };
}
