/**
 * The combined tables of a sweep, built from its cells' files once every cell is
 * present: summary.csv (one row per cell × replicate, a column per swept parameter
 * and the replicate's seed) and sweep-summary.csv (one row per cell × metric: n,
 * mean, standard deviation and 95% t confidence interval over replicates, then the
 * difference from the first cell with its 95% interval and effect size, paired by
 * seed when both cells ran the same seeds — Cohen's d_z — else Welch / Hedges' g;
 * see paired.ts; empty on the first cell).
 */
import { join } from "node:path";
import { at } from "../checked-index.js";
import { writeCsvAtomic, type CsvValue } from "../io/csv.js";
import { readCsv, stackTables, type Table } from "../io/csv-read.js";
import { writeCodebook } from "../io/codebook.js";
import { KEY_COLUMNS, metricRange, summaryDocs, type ColumnDoc } from "../io/rows.js";
import { tableShape, type Cell } from "./cell.js";
import { compareBySeed, pairedComparison } from "./paired.js";
import { summarize } from "./statistics.js";

export const SWEEP_SUMMARY_COLUMNS = [
  "cell_id",
  "metric",
  "n",
  "mean",
  "sd",
  "ci95_low",
  "ci95_high",
  "ci95_note",
  "diff_vs_first_cell",
  "diff_ci95_low",
  "diff_ci95_high",
  "effect_size",
  "comparison",
] as const;

function isNumeric(s: string): boolean {
  return s !== "" && Number.isFinite(Number(s));
}

/** Columns (after keys and parameters) whose every non-empty value is a number. */
function metricColumns(table: Table, exclude: ReadonlySet<string>): number[] {
  const out: number[] = [];
  table.columns.forEach((c, i) => {
    if (exclude.has(c)) return;
    let any = false;
    for (const r of table.rows) {
      const v = r[i] ?? "";
      if (v === "") continue;
      if (!isNumeric(v)) return;
      any = true;
    }
    if (any) out.push(i);
  });
  return out;
}

/** A point-in-time column's entry. */
const d = (name: string, unit: string, definition: string): ColumnDoc => ({ name, unit, kind: "point-in-time", definition });

/** The key columns every combined table of a sweep starts with: the cell and its swept parameters. */
function cellKeyDocs(paramPaths: readonly string[]): ColumnDoc[] {
  return [
    { name: "cell_id", unit: "label", kind: "key", definition: "the sweep cell (its folder under cells/)" },
    ...paramPaths.map((p): ColumnDoc => ({ name: p, unit: "as in the scenario", kind: "key", definition: `swept parameter ${p} of this cell` })),
  ];
}

function sweepSummaryDocs(paramPaths: readonly string[]): ColumnDoc[] {
  return [
    ...cellKeyDocs(paramPaths),
    { name: "metric", unit: "label", kind: "key", definition: "a summary.csv column (unit, kind and definition in its own entry); values are over the cell's replicates" },
    d("n", "replicates", "number of replicates with a value"),
    d("mean", "the metric's unit", "mean over replicates"),
    d("sd", "the metric's unit", "sample standard deviation (n − 1); empty when n < 2"),
    d("ci95_low", "the metric's unit", "lower end of the 95% t interval of the mean, clipped to the metric's range; empty when n < 3 (too few replicates for an interval)"),
    d("ci95_high", "the metric's unit", "upper end of the 95% t interval, clipped likewise"),
    d("ci95_note", "label", "why the interval is empty ('n < 3: no interval'), or that it was clipped to the metric's range ('clipped to [0, 1]', 'clipped at 0'); empty otherwise"),
    d("diff_vs_first_cell", "the metric's unit", "this cell's mean minus the first cell's (paired by seed when both ran the same seeds); empty on the first cell"),
    d("diff_ci95_low", "the metric's unit", "lower end of the 95% t interval of the difference (paired, or Welch when unpaired)"),
    d("diff_ci95_high", "the metric's unit", "upper end of the 95% t interval of the difference"),
    d("effect_size", "standard deviations", "standardised mean difference: Cohen's d_z (paired) or Hedges' g (unpaired)"),
    { name: "comparison", unit: "label", kind: "point-in-time", definition: "'paired' (same seeds in both cells) or 'unpaired'; empty on the first cell" },
  ];
}

/** Writes summary.csv, sweep-summary.csv and their codebook (columns.csv) in `outDir`; returns the file names. */
export function writeSweepTables(outDir: string, cells: readonly { cell: Cell; dir: string }[]): string[] {
  const ordered = [...cells].sort((a, b) => a.cell.index - b.cell.index);
  const paramPaths = ordered[0]?.cell.params.map(([p]) => p) ?? [];
  const perCell = ordered.map(({ dir }) => readCsv(join(dir, "summary.csv")));
  const combined = stackTables(perCell);
  writeCsvAtomic(join(outDir, "summary.csv"), combined.columns, combined.rows);

  const exclude = new Set<string>([...KEY_COLUMNS, ...paramPaths]);
  const metrics = metricColumns(combined, exclude);
  const rows: CsvValue[][] = [];
  /** A cell's values of one metric by replicate seed. */
  const bySeed = (t: Table, name: string): Map<number, number> => {
    const j = t.columns.indexOf(name);
    const seedAt = t.columns.indexOf("seed");
    const out = new Map<number, number>();
    if (j >= 0) for (const r of t.rows) if (isNumeric(r[j] ?? "")) out.set(Number(r[seedAt]), Number(r[j]));
    return out;
  };
  ordered.forEach(({ cell }, k) => {
    const t = at(perCell, k);
    for (const i of metrics) {
      const name = at(combined.columns, i);
      const j = t.columns.indexOf(name);
      const values = j < 0 ? [] : t.rows.map((r) => r[j] ?? "").filter(isNumeric).map(Number);
      const s = summarize(values, metricRange(name));
      const c = k === 0 ? null : compareBySeed(bySeed(t, name), bySeed(at(perCell, 0), name));
      const diff = c ? [c.difference, c.ciLow, c.ciHigh, c.effectSize, c.kind] : [null, null, null, null, null];
      rows.push([cell.id, ...cell.params.map(([, v]) => paramCell(v)), name, s.n, s.mean, s.sd, s.ciLow, s.ciHigh, s.note, ...diff]);
    }
  });
  const columns = ["cell_id", ...paramPaths, ...SWEEP_SUMMARY_COLUMNS.slice(1)];
  writeCsvAtomic(join(outDir, "sweep-summary.csv"), columns, rows);
  writeStrategyComparison(outDir, ordered, perCell, paramPaths);
  const first = ordered[0];
  const docs = {
    "summary.csv": first ? summaryDocs(tableShape(first.cell)) : [],
    "sweep-summary.csv": sweepSummaryDocs(paramPaths),
    [STRATEGY_COMPARISON_FILE]: strategyComparisonDocs(paramPaths),
  };
  const codebook = writeCodebook(outDir, docs, ["summary.csv", "sweep-summary.csv", STRATEGY_COMPARISON_FILE]);
  return ["summary.csv", "sweep-summary.csv", STRATEGY_COMPARISON_FILE, codebook];
}

export const STRATEGY_COMPARISON_FILE = "strategy-comparison.csv";

/**
 * Within each cell, the first strategy (by name) against each other one on every
 * metric both have in summary.csv (`<strategy>_<metric>`), paired by replicate: both
 * values come from the same run, so the difference's interval is free of the seed
 * noise they share (paired.ts: t interval, Cohen's d_z).
 */
function writeStrategyComparison(outDir: string, ordered: readonly { cell: Cell }[], perCell: readonly Table[], paramPaths: readonly string[]): void {
  const rows: CsvValue[][] = [];
  ordered.forEach(({ cell }, k) => {
    const t = perCell[k] as Table;
    const strategies = tableShape(cell).strategies;
    const [a, ...others] = strategies;
    if (a === undefined) return;
    const num = (v: string | undefined) => (v !== undefined && isNumeric(v) ? Number(v) : NaN);
    for (const b of others) {
      for (const [ia, column] of t.columns.entries()) {
        if (!column.startsWith(`${a}_`)) continue;
        const metric = column.slice(a.length + 1);
        const ib = t.columns.indexOf(`${b}_${metric}`);
        if (ib < 0) continue;
        const c = pairedComparison(
          t.rows.map((r) => num(r[ia])),
          t.rows.map((r) => num(r[ib])),
        );
        if (c.n === 0) continue;
        rows.push([cell.id, ...cell.params.map(([, v]) => paramCell(v)), metric, a, b, c.n, c.difference, c.ciLow, c.ciHigh, c.effectSize]);
      }
    }
  });
  const columns = ["cell_id", ...paramPaths, "metric", "strategy_a", "strategy_b", "n", "difference", "ci95_low", "ci95_high", "effect_size"];
  writeCsvAtomic(join(outDir, STRATEGY_COMPARISON_FILE), columns, rows);
}

function strategyComparisonDocs(paramPaths: readonly string[]): ColumnDoc[] {
  return [
    ...cellKeyDocs(paramPaths),
    { name: "metric", unit: "label", kind: "key", definition: "a per-strategy summary.csv metric, without its strategy prefix (its unit, kind and definition are those of <strategy>_<metric>)" },
    { name: "strategy_a", unit: "label", kind: "key", definition: "the first strategy of the population, by name" },
    { name: "strategy_b", unit: "label", kind: "key", definition: "the strategy compared with it" },
    d("n", "replicates", "runs with a value for both strategies"),
    d("difference", "the metric's unit", "mean over runs of strategy_a's value minus strategy_b's, paired within each run"),
    d("ci95_low", "the metric's unit", "lower end of the 95% t interval of the paired difference; empty when n < 2"),
    d("ci95_high", "the metric's unit", "upper end of that interval"),
    d("effect_size", "standard deviations", "Cohen's d_z: the mean paired difference over the sd of the differences; empty when they do not vary"),
  ];
}

function paramCell(v: unknown): CsvValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}
