/**
 * `runSensitivity`: builds a scenario's sensitivity design, runs its points as
 * cells (every replicate of every point) on the worker pool — this shard's share
 * of them with --shard — and, when the folder holds every point, writes the
 * combined summary tables and the sensitivity tables (tables.ts).
 *
 * Layout: as a sweep's (<out>/cells/<point-id>/…, <out>/manifest.json), plus
 * design.csv, indices.csv, claims.csv, claim-shares.csv and claim-flips.csv.
 * Shards are joined by `netvalue merge`, which rebuilds the same tables.
 */
import { writeManifest } from "../io/manifest.js";
import { cellSeeds, type Cell } from "../experiment/cell.js";
import { checkSize, clearOwnedFiles, takeOutDir } from "../experiment/out-folder.js";
import { executeCells } from "../experiment/execute.js";
import { defaultOutDir } from "../experiment/run-scenario.js";
import { cellDir, shardCells, sweepInfo, type SweepOptions, type SweepResult } from "../experiment/run-sweep.js";
import { writeSweepTables } from "../experiment/sweep-tables.js";
import type { Scenario } from "../scenario/types.js";
import { designCells } from "./points.js";
import { writeSensitivityTables } from "./tables.js";

export type SensitivityOptions = SweepOptions;
export type SensitivityResult = SweepResult;

export async function runSensitivity(scenario: Scenario, options: SensitivityOptions = {}): Promise<SensitivityResult> {
  const all = designCells(scenario);
  const mine = shardCells(all, options.shard);
  const outDir = options.out ?? defaultOutDir(scenario);
  const jobs = mine.map((cell) => ({ cell, dir: cellDir(outDir, cell) }));
  // The same output-folder rules as a sweep: size check, lock, no stale tables.
  checkSize(mine.map((c) => c.scenario), outDir, options);
  const release = takeOutDir(outDir, options, { shard: options.shard ?? null, cellIds: mine.map((c) => c.id) });
  try {
    clearOwnedFiles(outDir, options.resume === true);
    return await runDesign(scenario, outDir, all, mine, jobs, options);
  } finally {
    release();
  }
}

async function runDesign(
  scenario: Scenario,
  outDir: string,
  all: readonly Cell[],
  mine: readonly Cell[],
  jobs: readonly { cell: Cell; dir: string }[],
  options: SensitivityOptions,
): Promise<SensitivityResult> {
  const result = await executeCells(jobs, options);
  const complete = !result.aborted && result.cells.length === jobs.length && result.cells.every((c) => c.complete);
  let tables: string[] = [];
  if (complete) {
    if (mine.length === all.length) tables = [...writeSweepTables(outDir, jobs), ...writeSensitivityTables(outDir, scenario)];
    writeManifest(
      outDir,
      { name: scenario.name, cell: null, seeds: all[0] ? cellSeeds(all[0]) : [], scenario, sweep: sweepInfo(all.length, options.shard ?? null, mine) },
      tables,
    );
  }
  return { name: scenario.name, outDir, totalCells: all.length, cells: result.cells, failures: result.failures, aborted: result.aborted, complete, tables };
}
