/**
 * `netvalue sensitivity <scenario>`: runs a scenario's `sensitivity:` design
 * (Morris or Sobol') on the worker pool, optionally one shard of it, resumable,
 * and writes indices.csv, claims.csv, claim-flips.csv, design.csv (README
 * "Sensitivity analysis"). `netvalue run` on the same file does the same.
 */
import type { CommandModule } from "yargs";
import { InputError } from "../../errors.js";
import { executionProgress, gridRunOptions, interruptSignal, withExecutionOptions, withScenarioOverrides, type GridArgs, type ScenarioArgs } from "../options.js";
import { reportSweep } from "./sweep.js";

interface SensitivityArgs extends ScenarioArgs, GridArgs {
  scenario: string;
  shard?: string;
}

export const sensitivityCommand: CommandModule<object, SensitivityArgs> = {
  command: "sensitivity <scenario>",
  describe: "Run a scenario's sensitivity design (Morris or Sobol') and write indices, claims and the design",
  builder: (y) =>
    withExecutionOptions(withScenarioOverrides(y))
      .positional("scenario", { type: "string", demandOption: true, describe: "Scenario file with a sensitivity block" })
      .option("shard", { type: "string", describe: "Run only shard i of n of the design points, e.g. 3/16" })
      .example("$0 sensitivity scenarios/robustness.yaml --workers 2", "Run the whole design on two worker threads")
      .example("$0 sensitivity scenarios/robustness.yaml --shard 1/4 --out results/part-1", "Run a quarter of the points; join the parts with 'netvalue merge'") as never,
  handler: async (args) => {
    // The implementation loads only when the command runs, so `--help` stays fast.
    const [{ loadWithOverrides }, { parseShard }, { runSensitivity }] = await Promise.all([
      import("../../experiment/run-files.js"),
      import("../../experiment/run-sweep.js"),
      import("../../sensitivity/run-sensitivity.js"),
    ]);
    const { scenario, baseDir } = loadWithOverrides(args.scenario, args);
    if (!scenario.sensitivity) throw new InputError(`${args.scenario} has no sensitivity block: run it with 'netvalue run' or 'netvalue sweep'`);
    const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
    const interrupt = interruptSignal();
    const progress = executionProgress(args.quiet, `${scenario.name} (${scenario.sensitivity.method})`);
    try {
      const result = await runSensitivity(scenario, {
        baseDir,
        ...gridRunOptions(args, interrupt.signal, progress.onProgress),
        ...(shard ? { shard } : {}),
      });
      progress.done();
      reportSweep(result, { unit: "points", whole: "design" });
    } finally {
      interrupt.dispose();
    }
  },
};
