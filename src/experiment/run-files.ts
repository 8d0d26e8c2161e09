/**
 * `runFiles`: what `netvalue run <file...>` does, as a library function. Validation
 * files (top-level `validation:` key) reproduce classic results with `runValidation`;
 * model scenarios run with `runScenario`, or `runSweep` when they have a sweep, or
 * `runSensitivity` when they have a sensitivity block.
 * Every argument check and every scenario load happens when the plan is made, before
 * anything runs; the outcomes then come one file at a time, so a caller can report
 * each and stop after an interrupted or failed one. Never logs.
 */
import { dirname } from "node:path";
import { InputError, ScenarioError } from "../errors.js";
import { loadScenario } from "../scenario/load.js";
import type { Scenario } from "../scenario/types.js";
import { isValidationFile, runValidation, type ValidationOutcome } from "../validation/index.js";
import type { ExecuteProgress } from "./execute.js";
import { runScenario, type RunSummary } from "./run-scenario.js";
import { runSweep, type SweepResult } from "./run-sweep.js";
import type { OutFolderOptions } from "./out-folder.js";

export interface RunFilesOptions extends OutFolderOptions {
  /** Scenario overrides, `path=value` (YAML values), applied in order. */
  readonly set?: readonly string[];
  readonly seed?: number;
  readonly replicates?: number;
  readonly steps?: number;
  /** Also write each replicate's final network. */
  readonly graph?: "gexf" | "graphml" | "none";
  /** Also write timeseries-long.csv (output.files.timeseriesLong). */
  readonly long?: boolean;
  /** Output folder (one file only); default per file. */
  readonly out?: string;
  readonly workers?: number;
  /** Threads per replicate (1 or 2; engine/run.ts ReplicateHooks.threads). */
  readonly threads?: number;
  readonly resume?: boolean;
  /** Progress of a validation file: made when it starts, `done()` when it ends. */
  readonly validationProgress?: () => { update(done: number, total: number, label: string): void; done(): void };
  /** Progress of a model scenario, by its name: made when it starts, `done()` when it ends. */
  readonly modelProgress?: (name: string) => { onProgress(p: ExecuteProgress): void; done(): void };
}

/** One file's outcome, in the order the files were given. */
export type FileOutcome =
  | { readonly kind: "validation"; readonly file: string; readonly outcome: ValidationOutcome }
  | { readonly kind: "sweep"; readonly file: string; readonly result: SweepResult }
  | { readonly kind: "sensitivity"; readonly file: string; readonly result: SweepResult }
  | { readonly kind: "scenario"; readonly file: string; readonly summary: RunSummary };

/** The checked, loaded files, ready to run. */
export interface RunPlan {
  /** true when the files are validation experiments (these take no abort signal). */
  readonly validation: boolean;
  /** Runs the files one at a time; model runs stop early when `signal` fires. */
  outcomes(signal?: AbortSignal): AsyncGenerator<FileOutcome>;
}

/**
 * Checks the files and options and loads every scenario with its overrides.
 * @throws InputError for validation files mixed with scenarios, options a validation
 *   file does not take, or `out` with several files; ScenarioError with every
 *   problem of the first scenario that has any
 */
export function runFiles(files: readonly string[], options: RunFilesOptions = {}): RunPlan {
  const validation = files.filter(isValidationFile);
  if (validation.length > 0) {
    if (validation.length < files.length) throw new InputError("give validation files and model scenarios in separate runs");
    if (options.out !== undefined && validation.length > 1) throw new InputError("--out names one folder: give one validation file with it");
    const unused = (["set", "replicates", "steps", "graph", "long", "threads"] as const).filter((o) => options[o] !== undefined);
    if (unused.length > 0 || options.resume) {
      throw new InputError(`validation files take --out, --seed, --workers and --quiet only (found --${[...unused, ...(options.resume ? ["resume"] : [])].join(", --")})`);
    }
    return { validation: true, outcomes: () => validationOutcomes(validation, options) };
  }
  const loaded = files.map((file) => ({ file, ...loadWithOverrides(file, options) }));
  if (options.out !== undefined && loaded.length > 1) throw new InputError("--out names one folder: give one scenario with it");
  return { validation: false, outcomes: (signal) => modelOutcomes(loaded, options, signal) };
}

async function* validationOutcomes(files: readonly string[], options: RunFilesOptions): AsyncGenerator<FileOutcome> {
  for (const file of files) {
    const line = options.validationProgress?.();
    const outcome = await runValidation(file, {
      ...(line ? { onProgress: (done: number, total: number, label: string) => line.update(done, total, label) } : {}),
      ...(options.out !== undefined ? { out: options.out } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
    });
    line?.done();
    yield { kind: "validation", file, outcome };
  }
}

interface Loaded {
  readonly file: string;
  readonly scenario: Scenario;
  readonly baseDir: string;
}

async function* modelOutcomes(loaded: readonly Loaded[], options: RunFilesOptions, signal: AbortSignal | undefined): AsyncGenerator<FileOutcome> {
  for (const { file, scenario, baseDir } of loaded) {
    const progress = options.modelProgress?.(scenario.name);
    const common = {
      baseDir,
      resume: options.resume ?? false,
      ...(signal ? { signal } : {}),
      ...(options.overwrite !== undefined ? { overwrite: options.overwrite } : {}),
      ...(options.force !== undefined ? { force: options.force } : {}),
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
      ...(options.onEstimate ? { onEstimate: options.onEstimate } : {}),
      ...(progress ? { onProgress: (p: ExecuteProgress) => progress.onProgress(p) } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
      ...(options.out !== undefined ? { out: options.out } : {}),
    };
    if (scenario.sensitivity) {
      const { runSensitivity } = await import("../sensitivity/run-sensitivity.js");
      const result = await runSensitivity(scenario, common);
      progress?.done();
      yield { kind: "sensitivity", file, result };
      continue;
    }
    if (Object.keys(scenario.sweep).length > 0) {
      const result = await runSweep(scenario, common);
      progress?.done();
      yield { kind: "sweep", file, result };
      continue;
    }
    const summary = await runScenario(scenario, common);
    progress?.done();
    yield { kind: "scenario", file, summary };
  }
}

/** A scenario file with the options' overrides (`set`, then seed, replicates, steps, graph, long), or ScenarioError. */
export function loadWithOverrides(
  file: string,
  options: Pick<RunFilesOptions, "set" | "seed" | "replicates" | "steps" | "graph" | "long">,
): { scenario: Scenario; baseDir: string } {
  const set = [...(options.set ?? [])];
  if (options.seed !== undefined) set.push(`seed=${options.seed}`);
  if (options.replicates !== undefined) set.push(`replicates=${options.replicates}`);
  if (options.steps !== undefined) set.push(`steps=${options.steps}`);
  if (options.graph) set.push(`output.graph=${options.graph}`);
  if (options.long) set.push("output.files.timeseriesLong=true");
  const result = loadScenario(file, { set });
  if (!result.ok) throw new ScenarioError(result.issues);
  return { scenario: result.scenario, baseDir: dirname(file) };
}
