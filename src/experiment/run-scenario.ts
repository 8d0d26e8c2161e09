/**
 * `runScenario`: the library entry point behind `netvalue run`. A scenario without
 * a sweep is one cell whose files go straight into the output folder; its
 * replicates run in parallel on the worker pool. A scenario with a sweep goes
 * through `runSweep`.
 */
import { join } from "node:path";
import type { Observation } from "../observation.js";
import type { Scenario } from "../scenario/types.js";
import { executeCells, type ExecuteOptions, type PartFailure } from "./execute.js";

export interface RunOptions extends ExecuteOptions {
  /** Output folder; default `<output.dir>/<name>`. */
  readonly out?: string;
}

export interface RunSummary {
  readonly name: string;
  readonly outDir: string;
  /** Final observation of each replicate run in this call (reused replicates are absent). */
  readonly finals: readonly Observation[];
  readonly complete: boolean;
  readonly aborted: boolean;
  readonly failures: readonly PartFailure[];
}

export function defaultOutDir(scenario: Scenario): string {
  return join(scenario.output.dir, scenario.name);
}

/** Runs every replicate of a scenario without a sweep and writes its outputs. */
export async function runScenario(scenario: Scenario, options: RunOptions = {}): Promise<RunSummary> {
  if (Object.keys(scenario.sweep).length > 0) {
    throw new RangeError(`scenario '${scenario.name}' has a sweep: use runSweep (netvalue sweep)`);
  }
  const outDir = options.out ?? defaultOutDir(scenario);
  const result = await executeCells([{ cell: { index: 0, id: "", params: [], scenario }, dir: outDir }], options);
  const cell = result.cells[0];
  return {
    name: scenario.name,
    outDir,
    finals: (cell?.finals ?? []).filter((o): o is Observation => o !== null),
    complete: cell?.complete ?? false,
    aborted: result.aborted,
    failures: result.failures,
  };
}
