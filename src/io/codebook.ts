/**
 * The codebook: columns.csv (`file, column, unit, kind, definition`), one row per column
 * of every CSV file a run writes. It is built from the same column declarations that
 * write the files (io/rows.ts), so a column cannot be written without an entry.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { writeCsvAtomic, type CsvValue } from "./csv.js";
import { readCsv } from "./csv-read.js";
import { InputError } from "../errors.js";
import {
  agentsDocs,
  distancesDocs,
  opportunitiesDocs,
  summaryDocs,
  timeseriesDocs,
  timeseriesLongDocs,
  type ColumnDoc,
  type TableShape,
} from "./rows.js";

export const CODEBOOK_FILE = "columns.csv";
export const CODEBOOK_COLUMNS = ["file", "column", "unit", "kind", "definition"] as const;

/** The documented columns of each per-cell CSV file, in the order they are written. */
export function cellFileDocs(shape: TableShape): Record<string, ColumnDoc[]> {
  return {
    "timeseries.csv": timeseriesDocs(shape),
    "timeseries-long.csv": timeseriesLongDocs(shape),
    "summary.csv": summaryDocs(shape),
    "distances.csv": distancesDocs(shape),
    "opportunities.csv": opportunitiesDocs(shape),
    "agents.csv": agentsDocs(shape),
  };
}

/** Codebook rows for the given files (each one's columns in written order). */
export function codebookRows(docs: Readonly<Record<string, readonly ColumnDoc[]>>, files: readonly string[]): CsvValue[][] {
  return files.flatMap((file) => (docs[file] ?? []).map((c) => [file, c.name, c.unit, c.kind, c.definition]));
}

/** Writes columns.csv in `dir` for `files`; returns its name. */
export function writeCodebook(dir: string, docs: Readonly<Record<string, readonly ColumnDoc[]>>, files: readonly string[]): string {
  writeCsvAtomic(join(dir, CODEBOOK_FILE), [...CODEBOOK_COLUMNS], codebookRows(docs, files));
  return CODEBOOK_FILE;
}

/**
 * Adds the entries of `files` to the columns.csv already in `dir` (or a new one):
 * earlier entries of those files are replaced, every other entry is kept in place.
 * @returns the codebook's name
 */
export function mergeCodebook(dir: string, docs: Readonly<Record<string, readonly ColumnDoc[]>>, files: readonly string[]): string {
  const path = join(dir, CODEBOOK_FILE);
  const kept: CsvValue[][] = [];
  if (existsSync(path)) {
    const t = readCsv(path);
    if (t.columns.join(",") !== CODEBOOK_COLUMNS.join(",")) throw new InputError(`${path}: not a netvalue codebook (columns ${t.columns.join(", ")})`);
    for (const r of t.rows) if (!files.includes(r[0] ?? "")) kept.push([...r]);
  }
  writeCsvAtomic(path, [...CODEBOOK_COLUMNS], [...kept, ...codebookRows(docs, files)]);
  return CODEBOOK_FILE;
}
