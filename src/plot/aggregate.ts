/**
 * The numbers behind the charts, computed here in TypeScript (not by vega
 * transforms) so they are deterministic and testable: mean and 95% t confidence
 * interval over replicates per (panel, series, x), the share of pairs at each hop
 * count per layer (its interval clipped to [0, 1]), and the rows of sweep-summary.csv
 * that a response chart shows.
 *
 * Notes: the interval is mean ± t(0.975, n−1)·sd/√n (experiment/statistics.ts), clipped
 * to the metric's range (io/rows.ts `metricRange`); with fewer than 3 replicates it is
 * absent (null), not zero, and the point's `note` says so. Empty and non-numeric cells are not
 * values: a step where a metric was not measured contributes nothing.
 */
import type { Table } from "../io/csv-read.js";
import { summarize, UNBOUNDED, type ValueRange } from "../experiment/statistics.js";
import { metricRange, unitRange } from "../io/rows.js";

/** Mean and 95% CI of one (panel, series, x) group. `panel` is a sweep cell label or null. */
export interface BandPoint {
  readonly panel: string | null;
  readonly series: string;
  readonly x: number;
  readonly n: number;
  readonly mean: number;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  /** "n < 3: no interval", "clipped to [0, 1]", … or "" (experiment/statistics.ts). */
  readonly note: string;
}

interface Sample {
  readonly panel: string | null;
  readonly series: string;
  readonly x: number;
  readonly value: number;
}

/** A CSV cell as a finite number, or null for empty / non-numeric text. */
export function toNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}

function col(table: Table, name: string): number {
  return table.columns.indexOf(name);
}

/** Groups samples and summarises each group; order: panel and series as first seen, then x ascending. */
function summariseSamples(samples: readonly Sample[], range: ValueRange = UNBOUNDED): BandPoint[] {
  const panelOrder = new Map<string | null, number>();
  const seriesOrder = new Map<string, number>();
  const groups = new Map<string, { panel: string | null; series: string; x: number; values: number[] }>();
  for (const s of samples) {
    if (!panelOrder.has(s.panel)) panelOrder.set(s.panel, panelOrder.size);
    if (!seriesOrder.has(s.series)) seriesOrder.set(s.series, seriesOrder.size);
    const key = JSON.stringify([s.panel, s.series, s.x]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { panel: s.panel, series: s.series, x: s.x, values: [] }));
    g.values.push(s.value);
  }
  const out: BandPoint[] = [];
  for (const g of groups.values()) {
    const sum = summarize(g.values, range);
    if (sum.mean === null) continue;
    out.push({ panel: g.panel, series: g.series, x: g.x, n: sum.n, mean: sum.mean, ciLow: sum.ciLow, ciHigh: sum.ciHigh, note: sum.note });
  }
  const rank = (p: BandPoint): [number, number, number] => [
    panelOrder.get(p.panel) ?? 0,
    seriesOrder.get(p.series) ?? 0,
    p.x,
  ];
  return out.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2];
  });
}

/**
 * The series a strategy chart shows, from the names present: `all` (the whole
 * population) is dropped when exactly one strategy is present, because its line
 * would repeat that strategy's; with two or more it is kept as their population mean.
 */
export function shownSeries(names: readonly string[]): string[] {
  const named = names.filter((s) => s !== "all");
  return named.length === 1 ? named : [...names];
}

/** The strategies of a time series table, in first-seen order, filtered by `shownSeries`. */
export function strategiesOf(timeseries: Table): string[] {
  const j = col(timeseries, "strategy");
  if (j < 0) return [];
  const seen: string[] = [];
  for (const r of timeseries.rows) {
    const s = r[j] ?? "";
    if (s !== "" && !seen.includes(s)) seen.push(s);
  }
  return shownSeries(seen);
}

/**
 * Mean and 95% CI over replicates of `metric` per step and strategy (and per cell,
 * when the table has a `cell` column). Empty when the column is absent or never filled.
 */
export function strategyBands(timeseries: Table, metric: string): BandPoint[] {
  const [jm, js, jt, jc] = [col(timeseries, metric), col(timeseries, "strategy"), col(timeseries, "step"), col(timeseries, "cell")];
  if (jm < 0 || js < 0 || jt < 0) return [];
  const shown = new Set(strategiesOf(timeseries));
  const samples: Sample[] = [];
  for (const r of timeseries.rows) {
    const series = r[js] ?? "";
    const x = toNumber(r[jt]);
    const value = toNumber(r[jm]);
    if (!shown.has(series) || x === null || value === null) continue;
    samples.push({ panel: jc < 0 ? null : (r[jc] ?? ""), series, x, value });
  }
  return summariseSamples(samples, metricRange(metric));
}

/** Layers with a `<layer>_mean_distance_hops` column, in column order. */
export function distanceLayers(timeseries: Table): string[] {
  return timeseries.columns.filter((c) => /^[a-z0-9]+_mean_distance_hops$/.test(c)).map((c) => c.slice(0, -"_mean_distance_hops".length));
}

/** Mean distance (hops) per layer and step over replicates, from the `strategy = all` rows. */
export function layerDistanceBands(timeseries: Table): BandPoint[] {
  const [js, jt, jc] = [col(timeseries, "strategy"), col(timeseries, "step"), col(timeseries, "cell")];
  if (js < 0 || jt < 0) return [];
  const layers = distanceLayers(timeseries).map((layer) => [layer, col(timeseries, `${layer}_mean_distance_hops`)] as const);
  const samples: Sample[] = [];
  for (const r of timeseries.rows) {
    if (r[js] !== "all") continue;
    const x = toNumber(r[jt]);
    if (x === null) continue;
    for (const [layer, j] of layers) {
      const value = toNumber(r[j]);
      if (value !== null) samples.push({ panel: jc < 0 ? null : (r[jc] ?? ""), series: layer, x, value });
    }
  }
  return summariseSamples(samples, unitRange("hops"));
}

/**
 * Share of reachable pairs at each hop count, per layer: within each replicate the
 * rows of its last step are normalised to sum to 1, then averaged over the
 * replicates that measured the layer (a hop count a replicate lacks counts as 0).
 * `x` is the hop count.
 */
export function distanceShares(distances: Table): BandPoint[] {
  const [jr, jrep, jt, jl, jh, jp, jc] = ["run_id", "replicate", "step", "layer", "distance_hops", "pairs", "cell"].map((c) =>
    col(distances, c),
  ) as [number, number, number, number, number, number, number];
  if (jt < 0 || jl < 0 || jh < 0 || jp < 0) return [];
  interface Rep {
    panel: string | null;
    layer: string;
    step: number;
    pairs: Map<number, number>;
  }
  const reps = new Map<string, Rep>();
  for (const r of distances.rows) {
    const [step, hops, pairs] = [toNumber(r[jt]), toNumber(r[jh]), toNumber(r[jp])];
    if (step === null || hops === null || pairs === null) continue;
    const panel = jc < 0 ? null : (r[jc] ?? "");
    const layer = r[jl] ?? "";
    const key = JSON.stringify([panel, jr < 0 ? "" : r[jr], jrep < 0 ? "" : r[jrep], layer]);
    let rep = reps.get(key);
    if (!rep || step > rep.step) reps.set(key, (rep = { panel, layer, step, pairs: new Map() }));
    if (step === rep.step) rep.pairs.set(hops, (rep.pairs.get(hops) ?? 0) + pairs);
  }
  const hopsOf = new Map<string, Set<number>>();
  for (const rep of reps.values()) {
    const k = JSON.stringify([rep.panel, rep.layer]);
    const set = hopsOf.get(k) ?? new Set<number>();
    for (const h of rep.pairs.keys()) set.add(h);
    hopsOf.set(k, set);
  }
  const samples: Sample[] = [];
  for (const rep of reps.values()) {
    const total = [...rep.pairs.values()].reduce((a, b) => a + b, 0);
    if (total <= 0) continue;
    for (const h of hopsOf.get(JSON.stringify([rep.panel, rep.layer])) ?? []) {
      samples.push({ panel: rep.panel, series: rep.layer, x: h, value: (rep.pairs.get(h) ?? 0) / total });
    }
  }
  return summariseSamples(samples, { min: 0, max: 1 }); // a share: its interval is clipped to [0, 1]
}

/** One row of a sweep response chart: a metric's cell mean and CI at one value of the x parameter. */
export interface SweepPoint {
  /** The x parameter's value as written in the file. */
  readonly x: string;
  /** The other swept parameters, "p=v, q=w" (null with a single swept parameter). */
  readonly group: string | null;
  /** The metric's prefix: a strategy (`authentic`), `all`, or a layer (`social`). */
  readonly series: string;
  readonly n: number;
  readonly mean: number;
  readonly ciLow: number | null;
  readonly ciHigh: number | null;
  /** sweep-summary.csv's ci95_note ("" when the file has none). */
  readonly note: string;
}

/** Swept parameter columns of sweep-summary.csv: those between `cell_id` and `metric`. */
export function sweepParams(summary: Table): string[] {
  const from = col(summary, "cell_id");
  const to = col(summary, "metric");
  return from >= 0 && to > from ? summary.columns.slice(from + 1, to) : [];
}

/**
 * The rows of sweep-summary.csv whose metric is `<prefix>_<suffix>`, with the cell's
 * value of `xParam` and a label of its other parameters, in file order.
 */
export function sweepResponses(summary: Table, suffix: string, xParam: string, groupLabels: readonly string[]): SweepPoint[] {
  const params = sweepParams(summary);
  const jx = col(summary, xParam);
  const [jm, jn, jmean, jlo, jhi, jnote] = ["metric", "n", "mean", "ci95_low", "ci95_high", "ci95_note"].map((c) => col(summary, c)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (jx < 0 || jm < 0 || jmean < 0) return [];
  const others = params.filter((p) => p !== xParam).map((p) => [col(summary, p), groupLabels[params.indexOf(p)] ?? p] as const);
  const tail = `_${suffix}`;
  const out: SweepPoint[] = [];
  for (const r of summary.rows) {
    const metric = r[jm] ?? "";
    const mean = toNumber(r[jmean]);
    if (!metric.endsWith(tail) || metric.length === tail.length || mean === null) continue;
    out.push({
      x: r[jx] ?? "",
      group: others.length === 0 ? null : others.map(([j, name]) => `${name}=${r[j] ?? ""}`).join(", "),
      series: metric.slice(0, -tail.length),
      n: toNumber(r[jn]) ?? 0,
      mean,
      ciLow: toNumber(r[jlo]),
      ciHigh: toNumber(r[jhi]),
      note: jnote < 0 ? "" : (r[jnote] ?? ""),
    });
  }
  return out;
}
