/**
 * Runs one replicate of one cell (a "part") and writes its rows to its own part
 * folder: one CSV per output file, each with its header, written atomically, then a
 * part manifest. Parts are assembled into the cell's files in replicate order by
 * `assembleCell`, so the bytes never depend on scheduling.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Observation } from "../observation.js";
import { replicateSteps } from "../engine/run.js";
import { CsvStreamWriter } from "../io/csv.js";
import { writeGraphFile } from "../io/graph-write.js";
import { writeFileAtomic } from "../io/atomic.js";
import { readManifest, writeManifest, isComplete } from "../io/manifest.js";
import {
  agentRow,
  agentsColumns,
  distancesColumns,
  distancesRows,
  opportunitiesColumns,
  opportunityRow,
  summaryColumns,
  summaryRow,
  timeseriesColumns,
  timeseriesLongColumns,
  timeseriesLongRows,
  timeseriesRows,
  type RunKey,
} from "../io/rows.js";
import { cellSeed, runId, tableShape, wantedCsvFiles, type Cell, type CsvFile } from "./cell.js";

export interface PartOptions {
  /** Folder relative paths in the scenario (graph files) are resolved against. */
  readonly baseDir?: string;
  /** Threads for the replicate (engine/run.ts ReplicateHooks.threads); default 1. */
  readonly threads?: number;
  /** Called after each step. */
  readonly onStep?: (step: number, steps: number) => void;
  /**
   * On the main thread: give the event loop a turn at least this often (ms), so a
   * signal can be handled and progress drawn between steps. Off by default (workers).
   */
  readonly yieldEveryMs?: number;
  /** Checked between steps; when aborted the part stops, removes its temporary files and throws PartAborted. */
  readonly signal?: AbortSignal;
}

/** A part stopped between steps because its signal was aborted; nothing of it was kept. */
export class PartAborted extends Error {
  override readonly name = "PartAborted";
}

export interface PartResult {
  readonly replicate: number;
  readonly seed: number;
  readonly final: Observation;
  /** Files written in the part folder (manifest excluded). */
  readonly files: readonly string[];
}

/** The part's final observation, kept so a resumed run can report without re-running it. */
export const FINAL_OBSERVATION = "final-observation.json";

/** A finished part from an earlier run, when its folder is complete; null otherwise. */
export function completedPart(partDir: string, replicate: number): PartResult | null {
  if (!isComplete(partDir)) return null;
  const m = readManifest(partDir);
  if (!m) return null;
  // A part runs one replicate, so its manifest holds one seed; without it the folder is not a part.
  const [seed] = m.seeds;
  if (seed === undefined) return null;
  const final = JSON.parse(readFileSync(join(partDir, FINAL_OBSERVATION), "utf8")) as Observation;
  return { replicate, seed, final, files: Object.keys(m.files) };
}

export function partDirName(replicate: number): string {
  return `r${replicate}`;
}

export async function runPart(cell: Cell, replicate: number, partDir: string, options: PartOptions = {}): Promise<PartResult> {
  const sc = cell.scenario;
  const seed = cellSeed(cell, replicate);
  if (seed === undefined) throw new RangeError(`cell ${cell.index} has no replicate ${replicate}`);
  const shape = tableShape(cell);
  const key: RunKey = { runId: runId(cell, replicate), replicate, seed, params: cell.params };
  const columns: Record<CsvFile, string[]> = {
    "timeseries.csv": timeseriesColumns(shape),
    "timeseries-long.csv": timeseriesLongColumns(shape),
    "summary.csv": summaryColumns(shape),
    "distances.csv": distancesColumns(shape),
    "opportunities.csv": opportunitiesColumns(shape),
    "agents.csv": agentsColumns(shape),
  };
  const writers = new Map<CsvFile, CsvStreamWriter>();
  for (const f of wantedCsvFiles(sc)) writers.set(f, new CsvStreamWriter(join(partDir, f), columns[f]));
  const files: string[] = [...writers.keys()];
  let final: Observation | null = null;
  try {
    const steps = replicateSteps(sc, seed, {
      ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}),
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
      onObservation: (o) => {
        final = o;
        writers.get("timeseries.csv")?.writeRows(timeseriesRows(key, o, shape));
        writers.get("timeseries-long.csv")?.writeRows(timeseriesLongRows(key, o, shape));
      },
      onOpportunities: (records) => writers.get("opportunities.csv")?.writeRows(records.map((r) => opportunityRow(key, r))),
      ...(options.onStep ? { onStep: options.onStep } : {}),
    });
    const yieldEvery = options.yieldEveryMs;
    let turn = performance.now();
    let next = steps.next();
    while (!next.done) {
      if (yieldEvery !== undefined && performance.now() - turn >= yieldEvery) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        turn = performance.now();
      }
      if (options.signal?.aborted) throw new PartAborted(`replicate ${replicate} stopped at step ${next.value}`);
      next = steps.next();
    }
    const result = next.value;
    if (final === null) throw new Error(`replicate ${replicate} (seed ${seed}) produced no observation`);
    const last: Observation = final;
    writers.get("summary.csv")?.writeRows([summaryRow(key, last, shape, result.stationarity)]);
    writers.get("distances.csv")?.writeRows(distancesRows(key, last));
    writers.get("agents.csv")?.writeRows(result.agents.map((a) => agentRow(key, a)));
    if (sc.output.graph !== "none") {
      const name = `graph-r${replicate}.${sc.output.graph}`;
      writeGraphFile(join(partDir, name), result.finalGraph(), sc.output.graph);
      files.push(name);
    }
    for (const w of writers.values()) w.commit();
    writeFileAtomic(join(partDir, FINAL_OBSERVATION), `${JSON.stringify(last)}\n`);
    files.push(FINAL_OBSERVATION);
    writeManifest(partDir, { name: sc.name, cell: null, seeds: [seed], scenario: sc }, files);
    return { replicate, seed, final: last, files };
  } catch (err) {
    for (const w of writers.values()) w.abort();
    throw err;
  }
}
