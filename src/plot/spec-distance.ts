/**
 * Distance distributions: for each layer, the share of reachable pairs at each hop
 * count at the final step, as grouped bars (mean over replicates) with 95% CI
 * whiskers. A sweep gets one panel per cell.
 */
import type { BandPoint } from "./aggregate.js";
import { frame, panelsOf, type VlSpec } from "./frame.js";
import type { ResultsCaption } from "./load.js";
import { clippedNote, hasIntervals, colourScale, replicatesNote, titleBlock } from "./theme.js";

export function distanceValues(points: readonly BandPoint[]): Record<string, unknown>[] {
  return points.map((p) => ({
    ...(p.panel === null ? {} : { cell: p.panel }),
    layer: p.series,
    distance_hops: p.x,
    n: p.n,
    share: p.mean,
    ci95_low: p.ciLow,
    ci95_high: p.ciHigh,
  }));
}

export function distanceDistributionSpec(points: readonly BandPoint[], caption: ResultsCaption): VlSpec {
  const values = distanceValues(points);
  const layers = panelsOf(values, "layer");
  const panels = panelsOf(values, "cell");
  const maxN = points.reduce((m, p) => Math.max(m, p.n), 0);
  const x = { field: "distance_hops", type: "ordinal", title: "distance (hops)", axis: { labelAngle: 0 } };
  const xOffset = { field: "layer", type: "nominal", sort: layers };
  const color = { field: "layer", type: "nominal", title: "layer", scale: colourScale(layers), sort: layers };
  const layer: VlSpec[] = [
    {
      mark: { type: "bar" },
      encoding: {
        x,
        xOffset,
        y: { field: "share", type: "quantitative", title: "share of reachable pairs", axis: { format: ".0%" } },
        color,
        tooltip: [
          { field: "layer", type: "nominal" },
          { field: "distance_hops", type: "ordinal" },
          { field: "share", type: "quantitative", format: ".3f" },
          { field: "ci95_low", type: "quantitative", format: ".3f" },
          { field: "ci95_high", type: "quantitative", format: ".3f" },
          { field: "n", type: "quantitative" },
        ],
      },
    },
    ...(hasIntervals(points)
      ? [{ mark: { type: "rule", color: "#333333" }, encoding: { x, xOffset, y: { field: "ci95_low", type: "quantitative" }, y2: { field: "ci95_high" } } }]
      : []),
  ];
  return frame({
    title: titleBlock("Distance distribution per layer (final step)", caption, `${replicatesNote(maxN, "mean share and 95% CI")}${clippedNote(points.map((p) => p.note), "whiskers")}`),
    values,
    layer,
    ...(panels.length > 0 ? { facet: { field: "cell", title: null, order: panels } } : {}),
  });
}
