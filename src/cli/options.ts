/**
 * Options shared by the commands that load and run scenarios, and the glue that
 * turns them into an abort signal and a progress line. Light on purpose: every
 * command's --help loads this module, so it imports no scenario or model code.
 */
import type { Argv } from "yargs";
import { InputError } from "../errors.js";
import { progressLine } from "./progress.js";
import { removeTemporaries } from "../io/atomic.js";
import type { Estimate } from "../experiment/estimate.js";
import type { ExecuteProgress } from "../experiment/execute.js";

export interface ScenarioArgs {
  set?: string[];
  seed?: number;
  replicates?: number;
  steps?: number;
}

export function withScenarioOverrides<T>(y: Argv<T>) {
  return y
    .option("set", {
      type: "string",
      array: true,
      describe: "Override any scenario field: --set network.followCap=1500 (repeatable; YAML values: 3, true, [a, b])",
    })
    .option("seed", { type: "string", coerce: wholeNumber("--seed", 0), describe: "Master seed (same as --set seed=N)" })
    .option("replicates", { type: "string", coerce: wholeNumber("--replicates", 1), describe: "Replicate count (same as --set replicates=N)" })
    .option("steps", { type: "string", coerce: wholeNumber("--steps", 1), describe: "Steps per run (same as --set steps=N)" });
}

/**
 * A yargs coerce for a whole-number option: `--steps abc` is reported as --steps
 * with what was written (yargs' own number type would hand on NaN silently).
 */
export function wholeNumber(option: string, min: number): (value: unknown) => number {
  return (value) => {
    const text = String(Array.isArray(value) ? value[value.length - 1] : value).trim();
    const n = text === "" ? NaN : Number(text);
    if (!Number.isSafeInteger(n) || n < min) throw new InputError(`${option}: expected a whole number ≥ ${min}, found '${text}'`);
    return n;
  };
}

export function withExecutionOptions<T>(y: Argv<T>) {
  return y
    .option("out", { type: "string", describe: "Output folder (default: <output.dir>/<name>)" })
    .option("workers", { type: "string", coerce: wholeNumber("--workers", 0), describe: "Worker threads (default: number of cores; 0 runs in the main thread)" })
    .option("threads", {
      type: "string",
      coerce: threadsPerReplicate,
      describe: "Threads per replicate: 2 measures each observation on a second thread while the model steps on (same output; measured no faster at 10^4 agents, where the step is memory-bound: README Performance)",
    })
    .option("resume", { type: "boolean", default: false, describe: "Keep complete outputs of an earlier, interrupted run and do only the rest" })
    .option("overwrite", { type: "boolean", default: false, describe: "Replace the finished results of an earlier run in the output folder" })
    .option("force", { type: "boolean", default: false, describe: "Run even when the size estimate exceeds free memory or disk" })
    .option("quiet", { alias: "q", type: "boolean", default: false, describe: "No progress line" });
}

/** --threads: 1 or 2 (a replicate has one observer thread at most). */
function threadsPerReplicate(value: unknown): number {
  const n = wholeNumber("--threads", 1)(value);
  if (n > 2) throw new InputError(`--threads: expected 1 or 2 (the model's step runs on one thread; a second one measures observations), found '${n}'`);
  return n;
}

/** An AbortSignal fired by the first SIGINT or SIGTERM; a second one exits at once. */
export function interruptSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = () => {
    if (controller.signal.aborted) {
      removeTemporaries();
      process.exit(130);
    }
    process.stderr.write("\ninterrupting: stopping after the current step; finished replicates are kept (press Ctrl-C again to quit at once)…\n");
    controller.abort();
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    },
  };
}

/** --force and, unless --quiet, the size estimate on stderr before the run starts. */
export function sizeOptions(args: { force: boolean; quiet: boolean }): { force: boolean; onEstimate?: (e: Estimate, description: string) => void } {
  // Only types from the experiment layer here: --help must not load it.
  return { force: args.force, ...(args.quiet ? {} : { onEstimate: (_: Estimate, description: string) => process.stderr.write(`${description}\n`) }) };
}

/** The options every command that runs a grid (sweep, sensitivity) shares. */
export interface GridArgs {
  out?: string;
  workers?: number;
  threads?: number;
  resume: boolean;
  overwrite: boolean;
  force: boolean;
  quiet: boolean;
}

/** The run options of a grid command: folder rules, size check, warnings, interruption and progress. */
export function gridRunOptions(args: GridArgs, signal: AbortSignal, onProgress: (p: ExecuteProgress) => void) {
  return {
    resume: args.resume,
    overwrite: args.overwrite,
    onWarning: warn,
    ...sizeOptions(args),
    signal,
    onProgress,
    ...(args.workers !== undefined ? { workers: args.workers } : {}),
    ...(args.threads !== undefined ? { threads: args.threads } : {}),
    ...(args.out !== undefined ? { out: args.out } : {}),
  };
}

/** Warnings from the library (e.g. a stale lock taken over), one line each on stderr. */
export function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

export function executionProgress(quiet: boolean, label: string) {
  const line = progressLine(quiet);
  return {
    onProgress: (p: ExecuteProgress) =>
      line.update(
        p.fraction,
        1,
        `${label}: ${p.partsDone}/${p.partsTotal} runs done${p.failures ? `, ${p.failures} failed` : ""}`,
      ),
    done: () => line.done(),
  };
}
