/**
 * Time series with confidence bands: one line per series (a strategy, or a layer)
 * at the mean over replicates, and a translucent band between the 95% CI bounds that
 * aggregate.ts computed. A sweep gets one panel per cell.
 */
import type { BandPoint } from "./aggregate.js";
import { frame, panelsOf, type VlSpec } from "./frame.js";
import type { ResultsCaption } from "./load.js";
import { clippedNote, colourScale, hasIntervals, replicatesNote, titleBlock } from "./theme.js";

export interface BandChartOptions {
  readonly title: string;
  readonly yTitle: string;
  /** Field name of the series in the data: "strategy" or "layer". */
  readonly seriesField: string;
  readonly caption: ResultsCaption;
  readonly xTitle?: string;
  /** Whether the y scale must include zero (false for distances). */
  readonly zero?: boolean;
}

/** The data rows a band chart embeds (exported for the tests). */
export function bandValues(points: readonly BandPoint[], seriesField: string): Record<string, unknown>[] {
  return points.map((p) => ({
    ...(p.panel === null ? {} : { cell: p.panel }),
    [seriesField]: p.series,
    step: p.x,
    n: p.n,
    mean: p.mean,
    ci95_low: p.ciLow,
    ci95_high: p.ciHigh,
  }));
}

export function bandChartSpec(points: readonly BandPoint[], o: BandChartOptions): VlSpec {
  const values = bandValues(points, o.seriesField);
  const series = panelsOf(values, o.seriesField);
  const panels = panelsOf(values, "cell");
  const steps = new Set(points.map((p) => p.x)).size;
  const maxN = points.reduce((m, p) => Math.max(m, p.n), 0);
  const x = { field: "step", type: "quantitative", title: o.xTitle ?? "step (days)", axis: { tickMinStep: 1 } };
  const color = {
    field: o.seriesField,
    type: "nominal",
    title: o.seriesField,
    scale: colourScale(series),
    sort: series,
    legend: { symbolType: "stroke", symbolStrokeWidth: 3, symbolOpacity: 1 },
  };
  const yScale = { zero: o.zero ?? true };
  const band: VlSpec[] = hasIntervals(points)
    ? [
        {
          mark: { type: "area", opacity: 0.2 },
          encoding: {
            x,
            y: { field: "ci95_low", type: "quantitative", title: o.yTitle, scale: yScale },
            y2: { field: "ci95_high" },
            color,
          },
        },
      ]
    : [];
  const layer: VlSpec[] = [
    ...band,
    {
      mark: { type: "line", strokeWidth: 2, point: steps <= 25 },
      encoding: {
        x,
        y: { field: "mean", type: "quantitative", title: o.yTitle, scale: yScale },
        color,
        tooltip: [
          { field: o.seriesField, type: "nominal" },
          { field: "step", type: "quantitative" },
          { field: "mean", type: "quantitative", format: ".4g" },
          { field: "ci95_low", type: "quantitative", format: ".4g" },
          { field: "ci95_high", type: "quantitative", format: ".4g" },
          { field: "n", type: "quantitative" },
        ],
      },
    },
  ];
  return frame({
    title: titleBlock(o.title, o.caption, `${replicatesNote(maxN)} (line: mean; band: 95% CI${clippedNote(points.map((p) => p.note), "band")})`),
    values,
    layer,
    ...(panels.length > 0 ? { facet: { field: "cell", title: null, order: panels } } : {}),
  });
}
