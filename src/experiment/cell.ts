/**
 * A cell: a fully resolved scenario without a sweep, plus the swept values that
 * made it. A run without a sweep is a single cell with an empty id. The unit of
 * work is one replicate of one cell (a "part"), so replicates run in parallel and
 * results never depend on which worker ran what.
 */
import type { Scenario } from "../scenario/types.js";
import type { TableShape } from "../io/rows.js";
import { scenarioTableShape } from "../io/table-shape.js";
import { replicateSeed, replicateSeeds } from "../random/streams.js";

export interface Cell {
  /** Position in the sweep grid (0 for a run without a sweep). */
  readonly index: number;
  /** Folder-safe identifier; "" for a run without a sweep. */
  readonly id: string;
  /** Swept paths and their values in this cell, in the sweep's key order. */
  readonly params: readonly (readonly [string, unknown])[];
  readonly scenario: Scenario;
}

export function cellSeeds(cell: Cell): number[] {
  return replicateSeeds(cell.scenario.seed, cell.scenario.replicates);
}

/** The number of replicates of a cell (a count, or the length of an explicit seed list). */
export function replicateCount(cell: Cell): number {
  const r = cell.scenario.replicates;
  return typeof r === "number" ? r : r.length;
}

/** The seed of one replicate, without expanding the others (a part must not cost O(replicates)). */
export function cellSeed(cell: Cell, replicate: number): number | undefined {
  const r = cell.scenario.replicates;
  if (typeof r !== "number") return r[replicate];
  return Number.isInteger(replicate) && replicate >= 0 && replicate < r ? replicateSeed(cell.scenario.seed, replicate) : undefined;
}

/** Strategy names that appear in a scenario's population, sorted. */
export function populationStrategies(scenario: Scenario): string[] {
  return Object.keys(scenario.agents.strategies).sort();
}

/** The shape of a cell's tables, from its scenario and parameters. */
export function tableShape(cell: Cell): TableShape {
  return scenarioTableShape(cell.scenario, cell.params.map(([p]) => p));
}

export function runId(cell: Cell, replicate: number): string {
  return cell.id ? `${cell.id}-r${replicate}` : `r${replicate}`;
}

/** The CSV files a cell writes, in a fixed order. */
export const CSV_FILES = ["timeseries.csv", "timeseries-long.csv", "summary.csv", "distances.csv", "opportunities.csv", "agents.csv"] as const;
export type CsvFile = (typeof CSV_FILES)[number];

export function wantedCsvFiles(scenario: Scenario): CsvFile[] {
  const f = scenario.output.files;
  const on: Record<CsvFile, boolean> = {
    "timeseries.csv": f.timeseries,
    "timeseries-long.csv": f.timeseriesLong,
    "summary.csv": f.summary,
    "distances.csv": f.distances,
    "opportunities.csv": f.opportunities,
    "agents.csv": f.agents,
  };
  return CSV_FILES.filter((name) => on[name]);
}
