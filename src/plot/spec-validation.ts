/**
 * Charts of the validation experiments (src/validation), drawn as the papers did:
 * - watts-strogatz: L(p)/L(0) and C(p)/C(0) against the rewiring probability p on a
 *   log axis, each mean over graphs with ±1 SE whiskers (Watts & Strogatz 1998, Fig. 2);
 * - kleinberg: mean greedy-routing steps against the grid side on log–log axes, one
 *   line per exponent r with ±1 SE whiskers, and the fitted log–log slope against r
 *   (Kleinberg 2000; the slope is smallest at r = 2).
 *
 * References: D. J. Watts, S. H. Strogatz, "Collective dynamics of 'small-world'
 * networks", Nature 393, 1998; J. Kleinberg, "The small-world phenomenon: an
 * algorithmic perspective", STOC 2000.
 */
import type { Table } from "../io/csv-read.js";
import { toNumber } from "./aggregate.js";
import { frame, type VlSpec } from "./frame.js";
import type { ResultsCaption } from "./load.js";
import { colourScale, titleBlock } from "./theme.js";

function column(t: Table, name: string): (string | undefined)[] {
  const j = t.columns.indexOf(name);
  return t.rows.map((r) => (j < 0 ? undefined : r[j]));
}

/** ±1 SE whiskers and a line with points, one colour per series. */
function seLayers(x: VlSpec, yTitle: string, yScale: VlSpec, series: readonly string[], seriesTitle: string): VlSpec[] {
  const color = { field: "series", type: "nominal", title: seriesTitle, scale: colourScale(series), sort: series };
  const y = { field: "mean", type: "quantitative", title: yTitle, scale: yScale };
  return [
    { mark: { type: "rule", strokeWidth: 1.5 }, encoding: { x, y: { ...y, field: "low" }, y2: { field: "high" }, color } },
    {
      mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 40 } },
      encoding: {
        x,
        y,
        color,
        tooltip: [
          { field: "series", type: "nominal", title: seriesTitle },
          { field: "x", type: "quantitative", format: ".4g" },
          { field: "mean", type: "quantitative", format: ".4g" },
          { field: "se", type: "quantitative", format: ".3g" },
        ],
      },
    },
  ];
}

/** Watts & Strogatz (1998) Fig. 2 from ratios.csv. */
export function wattsStrogatzSpec(ratios: Table, caption: ResultsCaption): VlSpec | null {
  const p = column(ratios, "p").map(toNumber);
  const values: Record<string, unknown>[] = [];
  for (const [series, mean, se] of [
    ["L(p) / L(0): mean distance", "mean_distance_ratio", "mean_distance_ratio_se"],
    ["C(p) / C(0): clustering", "clustering_ratio", "clustering_ratio_se"],
  ] as const) {
    const m = column(ratios, mean).map(toNumber);
    const s = column(ratios, se).map(toNumber);
    p.forEach((x, i) => {
      const v = m[i];
      if (x === null || x === undefined || v === null || v === undefined) return;
      const e = s[i] ?? 0;
      values.push({ series, x, mean: v, se: e, low: Math.max(0, v - e), high: v + e });
    });
  }
  if (values.length === 0) return null;
  const series = ["L(p) / L(0): mean distance", "C(p) / C(0): clustering"];
  const x = { field: "x", type: "quantitative", title: "rewiring probability p (log scale)", scale: { type: "log" }, axis: { format: "~g" } };
  return frame({
    title: titleBlock("Watts–Strogatz: the small-world window (Fig. 2 of Watts & Strogatz 1998)", caption, "ratio to the ring lattice, mean over graphs per p (whisker: ±1 SE)"),
    values,
    layer: seLayers(x, "ratio to the lattice (p = 0)", { domain: [0, 1.05] }, series, "quantity"),
  });
}

/** Kleinberg (2000): routing steps against grid side, one line per r (log–log). */
export function kleinbergRoutingSpec(routing: Table, caption: ResultsCaption): VlSpec | null {
  const [r, side, mean, se] = ["r", "side", "mean_steps", "mean_steps_se"].map((c) => column(routing, c));
  const values: Record<string, unknown>[] = [];
  const series: string[] = [];
  (r ?? []).forEach((rv, i) => {
    const x = toNumber(side?.[i]);
    const m = toNumber(mean?.[i]);
    if (rv === undefined || x === null || m === null) return;
    const e = toNumber(se?.[i]) ?? 0;
    const name = `r = ${rv}`;
    if (!series.includes(name)) series.push(name);
    values.push({ series: name, x, mean: m, se: e, low: m - e, high: m + e });
  });
  if (values.length === 0) return null;
  const x = { field: "x", type: "quantitative", title: "grid side (log scale)", scale: { type: "log", nice: false }, axis: { format: "~g" } };
  return frame({
    title: titleBlock("Kleinberg: greedy routing steps against grid size", caption, "mean steps over routed pairs (whisker: ±1 SE); log–log, so a slope is an exponent"),
    values,
    layer: seLayers(x, "mean greedy-routing steps (log scale)", { type: "log" }, series, "exponent r"),
  });
}

/** Kleinberg (2000): the fitted log–log slope of steps against side, per r. */
export function kleinbergSlopeSpec(slopes: Table, caption: ResultsCaption): VlSpec | null {
  const r = column(slopes, "r").map(toNumber);
  const s = column(slopes, "slope").map(toNumber);
  const values = r.flatMap((x, i) => (x === null || s[i] === null || s[i] === undefined ? [] : [{ r: x, slope: s[i] }]));
  if (values.length === 0) return null;
  const x = { field: "r", type: "quantitative", title: "exponent r of the long-range contact ∝ d^−r", axis: { values: values.map((v) => v.r) } };
  return frame({
    title: titleBlock("Kleinberg: routing exponent against r (smallest at r = 2)", caption, "log–log slope of mean steps against grid side (sides ≥ 300)"),
    values,
    layer: [
      {
        mark: { type: "line", strokeWidth: 2, point: { filled: true, size: 50 }, color: "#0072B2" },
        encoding: {
          x,
          y: { field: "slope", type: "quantitative", title: "slope of log steps against log side", scale: { zero: true } },
          tooltip: [
            { field: "r", type: "quantitative" },
            { field: "slope", type: "quantitative", format: ".3f" },
          ],
        },
      },
      { mark: { type: "rule", strokeDash: [4, 4], color: "#999999" }, encoding: { x: { datum: 2 } } },
    ],
  });
}
