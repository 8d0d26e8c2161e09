/**
 * `netvalue run <scenario...>`: runs each scenario's replicates and writes its
 * outputs (README Outputs), then prints where they went and the headline numbers.
 * A scenario with a sweep runs as `netvalue sweep` would; one with a sensitivity
 * block as `netvalue sensitivity` would.
 */
import type { CommandModule } from "yargs";
import type { FileOutcome } from "../../experiment/run-files.js";
import { executionProgress, interruptSignal, sizeOptions, warn, withExecutionOptions, withScenarioOverrides, type GridArgs, type ScenarioArgs } from "../options.js";
import { progressLine } from "../progress.js";
import { reportSweep } from "./sweep.js";

interface RunArgs extends ScenarioArgs, GridArgs {
  scenario: string[];
  graph?: "gexf" | "graphml" | "none";
  long?: boolean;
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: "run <scenario...>",
  describe: "Run a scenario's replicates and write timeseries, summary, agents, opportunities, distances and manifest",
  builder: (y) =>
    withExecutionOptions(withScenarioOverrides(y))
      .positional("scenario", { type: "string", array: true, demandOption: true, describe: "Scenario file(s), YAML or JSON" })
      .option("graph", { choices: ["gexf", "graphml", "none"] as const, describe: "Also write each replicate's final network" })
      .option("long", { type: "boolean", describe: "Also write timeseries-long.csv: step, strategy, layer, metric, value (output.files.timeseriesLong)" })
      .example("$0 run scenarios/quickstart.yaml", "Run the quick-start experiment into results/quickstart/")
      .example("$0 run scenarios/quickstart.yaml --replicates 5 --set network.followCap=0 --out results/no-follows", "Override fields and choose the output folder")
      .example("$0 run scenarios/quickstart.yaml --graph gexf", "Also write the final networks for Gephi") as never,
  handler: async (args) => {
    // The implementation loads only when the command runs, so `--help` stays fast.
    const { runFiles } = await import("../../experiment/run-files.js");
    const plan = runFiles(args.scenario, {
      resume: args.resume,
      overwrite: args.overwrite,
      onWarning: warn,
      ...sizeOptions(args),
      validationProgress: () => progressLine(args.quiet),
      modelProgress: (name) => executionProgress(args.quiet, name),
      ...(args.set !== undefined ? { set: args.set } : {}),
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      ...(args.replicates !== undefined ? { replicates: args.replicates } : {}),
      ...(args.steps !== undefined ? { steps: args.steps } : {}),
      ...(args.graph !== undefined ? { graph: args.graph } : {}),
      ...(args.long !== undefined ? { long: args.long } : {}),
      ...(args.out !== undefined ? { out: args.out } : {}),
      ...(args.workers !== undefined ? { workers: args.workers } : {}),
      ...(args.threads !== undefined ? { threads: args.threads } : {}),
    });
    // Validation runs take no abort signal: Ctrl-C stops them at once.
    const interrupt = plan.validation ? undefined : interruptSignal();
    try {
      for await (const outcome of plan.outcomes(interrupt?.signal)) {
        if (!(await report(outcome))) return;
      }
    } finally {
      interrupt?.dispose();
    }
  },
};

/** Prints one file's outcome; returns false (and sets the exit code) when the run must stop here. */
async function report(o: FileOutcome): Promise<boolean> {
  if (o.kind === "validation") {
    const { validationTable } = await import("../../validation/report.js");
    process.stdout.write(`\n${o.outcome.name}: results in ${o.outcome.outDir}/\n\n${validationTable(o.outcome)}\n\n`);
    return true;
  }
  if (o.kind === "sweep") return reportSweep(o.result);
  if (o.kind === "sensitivity") return reportSweep(o.result, { unit: "points", whole: "design" });
  const summary = o.summary;
  if (summary.aborted) {
    process.stderr.write(`interrupted: finished replicates are kept in ${summary.outDir}; run again with --resume to finish.\n`);
    process.exitCode = 130;
    return false;
  }
  for (const f of summary.failures) {
    process.stderr.write(`replicate ${f.replicate} (seed ${f.seed}) failed: ${f.error}\n`);
  }
  if (summary.failures.length) {
    process.exitCode = 1;
    process.stderr.write(`${summary.name}: ${summary.failures.length} replicate(s) failed; nothing was assembled. Fix and re-run with --resume.\n`);
    return true;
  }
  process.stdout.write(`\n${summary.name}: results in ${summary.outDir}/\n\n`);
  if (summary.finals.length) {
    const { headlineTable } = await import("../../io/report.js");
    process.stdout.write(`${headlineTable(summary.finals)}\n\n`);
  }
  return true;
}
