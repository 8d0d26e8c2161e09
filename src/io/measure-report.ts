/**
 * Formatting of a graph measurement (`netvalue measure`): a table for people, JSON for
 * programs, tidy CSV for spreadsheets. The metrics themselves are computed elsewhere;
 * this module only turns numbers into text.
 *
 * CSV is long ("tidy") format, one row per value: `metric,hops,value`, where `hops` is
 * set only for the rows of the distance distribution (`pairs_at_distance`). Numbers are
 * written in JavaScript's shortest round-trip form; NaN is written empty (CSV) or null
 * (JSON).
 */
import type { SeparationResult } from "../metrics/separation/index.js";
import type { StructureSummary } from "../metrics/structure/index.js";
import { toCsv, type CsvValue } from "./csv.js";

export interface Measurement {
  readonly file: string;
  readonly format: string;
  readonly directed: boolean;
  readonly seed: number;
  readonly warnings: readonly string[];
  readonly structure: StructureSummary;
  readonly separation: SeparationResult;
  readonly seconds: number;
}

/** Flat (name, value) pairs in report order; names are snake_case with units. */
export function measurementValues(m: Measurement): [string, CsvValue][] {
  const s = m.structure;
  const p = m.separation;
  const rows: [string, CsvValue][] = [
    ["nodes", s.nodes],
    ["edges", s.edges],
    ["degree_mean", s.degree.mean],
    ["degree_max", s.degree.max],
    ["degree_gini", s.degree.gini],
    ["isolated_nodes", s.isolated],
    ["components", s.components],
    ["giant_component_nodes", s.giantSize],
    ["giant_component_edges", s.giantEdges],
    ["giant_component_share", s.giantShare],
    ["triangles", s.triangles],
    ["average_clustering", s.averageClustering],
    ["transitivity", s.transitivity],
    ["closed_triangle_fraction", s.closedTriangleFraction],
    ["separation_method", p.method],
    ["separation_directed", p.directed],
  ];
  if (p.parameters.samples !== undefined) rows.push(["samples", p.parameters.samples]);
  if (p.parameters.registers !== undefined) rows.push(["registers_log2", p.parameters.registers]);
  if (p.parameters.runs !== undefined) rows.push(["hyperanf_runs", p.parameters.runs]);
  if (p.method !== "exact") rows.push(["seed", m.seed]);
  rows.push(
    ["mean_distance_hops", p.meanDistance],
    ["intermediaries", p.intermediaries],
    ["median_distance_hops", p.medianDistance],
    ["median_distance_ordinary_hops", p.medianDistanceOrdinary],
    ["effective_diameter_hops", p.effectiveDiameter],
    ["global_efficiency", p.globalEfficiency],
    ["harmonic_mean_distance_hops", p.harmonicMeanDistance],
    ["diameter_hops", p.diameter],
    ["diameter_is_lower_bound", p.diameterIsLowerBound],
    ["reachable_pairs", p.reachablePairs],
    ["reachable_pair_share", p.reachablePairShare],
    ["spid", p.spid],
  );
  const e = p.error;
  if (e.kind === "bootstrap") {
    rows.push(
      ["mean_distance_ci95_low", e.meanDistance[0]],
      ["mean_distance_ci95_high", e.meanDistance[1]],
      ["effective_diameter_ci95_low", e.effectiveDiameter[0]],
      ["effective_diameter_ci95_high", e.effectiveDiameter[1]],
      ["bootstrap_resamples", e.resamples],
    );
  } else if (e.kind === "hyperloglog") {
    rows.push(["neighbourhood_relative_standard_error", e.relativeStandardError]);
    if (e.meanDistance) rows.push(["mean_distance_ci95_low", e.meanDistance[0]], ["mean_distance_ci95_high", e.meanDistance[1]]);
    if (e.effectiveDiameter) {
      rows.push(["effective_diameter_ci95_low", e.effectiveDiameter[0]], ["effective_diameter_ci95_high", e.effectiveDiameter[1]]);
    }
  }
  return rows;
}

function fmt(v: CsvValue): string {
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "n/a";
    if (Number.isInteger(v)) return v.toLocaleString("en-US");
    return Math.abs(v) >= 1000 ? v.toFixed(1) : v.toPrecision(5).replace(/\.?0+$/, "");
  }
  return String(v ?? "");
}

/** A plain-text report: values, error bound, warnings and the distance distribution. */
export function formatMeasurementTable(m: Measurement): string {
  const values = measurementValues(m);
  const width = Math.max(...values.map(([k]) => k.length));
  const out: string[] = [`${m.file} (${m.format}${m.directed ? ", directed" : ""}), measured in ${m.seconds.toFixed(2)} s`];
  for (const w of m.warnings) out.push(`note: ${w}`);
  out.push("");
  for (const [k, v] of values) out.push(`${k.padEnd(width)}  ${fmt(v)}`);
  const { counts, sources } = m.separation.distribution;
  const total = counts.reduce((a, b) => a + b, 0);
  out.push("", `distance distribution (ordered pairs from ${fmt(sources)} source${sources === 1 ? "" : "s"}, self excluded)`);
  out.push(`${"hops".padStart(5)}  ${"pairs".padStart(18)}  ${"share".padStart(8)}  ${"cumulative".padStart(10)}`);
  let cum = 0;
  for (const [h, c] of counts.entries()) {
    if (h === 0) continue;
    cum += c;
    const pairs = Number.isInteger(c) ? c.toLocaleString("en-US") : c.toExponential(4);
    out.push(`${String(h).padStart(5)}  ${pairs.padStart(18)}  ${(c / total).toFixed(5).padStart(8)}  ${(cum / total).toFixed(5).padStart(10)}`);
  }
  return `${out.join("\n")}\n`;
}

/** JSON with NaN as null; the distribution's counts under separation.distribution. */
export function formatMeasurementJson(m: Measurement): string {
  return `${JSON.stringify(m, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v), 2)}\n`;
}

/** Tidy CSV: `metric,hops,value`. */
export function formatMeasurementCsv(m: Measurement): string {
  const rows: CsvValue[][] = measurementValues(m).map(([k, v]) => [k, "", v]);
  const { counts } = m.separation.distribution;
  counts.forEach((c, h) => {
    if (h >= 1) rows.push(["pairs_at_distance", h, c]);
  });
  return toCsv(["metric", "hops", "value"], rows);
}
