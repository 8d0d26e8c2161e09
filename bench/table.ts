/**
 * Shared output for `npm run bench`: each suite produces rows (measured values
 * only), printed as a table and written to results/bench/<suite>.csv.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeCsvAtomic } from "../src/io/csv.js";

export type BenchRow = Record<string, string | number>;

export function printTable(title: string, rows: readonly BenchRow[]): void {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0] as BenchRow);
  const cell = (v: unknown) => (typeof v === "number" ? formatNumber(v) : String(v ?? ""));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i] as number)).join("  ");
  process.stdout.write(`\n${title}\n${line(cols)}\n${line(widths.map((w) => "-".repeat(w)))}\n`);
  for (const r of rows) process.stdout.write(`${line(cols.map((c) => cell(r[c])))}\n`);
}

function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(1) : v.toPrecision(4);
}

export function writeBenchCsv(suite: string, rows: readonly BenchRow[]): string {
  const dir = join("results", "bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${suite}.csv`);
  const cols = rows.length ? Object.keys(rows[0] as BenchRow) : [];
  writeCsvAtomic(file, cols, rows.map((r) => cols.map((c) => r[c] ?? "")));
  return file;
}
