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
import { cellSeeds } from "../experiment/cell.js";
import { runGrid, type SweepOptions, type SweepResult } from "../experiment/run-sweep.js";
import type { Scenario } from "../scenario/types.js";
import { designCells } from "./points.js";
import { writeSensitivityTables } from "./tables.js";

export type SensitivityOptions = SweepOptions;
export type SensitivityResult = SweepResult;

export async function runSensitivity(scenario: Scenario, options: SensitivityOptions = {}): Promise<SensitivityResult> {
  const cells = designCells(scenario);
  const first = cells[0];
  return runGrid(scenario, { cells, seeds: first ? cellSeeds(first) : [], moreTables: (outDir) => writeSensitivityTables(outDir, scenario) }, options);
}
