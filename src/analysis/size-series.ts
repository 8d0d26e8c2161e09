/**
 * The size series: how each layer's mean distance grows with the number of agents N,
 * read from the summary.csv of one or more result folders (a sweep over agents.count,
 * or separate runs), fitted against ln N and against ln N / ln k (k the layer's mean
 * degree; ℓ ≈ ln N / ln k in random graphs, Newman, Strogatz & Watts 2001; Fronczak,
 * Fronczak & Hołyst 2004), and extrapolated to a target size (10^9 by default) with a
 * prediction interval (weighted least squares, see size-fit.ts).
 *
 * Per size and layer: the mean over replicates of the replicate's mean distance on
 * the layer; its variance is (in order of preference) the replicates' sample
 * variance / n when n ≥ 2; else the separation's own sampling interval
 * ((high − low) / (2 · 1.96))² when the run sampled; else the median of the other
 * sizes' variances (variance_source says which). Confidence intervals of the mean are
 * reported only from n ≥ 3 replicates. Interval ends below 1 hop (the least distance
 * between two people) are clipped to 1.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { readCsv, stackTables, type Table } from "../io/csv-read.js";
import { summarize } from "../experiment/statistics.js";
import { at, get } from "../checked-index.js";
import { predict, weightedFit, type FitPoint } from "./size-fit.js";

export const SIZE_LAYERS = ["ties", "social", "trusted"] as const;
export type SizeLayer = (typeof SIZE_LAYERS)[number];

/** The least distance between two distinct people: interval ends are clipped to it. */
export const MIN_HOPS = 1;

const clipLow = (x: number | null): number | null => (x === null ? null : Math.max(MIN_HOPS, x));

export type VarianceSource = "replicates" | "sampling" | "median-of-others";

export interface SizePoint {
  readonly agents: number;
  readonly layer: SizeLayer;
  readonly replicates: number;
  readonly meanDistance: number;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  readonly variance: number;
  readonly varianceSource: VarianceSource;
  readonly degreeMean: number | null;
  readonly reachablePairsShare: number | null;
}

export interface FitRow {
  readonly layer: SizeLayer;
  readonly regressor: "ln_n" | "ln_n_over_ln_k";
  readonly intercept: number;
  readonly slope: number;
  readonly slopeCiLow: number | null;
  readonly slopeCiHigh: number | null;
  readonly nMin: number;
  readonly nMax: number;
  readonly extrapolatedN: number;
  readonly extrapolatedHops: number;
  readonly piLow: number | null;
  readonly piHigh: number | null;
  /** For ln N / ln k: the mean degree assumed at the target size (the largest world's). */
  readonly degreeAssumed: number | null;
}

export interface SizeSeries {
  readonly points: readonly SizePoint[];
  readonly fits: readonly FitRow[];
}

/**
 * Stacks the summary.csv of each folder (or the file itself when a CSV is named). A
 * run that did not sweep agents.count has no such column: its size is read from the
 * manifest.json beside the summary (the resolved scenario's agents.count).
 */
export function readSummaries(paths: readonly string[]): Table {
  const tables = paths.map((p) => {
    const file = existsSync(p) && statSync(p).isDirectory() ? join(p, "summary.csv") : p;
    if (!existsSync(file)) throw new RangeError(`${p}: no summary.csv (run \`netvalue run\` or \`sweep\` into it first)`);
    const table = readCsv(file);
    if (table.columns.includes("agents.count")) return table;
    const manifest = join(dirname(file), "manifest.json");
    const count = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as { scenario?: { agents?: { count?: unknown } } }).scenario?.agents?.count : undefined;
    if (typeof count !== "number") throw new RangeError(`${p}: summary.csv has no agents.count column and no manifest.json names the run's agents.count`);
    return { columns: [...table.columns, "agents.count"], rows: table.rows.map((r) => [...r, String(count)]) };
  });
  return stackTables(tables);
}

function column(table: Table, name: string): number {
  return table.columns.indexOf(name);
}

function numbersAt(rows: readonly (readonly string[])[], idx: number): number[] {
  if (idx < 0) return [];
  return rows.map((r) => (r[idx] === "" || r[idx] === undefined ? NaN : Number(r[idx]))).filter(Number.isFinite);
}

function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? at(s, m) : (at(s, m - 1) + at(s, m)) / 2;
}

/** Per size and layer: mean distance, its variance and CI, degree and reachable share. */
export function sizePoints(table: Table): SizePoint[] {
  const nIdx = column(table, "agents.count");
  if (nIdx < 0) throw new RangeError("summary.csv has no agents.count column: it is not from netvalue run/sweep");
  const bySize = new Map<number, (readonly string[])[]>();
  for (const r of table.rows) {
    const n = Number(r[nIdx]);
    const list = bySize.get(n) ?? [];
    list.push(r);
    bySize.set(n, list);
  }
  const sizes = [...bySize.keys()].sort((a, b) => a - b);
  const points: SizePoint[] = [];
  for (const layer of SIZE_LAYERS) {
    const dIdx = column(table, `${layer}_mean_distance_hops`);
    if (dIdx < 0) continue;
    const lowIdx = column(table, `${layer}_mean_distance_ci_low_hops`);
    const highIdx = column(table, `${layer}_mean_distance_ci_high_hops`);
    const draft: Omit<SizePoint, "variance" | "varianceSource">[] = [];
    const variances: (readonly [number, VarianceSource] | null)[] = [];
    for (const n of sizes) {
      const rows = get(bySize, n);
      const ds = numbersAt(rows, dIdx);
      if (ds.length === 0) continue;
      const s = summarize(ds);
      if (s.mean === null) continue;
      const lows = numbersAt(rows, lowIdx);
      const highs = numbersAt(rows, highIdx);
      let v: readonly [number, VarianceSource] | null = null;
      if (ds.length >= 2 && s.sd !== null && s.sd > 0) v = [s.sd ** 2 / ds.length, "replicates"];
      else if (lows.length > 0 && lows.length === highs.length) {
        const se = (highs.reduce((a, b) => a + b, 0) - lows.reduce((a, b) => a + b, 0)) / lows.length / (2 * 1.959964);
        if (se > 0) v = [(se * se) / ds.length, "sampling"];
      }
      variances.push(v);
      draft.push({
        agents: n,
        layer,
        replicates: ds.length,
        meanDistance: s.mean,
        ciLow: ds.length >= 3 && s.ciLow !== null ? Math.max(MIN_HOPS, s.ciLow) : null,
        ciHigh: ds.length >= 3 ? s.ciHigh : null,
        degreeMean: mean(numbersAt(rows, column(table, `${layer}_degree_mean`))),
        reachablePairsShare: mean(numbersAt(rows, column(table, `${layer}_reachable_pairs_share`))),
      });
    }
    const known = variances.filter((v): v is readonly [number, VarianceSource] => v !== null).map((v) => v[0]);
    draft.forEach((d, i) => {
      const v = variances[i];
      if (v) points.push({ ...d, variance: v[0], varianceSource: v[1] });
      else if (known.length > 0) points.push({ ...d, variance: median(known), varianceSource: "median-of-others" });
      else points.push({ ...d, variance: 1, varianceSource: "median-of-others" });
    });
  }
  return points;
}

/** Fits every layer with ≥ 2 sizes against ln N and ln N / ln k; extrapolates to `target`. */
export function fitSizeSeries(points: readonly SizePoint[], target = 1e9): FitRow[] {
  const rows: FitRow[] = [];
  for (const layer of SIZE_LAYERS) {
    const ps = points.filter((p) => p.layer === layer);
    if (ps.length < 2) continue;
    const nMin = Math.min(...ps.map((p) => p.agents));
    const nMax = Math.max(...ps.map((p) => p.agents));
    const lnN: FitPoint[] = ps.map((p) => ({ x: Math.log(p.agents), y: p.meanDistance, variance: p.variance }));
    const f = weightedFit(lnN);
    const at = predict(f, Math.log(target));
    rows.push({
      layer,
      regressor: "ln_n",
      intercept: f.intercept,
      slope: f.slope,
      slopeCiLow: f.slopeCiLow,
      slopeCiHigh: f.slopeCiHigh,
      nMin,
      nMax,
      extrapolatedN: target,
      extrapolatedHops: at.y,
      piLow: clipLow(at.piLow),
      piHigh: at.piHigh,
      degreeAssumed: null,
    });
    const withK = ps.flatMap((p) => (p.degreeMean !== null && p.degreeMean > 1 ? [{ p, k: p.degreeMean }] : []));
    if (withK.length < 2) continue;
    const lnK: FitPoint[] = withK.map(({ p, k }) => ({ x: Math.log(p.agents) / Math.log(k), y: p.meanDistance, variance: p.variance }));
    const xs = lnK.map((q) => q.x);
    if (Math.max(...xs) - Math.min(...xs) <= 0) continue;
    const g = weightedFit(lnK);
    const { k } = withK.reduce((a, b) => (b.p.agents > a.p.agents ? b : a));
    const atK = predict(g, Math.log(target) / Math.log(k));
    rows.push({
      layer,
      regressor: "ln_n_over_ln_k",
      intercept: g.intercept,
      slope: g.slope,
      slopeCiLow: g.slopeCiLow,
      slopeCiHigh: g.slopeCiHigh,
      nMin: Math.min(...withK.map(({ p }) => p.agents)),
      nMax: Math.max(...withK.map(({ p }) => p.agents)),
      extrapolatedN: target,
      extrapolatedHops: atK.y,
      piLow: clipLow(atK.piLow),
      piHigh: atK.piHigh,
      degreeAssumed: k,
    });
  }
  return rows;
}

/**
 * Keeps the rows matching every `path=value` filter, then checks that no parameter
 * column other than agents.count (dotted sweep paths, and steps) still varies: a size
 * series compares one world at several sizes, never several worlds.
 */
export function selectWorld(table: Table, where: readonly string[]): Table {
  let rows = table.rows;
  for (const w of where) {
    const eq = w.indexOf("=");
    const name = eq < 0 ? "" : w.slice(0, eq);
    const idx = column(table, name);
    if (eq < 0 || idx < 0) throw new RangeError(`--where ${w}: expected <column>=<value> with a column of summary.csv, e.g. network.followCap=5000`);
    const value = w.slice(eq + 1);
    rows = rows.filter((r) => r[idx] === value || (Number.isFinite(Number(value)) && Number(r[idx]) === Number(value)));
  }
  const varying = table.columns.filter((c, i) => c !== "agents.count" && (c.includes(".") || c === "steps") && new Set(rows.map((r) => r[i])).size > 1);
  if (varying.length > 0) {
    throw new RangeError(`the runs differ in ${varying.join(", ")} as well as agents.count: pick one world with --where (e.g. --where ${varying[0]}=<value>)`);
  }
  return { columns: table.columns, rows };
}

export function sizeSeries(paths: readonly string[], target = 1e9, where: readonly string[] = []): SizeSeries {
  const points = sizePoints(selectWorld(readSummaries(paths), where));
  if (new Set(points.map((p) => p.agents)).size < 2) {
    throw new RangeError(`${paths.join(", ")}: the size series needs at least 2 distinct agents.count values with a measured mean distance`);
  }
  return { points, fits: fitSizeSeries(points, target) };
}
