/**
 * Reading a results folder for plotting: the folder written by `netvalue run`
 * (timeseries.csv, distances.csv, manifest.json, …) or by `netvalue sweep`
 * (manifest.json with a `sweep` field, sweep-summary.csv at the top and
 * cells/<cell-id>/timeseries.csv …). A sweep's per-cell tables are stacked, with
 * a leading `cell` column holding a readable label of the cell's parameters. A
 * validation experiment's folder (ratios.csv of watts-strogatz, routing.csv and
 * slopes.csv of kleinberg) is read as such.
 *
 * Missing files are not errors here (the chart that needs them is skipped); a folder
 * that does not exist, or holds none of netvalue's outputs, is an InputError.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { InputError } from "../errors.js";
import { at } from "../checked-index.js";
import { readCsv, stackTables, type Table } from "../io/csv-read.js";

/** What the caption needs from manifest.json (all optional: a folder may lack one). */
export interface ResultsCaption {
  readonly name: string;
  readonly seed: number | null;
  readonly version: string | null;
}

export interface LoadedResults {
  readonly dir: string;
  readonly kind: "run" | "sweep";
  readonly caption: ResultsCaption;
  /** timeseries.csv (for a sweep: every cell's, stacked, with a leading `cell` column). */
  readonly timeseries: Table | null;
  /** distances.csv, stacked the same way for a sweep. */
  readonly distances: Table | null;
  /** sweep-summary.csv of a complete sweep. */
  readonly sweepSummary: Table | null;
  /** Cell labels in grid order (empty for a run). */
  readonly cells: readonly string[];
  /** Cells found; their tables are not read when there are more than `maxCells`. */
  readonly cellCount: number;
  /** A validation experiment's tables, when the folder holds one. */
  readonly validation?: ValidationTables;
}

export type ValidationTables =
  | { readonly kind: "watts-strogatz"; readonly ratios: Table }
  | { readonly kind: "kleinberg"; readonly routing: Table; readonly slopes: Table | null };

export interface LoadOptions {
  /** Read the per-cell tables of a sweep only up to this many cells (default: no limit). */
  readonly maxCells?: number;
}

const KNOWN_FILES = ["manifest.json", "timeseries.csv", "summary.csv", "distances.csv", "sweep-summary.csv", "agents.csv", "opportunities.csv", "ratios.csv", "routing.csv"];

interface ManifestLike {
  netvalue?: unknown;
  name?: unknown;
  seeds?: unknown;
  scenario?: { seed?: unknown; name?: unknown } | null;
  sweep?: { cells?: { id?: unknown; index?: unknown }[] } | null;
}

function readManifestLike(dir: string): ManifestLike | null {
  const path = join(dir, "manifest.json");
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new InputError(`${path} is not valid JSON (${(err as Error).message}); is this a netvalue results folder?`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new InputError(`${path} is not a netvalue manifest (expected a JSON object)`);
  }
  return parsed as ManifestLike;
}

function captionOf(manifest: ManifestLike | null, dir: string): ResultsCaption {
  const name =
    typeof manifest?.name === "string" ? manifest.name : typeof manifest?.scenario?.name === "string" ? manifest.scenario.name : basename(dir);
  const seeds = Array.isArray(manifest?.seeds) ? manifest.seeds : [];
  const seed =
    typeof manifest?.scenario?.seed === "number" ? manifest.scenario.seed : typeof seeds[0] === "number" ? seeds[0] : null;
  const version = typeof manifest?.netvalue === "string" ? manifest.netvalue : null;
  return { name, seed, version };
}

function readTable(path: string): Table | null {
  if (!existsSync(path)) return null;
  try {
    const t = readCsv(path);
    return t.rows.length > 0 ? t : null;
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as Error).message}`);
  }
}

/** The cell ids of a sweep folder: from the manifest when it lists them, else the cells/ folder, sorted. */
function cellIds(dir: string, manifest: ManifestLike | null): string[] {
  const listed = manifest?.sweep?.cells;
  if (Array.isArray(listed) && listed.length > 0) {
    return [...listed]
      .sort((a, b) => Number(a.index ?? 0) - Number(b.index ?? 0))
      .map((c) => String(c.id))
      .filter((id) => existsSync(join(dir, "cells", id)));
  }
  const cellsDir = join(dir, "cells");
  if (!existsSync(cellsDir)) return [];
  return readdirSync(cellsDir)
    .filter((d) => statSync(join(cellsDir, d)).isDirectory())
    .sort();
}

/** Columns between `seed` and `before` (the swept parameter paths, by the rows.ts contract). */
export function paramColumns(table: Table, before: string): string[] {
  const from = table.columns.indexOf("seed");
  const to = table.columns.indexOf(before);
  return from >= 0 && to > from ? table.columns.slice(from + 1, to) : [];
}

/** Short names for parameter paths: the last segment, or the whole path where that would be ambiguous. */
export function shortNames(paths: readonly string[]): string[] {
  const last = paths.map((p) => p.split(".").pop() ?? p);
  return last.map((l, i) => (last.filter((x) => x === l).length > 1 ? at(paths, i) : l));
}

/** "followCap=0, rate=0.1" from the parameter columns of a cell's first row; the cell id when it has none. */
function cellLabel(id: string, table: Table | null, before: string): string {
  if (!table) return id;
  const params = paramColumns(table, before);
  const row = table.rows[0];
  if (params.length === 0 || !row) return id;
  const names = shortNames(params);
  return params.map((p, i) => `${names[i]}=${row[table.columns.indexOf(p)] ?? ""}`).join(", ");
}

function withCell(table: Table, label: string): Table {
  return { columns: ["cell", ...table.columns], rows: table.rows.map((r) => [label, ...r]) };
}

/**
 * Loads what there is to plot from a results folder.
 * @throws InputError when `dir` does not exist, is not a folder, holds none of
 *   netvalue's outputs, or holds a manifest.json that is not JSON.
 */
export function loadResults(dir: string, options: LoadOptions = {}): LoadedResults {
  const abs = resolve(dir);
  if (!existsSync(abs)) throw new InputError(`results folder not found: ${dir}`);
  if (!statSync(abs).isDirectory()) throw new InputError(`not a folder: ${dir} (give the folder netvalue run or sweep wrote)`);
  const hasCells = existsSync(join(abs, "cells"));
  if (!hasCells && !KNOWN_FILES.some((f) => existsSync(join(abs, f)))) {
    throw new InputError(
      `not a netvalue results folder: ${dir} holds none of ${KNOWN_FILES.join(", ")} and no cells/ folder`,
    );
  }
  const manifest = readManifestLike(abs);
  const caption = captionOf(manifest, abs);
  const sweepSummary = readTable(join(abs, "sweep-summary.csv"));
  const isSweep = (manifest?.sweep !== undefined && manifest.sweep !== null) || (hasCells && !existsSync(join(abs, "timeseries.csv")));
  const ratios = readTable(join(abs, "ratios.csv"));
  const routing = readTable(join(abs, "routing.csv"));
  const validation: ValidationTables | null = ratios
    ? { kind: "watts-strogatz", ratios }
    : routing
      ? { kind: "kleinberg", routing, slopes: readTable(join(abs, "slopes.csv")) }
      : null;
  if (!isSweep) {
    return {
      dir: abs,
      kind: "run",
      caption,
      timeseries: readTable(join(abs, "timeseries.csv")),
      distances: readTable(join(abs, "distances.csv")),
      sweepSummary,
      cells: [],
      cellCount: 0,
      ...(validation ? { validation } : {}),
    };
  }
  const ts: Table[] = [];
  const ds: Table[] = [];
  const labels: string[] = [];
  const ids = cellIds(abs, manifest);
  const read = ids.length <= (options.maxCells ?? Infinity) ? ids : [];
  for (const id of read) {
    const t = readTable(join(abs, "cells", id, "timeseries.csv"));
    const d = readTable(join(abs, "cells", id, "distances.csv"));
    const base = cellLabel(id, t ?? d, "step");
    const label = labels.includes(base) ? `${base} (${id})` : base;
    labels.push(label);
    if (t) ts.push(withCell(t, label));
    if (d) ds.push(withCell(d, label));
  }
  return {
    dir: abs,
    kind: "sweep",
    caption,
    timeseries: ts.length ? stackTables(ts) : null,
    distances: ds.length ? stackTables(ds) : null,
    sweepSummary,
    cells: labels,
    cellCount: ids.length,
  };
}
