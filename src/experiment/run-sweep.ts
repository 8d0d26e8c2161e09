/**
 * `runSweep`: expands a scenario's sweep grid into cells, keeps this shard's share
 * of them, runs every cell × replicate on the worker pool, and — when the folder
 * holds the whole grid — writes the combined summary.csv and sweep-summary.csv.
 *
 * Layout: <out>/cells/<cell-id>/{*.csv, manifest.json}, <out>/manifest.json, and,
 * for a complete grid, <out>/summary.csv and <out>/sweep-summary.csv.
 * Shard i/n holds the cells whose grid index ≡ i−1 (mod n): deterministic, and
 * balanced to within one cell.
 */
import { join } from "node:path";
import { InputError, ScenarioError } from "../errors.js";
import { writeManifest, type SweepInfo } from "../io/manifest.js";
import { safeExpandSweep } from "../scenario/sweep.js";
import type { Scenario } from "../scenario/types.js";
import type { Cell } from "./cell.js";
import { executeCells, type CellOutcome, type ExecuteOptions, type PartFailure } from "./execute.js";
import { defaultOutDir } from "./run-scenario.js";
import { checkSize, clearOwnedFiles, takeOutDir, type OutFolderOptions } from "./out-folder.js";
import { writeSweepTables } from "./sweep-tables.js";

export interface Shard {
  readonly index: number; // 1-based
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InputError(`--shard: expected i/n with 1 ≤ i ≤ n (e.g. 3/16), found '${text}'`);
  }
  return { index, count };
}

export interface SweepOptions extends ExecuteOptions, OutFolderOptions {
  readonly out?: string;
  readonly shard?: Shard;
}

export interface SweepResult {
  readonly name: string;
  readonly outDir: string;
  readonly totalCells: number;
  readonly cells: readonly CellOutcome[];
  readonly failures: readonly PartFailure[];
  readonly aborted: boolean;
  /** true when every cell of this folder is complete. */
  readonly complete: boolean;
  /** Combined tables written (only for a complete, unsharded grid). */
  readonly tables: readonly string[];
}

export function cellsOf(scenario: Scenario): Cell[] {
  const expanded = safeExpandSweep(scenario);
  if (!expanded.ok) throw new ScenarioError(expanded.issues);
  return expanded.cells.map((c) => ({ index: c.index, id: c.id, params: c.params, scenario: c.scenario }));
}

export function shardCells(cells: readonly Cell[], shard: Shard | undefined): Cell[] {
  if (!shard) return [...cells];
  return cells.filter((c) => c.index % shard.count === shard.index - 1);
}

export function cellDir(outDir: string, cell: Cell): string {
  return join(outDir, "cells", cell.id);
}

export function sweepInfo(totalCells: number, shard: Shard | null, cells: readonly Cell[]): SweepInfo {
  return {
    totalCells,
    shard: shard ? { index: shard.index, count: shard.count } : null,
    cells: cells.map((c) => ({ index: c.index, id: c.id, params: Object.fromEntries(c.params) })),
  };
}

export async function runSweep(scenario: Scenario, options: SweepOptions = {}): Promise<SweepResult> {
  return runGrid(scenario, { cells: cellsOf(scenario), seeds: [] }, options);
}

/** The cells a grid runs, the seeds its top manifest names, and tables written beside the sweep's own. */
export interface Grid {
  readonly cells: readonly Cell[];
  readonly seeds: readonly number[];
  /** Extra tables for a complete, unsharded grid (e.g. a sensitivity design's); returns the file names. */
  readonly moreTables?: (outDir: string) => string[];
}

/**
 * Runs this shard's cells of a grid into one folder under the output-folder rules
 * (size check, lock, no stale tables); for a complete grid writes the combined
 * tables and the manifest. Shared by sweeps and sensitivity designs.
 */
export async function runGrid(scenario: Scenario, grid: Grid, options: SweepOptions = {}): Promise<SweepResult> {
  const all = grid.cells;
  const mine = shardCells(all, options.shard);
  const outDir = options.out ?? defaultOutDir(scenario);
  const jobs = mine.map((cell) => ({ cell, dir: cellDir(outDir, cell) }));
  checkSize(mine.map((c) => c.scenario), outDir, options);
  const release = takeOutDir(outDir, options, { shard: options.shard ?? null, cellIds: mine.map((c) => c.id) });
  try {
    // The folder's own tables and manifest describe the finished grid; they are rewritten at the end.
    clearOwnedFiles(outDir, options.resume === true);
    const result = await executeCells(jobs, options);
    const complete = !result.aborted && result.cells.length === jobs.length && result.cells.every((c) => c.complete);
    let tables: string[] = [];
    if (complete) {
      if (mine.length === all.length) tables = [...writeSweepTables(outDir, jobs), ...(grid.moreTables?.(outDir) ?? [])];
      writeManifest(
        outDir,
        { name: scenario.name, cell: null, seeds: [...grid.seeds], scenario, sweep: sweepInfo(all.length, options.shard ?? null, mine) },
        tables,
      );
    }
    return { name: scenario.name, outDir, totalCells: all.length, cells: result.cells, failures: result.failures, aborted: result.aborted, complete, tables };
  } finally {
    release();
  }
}
