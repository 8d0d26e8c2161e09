/**
 * Sweep responses: a metric's cell mean (over replicates) against one swept
 * parameter, with 95% CI whiskers from sweep-summary.csv. With one swept parameter
 * the colour is the metric's series (strategy or layer); with more, the colour is
 * the other parameters and each series gets its own panel.
 */
import type { SweepPoint } from "./aggregate.js";
import { toNumber } from "./aggregate.js";
import { frame, panelsOf, type VlSpec } from "./frame.js";
import type { ResultsCaption } from "./load.js";
import { clippedNote, hasIntervals, colourScale, fieldName, replicatesNote, titleBlock } from "./theme.js";

export interface SweepChartOptions {
  readonly title: string;
  readonly yTitle: string;
  /** "strategy" or "layer": what the metric's prefix names. */
  readonly seriesField: string;
  /** The swept parameter on x (its path, e.g. `network.followCap`). */
  readonly xParam: string;
  /** Title and field for the other swept parameters, when there are any. */
  readonly group?: { readonly field: string; readonly title: string };
  readonly caption: ResultsCaption;
}

export function sweepValues(points: readonly SweepPoint[], o: SweepChartOptions): Record<string, unknown>[] {
  const numeric = points.every((p) => toNumber(p.x) !== null);
  const xField = fieldName(o.xParam);
  return points.map((p) => ({
    [xField]: numeric ? toNumber(p.x) : p.x,
    [o.seriesField]: p.series,
    ...(o.group && p.group !== null ? { [o.group.field]: p.group } : {}),
    n: p.n,
    mean: p.mean,
    ci95_low: p.ciLow,
    ci95_high: p.ciHigh,
  }));
}

export function sweepResponseSpec(points: readonly SweepPoint[], o: SweepChartOptions): VlSpec {
  const values = sweepValues(points, o);
  const xField = fieldName(o.xParam);
  const numeric = points.every((p) => toNumber(p.x) !== null);
  const xOrder = [...new Set(points.map((p) => p.x))];
  const x = numeric
    ? { field: xField, type: "quantitative", title: o.xParam, scale: { zero: false } }
    : { field: xField, type: "ordinal", title: o.xParam, sort: xOrder, axis: { labelAngle: 0 } };
  const series = panelsOf(values, o.seriesField);
  const colourField = o.group ? o.group.field : o.seriesField;
  const colours = panelsOf(values, colourField);
  const color = {
    field: colourField,
    type: "nominal",
    title: o.group ? o.group.title : o.seriesField,
    scale: colourScale(colours),
    sort: colours,
  };
  const maxN = points.reduce((m, p) => Math.max(m, p.n), 0);
  const whiskers: VlSpec[] = hasIntervals(points)
    ? [
        {
          mark: { type: "rule", strokeWidth: 1.5 },
          encoding: { x, y: { field: "ci95_low", type: "quantitative", title: o.yTitle, scale: { zero: false } }, y2: { field: "ci95_high" }, color },
        },
      ]
    : [];
  const layer: VlSpec[] = [
    ...whiskers,
    {
      mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 40 } },
      encoding: {
        x,
        y: { field: "mean", type: "quantitative", title: o.yTitle, scale: { zero: false } },
        color,
        tooltip: [
          { field: xField, type: numeric ? "quantitative" : "ordinal", title: o.xParam },
          ...(o.group ? [{ field: o.group.field, type: "nominal", title: o.group.title }] : []),
          { field: o.seriesField, type: "nominal" },
          { field: "mean", type: "quantitative", format: ".4g" },
          { field: "ci95_low", type: "quantitative", format: ".4g" },
          { field: "ci95_high", type: "quantitative", format: ".4g" },
          { field: "n", type: "quantitative" },
        ],
      },
    },
  ];
  return frame({
    title: titleBlock(o.title, o.caption, `${replicatesNote(maxN)} per sweep cell (point: mean; whisker: 95% CI${clippedNote(points.map((p) => p.note), "whiskers")})`),
    values,
    layer,
    ...(o.group ? { facet: { field: o.seriesField, title: o.seriesField, order: series } } : {}),
  });
}
