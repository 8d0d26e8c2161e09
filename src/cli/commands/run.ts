/**
 * `netvalue run <scenario...>`: runs each scenario's replicates and writes its
 * outputs (README Outputs), then prints where they went and the headline numbers.
 */
import type { CommandModule } from "yargs";
import { runScenario } from "../../experiment/run-scenario.js";
import { runSweep } from "../../experiment/run-sweep.js";
import { headlineTable } from "../../io/report.js";
import {
  executionProgress,
  interruptSignal,
  loadWithOverrides,
  withExecutionOptions,
  withScenarioOverrides,
  type ScenarioArgs,
} from "../options.js";
import { reportSweep } from "./sweep.js";
import { progressLine } from "../progress.js";
import { isValidationFile, runValidation, validationTable } from "../../validation/index.js";

interface RunArgs extends ScenarioArgs {
  scenario: string[];
  out?: string;
  graph?: "gexf" | "graphml" | "none";
  long?: boolean;
  workers?: number;
  resume: boolean;
  quiet: boolean;
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
    // Validation files (top-level `validation` key) reproduce classic results instead of running the model.
    const validation = args.scenario.filter(isValidationFile);
    if (validation.length > 0) {
      const { InputError } = await import("../../errors.js");
      if (validation.length < args.scenario.length) throw new InputError("give validation files and model scenarios in separate runs");
      if (args.out !== undefined && validation.length > 1) throw new InputError("--out names one folder: give one validation file with it");
      const unused = (["set", "replicates", "steps", "graph", "long"] as const).filter((o) => args[o] !== undefined);
      if (unused.length > 0 || args.resume) throw new InputError(`validation files take --out, --seed, --workers and --quiet only (found --${[...unused, ...(args.resume ? ["resume"] : [])].join(", --")})`);
      for (const file of validation) {
        const line = progressLine(args.quiet);
        const outcome = await runValidation(file, {
          onProgress: (done, total, label) => line.update(done, total, label),
          ...(args.out !== undefined ? { out: args.out } : {}),
          ...(args.seed !== undefined ? { seed: args.seed } : {}),
          ...(args.workers !== undefined ? { workers: args.workers } : {}),
        });
        line.done();
        process.stdout.write(`\n${outcome.name}: results in ${outcome.outDir}/\n\n${validationTable(outcome)}\n\n`);
      }
      return;
    }
    const loaded = args.scenario.map((file) =>
      loadWithOverrides(file, args, [...(args.graph ? [`output.graph=${args.graph}`] : []), ...(args.long ? ["output.files.timeseriesLong=true"] : [])]),
    );
    if (args.out !== undefined && loaded.length > 1) {
      throw new (await import("../../errors.js")).InputError("--out names one folder: give one scenario with it");
    }
    const interrupt = interruptSignal();
    try {
      for (const { scenario, baseDir } of loaded) {
        const progress = executionProgress(args.quiet, scenario.name);
        const common = {
          baseDir,
          resume: args.resume,
          signal: interrupt.signal,
          onProgress: progress.onProgress,
          ...(args.workers !== undefined ? { workers: args.workers } : {}),
          ...(args.out !== undefined ? { out: args.out } : {}),
        };
        if (Object.keys(scenario.sweep).length > 0) {
          const result = await runSweep(scenario, common);
          progress.done();
          if (!reportSweep(result)) return;
          continue;
        }
        const summary = await runScenario(scenario, common);
        progress.done();
        if (summary.aborted) {
          process.stderr.write(`interrupted: finished replicates are kept in ${summary.outDir}; run again with --resume to finish.\n`);
          process.exitCode = 130;
          return;
        }
        for (const f of summary.failures) {
          process.stderr.write(`replicate ${f.replicate} (seed ${f.seed}) failed: ${f.error}\n`);
        }
        if (summary.failures.length) {
          process.exitCode = 1;
          process.stderr.write(`${scenario.name}: ${summary.failures.length} replicate(s) failed; nothing was assembled. Fix and re-run with --resume.\n`);
          continue;
        }
        process.stdout.write(`\n${scenario.name}: results in ${summary.outDir}/\n\n`);
        if (summary.finals.length) process.stdout.write(`${headlineTable(summary.finals)}\n\n`);
      }
    } finally {
      interrupt.dispose();
    }
  },
};
