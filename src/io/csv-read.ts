/**
 * Reading back the CSV files netvalue wrote (for sweep tables, merge and the
 * reproducibility check), through csv-parse, the csv-stringify's sibling.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function readCsv(file: string): Table {
  const records = parse(readFileSync(file, "utf8"), { relax_column_count: false }) as string[][];
  const [columns = [], ...rows] = records;
  return { columns, rows };
}

/**
 * Stacks tables whose columns may differ (e.g. sweep cells with different
 * strategies): the result has the union of columns in first-seen order, and
 * missing values are empty.
 */
export function stackTables(tables: readonly Table[]): Table {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const t of tables) for (const c of t.columns) if (!seen.has(c)) (seen.add(c), columns.push(c));
  const rows: string[][] = [];
  for (const t of tables) {
    const idx = columns.map((c) => t.columns.indexOf(c));
    for (const r of t.rows) rows.push(idx.map((i) => (i < 0 ? "" : (r[i] ?? ""))));
  }
  return { columns, rows };
}
