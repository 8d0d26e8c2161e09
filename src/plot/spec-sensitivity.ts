/**
 * Charts of a sensitivity folder (indices.csv, claim-shares.csv): the Morris μ*–σ
 * plane per output (a parameter far right matters; high σ means nonlinear or
 * interacting, Morris 1991), Sobol' S1 and ST bars with 95% bootstrap whiskers per
 * output, and each claim's share of runs against each parameter, with the
 * one-half line where a claim flips.
 */
import type { Table } from "../io/csv-read.js";
import { frame, panelsOf, type VlSpec } from "./frame.js";
import type { ResultsCaption } from "./load.js";
import { shortNames } from "./load.js";
import { colourScale, titleBlock } from "./theme.js";

const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));

function records(t: Table): Record<string, string>[] {
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i] ?? ""])));
}

/** Morris μ*–σ scatter, one panel per output, each with its own scales. */
export function morrisSpec(indices: Table, caption: ResultsCaption): VlSpec {
  const rows = records(indices);
  const params = [...new Set(rows.map((r) => r["parameter"] ?? ""))];
  const short = shortNames(params);
  const values: Record<string, unknown>[] = [];
  for (const r of rows.filter((x) => x["index"] === "mu_star")) {
    const sigma = rows.find((x) => x["index"] === "sigma" && x["output"] === r["output"] && x["parameter"] === r["parameter"]);
    values.push({
      output: r["output"],
      parameter: short[params.indexOf(r["parameter"] ?? "")],
      mu_star: num(r["estimate"]),
      mu_star_low: num(r["ci_low"]),
      mu_star_high: num(r["ci_high"]),
      sigma: num(sigma?.["estimate"]),
    });
  }
  const color = { field: "parameter", type: "nominal", title: "parameter", scale: colourScale(short), sort: short };
  const x = { field: "mu_star", type: "quantitative", title: "μ* (mean |elementary effect| per unit range)" };
  const y = { field: "sigma", type: "quantitative", title: "σ (sd of elementary effects)" };
  const spec = frame({
    title: titleBlock("Morris screening: which parameters move each output", caption, "point: μ*, σ over trajectories; whisker: 95% bootstrap CI of μ*"),
    values,
    layer: [
      { mark: { type: "rule", strokeWidth: 1.2 }, encoding: { x: { ...x, field: "mu_star_low" }, x2: { field: "mu_star_high" }, y, color } },
      { mark: { type: "point", filled: true, size: 60 }, encoding: { x, y, color, tooltip: [{ field: "parameter" }, { field: "mu_star", format: ".4g" }, { field: "sigma", format: ".4g" }] } },
      { mark: { type: "text", align: "left", dx: 6, fontSize: 9 }, encoding: { x, y, text: { field: "parameter" }, color } },
    ],
    facet: { field: "output", title: null, order: panelsOf(values, "output") },
  });
  return { ...spec, resolve: { scale: { x: "independent", y: "independent" } } };
}

/** Sobol' S1 and ST bars with whiskers, one panel per output. */
export function sobolSpec(indices: Table, caption: ResultsCaption): VlSpec {
  const rows = records(indices);
  const params = [...new Set(rows.map((r) => r["parameter"] ?? ""))];
  const short = shortNames(params);
  const values = rows.map((r) => ({
    output: r["output"],
    parameter: short[params.indexOf(r["parameter"] ?? "")],
    index: r["index"],
    estimate: num(r["estimate"]),
    ci_low: num(r["ci_low"]),
    ci_high: num(r["ci_high"]),
  }));
  const x = { field: "parameter", type: "nominal", title: null, sort: short, axis: { labelAngle: -40 } };
  const color = { field: "index", type: "nominal", title: "index", scale: colourScale(["S1", "ST"]) };
  return frame({
    title: titleBlock("Sobol' indices: share of each output's variance", caption, "bar: S1 (first order), ST (total); whisker: 95% bootstrap CI"),
    values,
    layer: [
      { mark: { type: "bar" }, encoding: { x, xOffset: { field: "index", sort: ["S1", "ST"] }, y: { field: "estimate", type: "quantitative", title: "index" }, color } },
      { mark: { type: "rule", color: "#333333" }, encoding: { x, xOffset: { field: "index", sort: ["S1", "ST"] }, y: { field: "ci_low", type: "quantitative" }, y2: { field: "ci_high" } } },
    ],
    facet: { field: "output", title: null, order: panelsOf(values, "output") },
    independentY: true,
  });
}

/** Each claim's share of runs against each parameter's value, one panel per parameter. */
export function claimSharesSpec(shares: Table, caption: ResultsCaption): VlSpec {
  const rows = records(shares);
  const params = [...new Set(rows.map((r) => r["parameter"] ?? ""))];
  const short = shortNames(params);
  const claims = [...new Set(rows.map((r) => r["claim"] ?? ""))];
  const values = rows.map((r) => ({
    claim: r["claim"],
    parameter: short[params.indexOf(r["parameter"] ?? "")],
    value: num(r["value"]),
    runs: num(r["runs"]),
    holds_share: num(r["holds_share"]),
  }));
  const x = { field: "value", type: "quantitative", title: "parameter value", scale: { zero: false } };
  const spec = frame({
    title: titleBlock("Where each claim holds: share of runs against each parameter", caption, "point: share of the runs at that value (binned); dashed: one half"),
    values,
    layer: [
      { mark: { type: "rule", strokeDash: [4, 4], color: "#888888" }, encoding: { y: { datum: 0.5 } } },
      {
        mark: { type: "line", point: { filled: true, size: 30 } },
        encoding: {
          x,
          y: { field: "holds_share", type: "quantitative", title: "share of runs where the claim holds", scale: { domain: [0, 1] } },
          color: { field: "claim", type: "nominal", scale: colourScale(claims), sort: claims },
          tooltip: [{ field: "claim" }, { field: "value", format: ".4g" }, { field: "holds_share", format: ".3f" }, { field: "runs" }],
        },
      },
    ],
    facet: { field: "parameter", title: null, order: short },
  });
  return { ...spec, resolve: { scale: { x: "independent" } } };
}
