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
import { writeCsvAtomic, type CsvValue } from "../io/csv.js";
import { readCsv, stackTables, type Table } from "../io/csv-read.js";
import { KEY_COLUMNS } from "../io/rows.js";
import type { Cell } from "./cell.js";
import { compareBySeed } from "./paired.js";
import { summarize } from "./statistics.js";

export const SWEEP_SUMMARY_COLUMNS = [
  "cell_id",
  "metric",
  "n",
  "mean",
  "sd",
  "ci95_low",
  "ci95_high",
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

/** Writes summary.csv and sweep-summary.csv in `outDir`; returns the file names. */
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
    const t = perCell[k] as Table;
    for (const i of metrics) {
      const name = combined.columns[i] as string;
      const j = t.columns.indexOf(name);
      const s = summarize(j < 0 ? [] : t.rows.map((r) => r[j] ?? "").filter(isNumeric).map(Number));
      const c = k === 0 ? null : compareBySeed(bySeed(t, name), bySeed(perCell[0] as Table, name));
      const diff = c ? [c.difference, c.ciLow, c.ciHigh, c.effectSize, c.kind] : [null, null, null, null, null];
      rows.push([cell.id, ...cell.params.map(([, v]) => paramCell(v)), name, s.n, s.mean, s.sd, s.ciLow, s.ciHigh, ...diff]);
    }
  });
  const columns = ["cell_id", ...paramPaths, ...SWEEP_SUMMARY_COLUMNS.slice(1)];
  writeCsvAtomic(join(outDir, "sweep-summary.csv"), columns, rows);
  return ["summary.csv", "sweep-summary.csv"];
}

function paramCell(v: unknown): CsvValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}
