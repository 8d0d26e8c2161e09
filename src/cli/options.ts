/**
 * Options shared by the commands that load and run scenarios, and the glue that
 * turns them into an abort signal and a progress line. Light on purpose: every
 * command's --help loads this module, so it imports no scenario or model code.
 */
import type { Argv } from "yargs";
import { progressLine } from "./progress.js";
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
    .option("seed", { type: "number", describe: "Master seed (same as --set seed=N)" })
    .option("replicates", { type: "number", describe: "Replicate count (same as --set replicates=N)" })
    .option("steps", { type: "number", describe: "Steps per run (same as --set steps=N)" });
}

export function withExecutionOptions<T>(y: Argv<T>) {
  return y
    .option("out", { type: "string", describe: "Output folder (default: <output.dir>/<name>)" })
    .option("workers", { type: "number", describe: "Worker threads (default: number of cores; 0 runs in the main thread)" })
    .option("resume", { type: "boolean", default: false, describe: "Keep complete outputs of an earlier, interrupted run and do only the rest" })
    .option("quiet", { alias: "q", type: "boolean", default: false, describe: "No progress line" });
}

/** An AbortSignal fired by the first SIGINT or SIGTERM; a second one exits at once. */
export function interruptSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const handler = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write("\ninterrupting: stopping workers (press Ctrl-C again to quit at once)…\n");
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
