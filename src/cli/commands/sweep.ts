/**
 * `netvalue sweep <scenario>`: runs a scenario's sweep grid × replicates on a worker
 * pool, optionally one shard of it, resumable.
 */
import type { CommandModule } from "yargs";
import { InputError } from "../../errors.js";
import type { SweepResult } from "../../experiment/run-sweep.js";
import { executionProgress, gridRunOptions, interruptSignal, withExecutionOptions, withScenarioOverrides, type GridArgs, type ScenarioArgs } from "../options.js";

interface SweepArgs extends ScenarioArgs, GridArgs {
  scenario: string;
  shard?: string;
  long?: boolean;
}

/** Prints how a sweep ended; returns false (and sets the exit code) when it did not finish. */
export function reportSweep(r: SweepResult, what: { readonly unit: string; readonly whole: string } = { unit: "cells", whole: "grid" }): boolean {
  for (const f of r.failures) {
    const params = f.cell.params.map(([p, v]) => `${p}=${JSON.stringify(v)}`).join(", ");
    process.stderr.write(`failed: cell ${f.cell.index} (${params || "no parameters"}), replicate ${f.replicate}, seed ${f.seed}: ${f.error}\n`);
  }
  const done = r.cells.filter((c) => c.complete).length;
  const skipped = r.cells.filter((c) => c.skipped).length;
  if (r.aborted) {
    process.stderr.write(`interrupted: ${done} cell(s) complete are kept in ${r.outDir}; run the same command with --resume to finish.\n`);
    process.exitCode = 130;
    return false;
  }
  process.stdout.write(`\n${r.name}: ${done}/${r.cells.length} ${what.unit} complete${skipped ? ` (${skipped} reused)` : ""} of a ${r.totalCells}-${what.unit.replace(/s$/, "")} ${what.whole}, in ${r.outDir}/\n`);
  if (r.tables.length) process.stdout.write(`combined tables: ${r.tables.map((t) => `${r.outDir}/${t}`).join(", ")}\n`);
  else if (r.complete) process.stdout.write(`this folder holds one shard: join the shards with 'netvalue merge <dirs...> --out <dir>'\n`);
  if (r.failures.length) {
    process.stderr.write(`${r.failures.length} run(s) failed; the other cells are complete. Fix the cause and re-run with --resume.\n`);
    process.exitCode = 1;
    return false;
  }
  return true;
}

export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: "sweep <scenario>",
  describe: "Run a scenario's sweep grid × replicates in parallel (one shard of it with --shard)",
  builder: (y) =>
    withExecutionOptions(withScenarioOverrides(y))
      .positional("scenario", { type: "string", demandOption: true, describe: "Scenario file with a sweep block" })
      .option("shard", { type: "string", describe: "Run only shard i of n (cells with grid index ≡ i−1 mod n), e.g. 3/16" })
      .option("long", { type: "boolean", describe: "Also write each cell's timeseries-long.csv (output.files.timeseriesLong)" })
      .example("$0 sweep scenarios/ci-reference.yaml --workers 2", "Run the whole grid on two worker threads")
      .example("$0 sweep scenarios/ci-reference.yaml --shard 1/2 --out results/shard-1", "Run half of the grid (e.g. on one machine of a batch job)")
      .example("$0 sweep scenarios/ci-reference.yaml --resume", "Finish an interrupted sweep, reusing every complete cell") as never,
  handler: async (args) => {
    // The implementation loads only when the command runs, so `--help` stays fast.
    const [{ isValidationFile }, { loadWithOverrides }, { parseShard, runSweep }] = await Promise.all([
      import("../../validation/load.js"),
      import("../../experiment/run-files.js"),
      import("../../experiment/run-sweep.js"),
    ]);
    if (isValidationFile(args.scenario)) {
      throw new InputError(`${args.scenario} is a validation experiment (top-level 'validation:'), not a model scenario: run it with 'netvalue run ${args.scenario}'`);
    }
    const { scenario, baseDir } = loadWithOverrides(args.scenario, args);
    if (scenario.sensitivity) throw new InputError(`${args.scenario} has a sensitivity block: run it with 'netvalue sensitivity ${args.scenario}'`);
    const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
    const interrupt = interruptSignal();
    const progress = executionProgress(args.quiet, scenario.name);
    try {
      const result = await runSweep(scenario, {
        baseDir,
        ...gridRunOptions(args, interrupt.signal, progress.onProgress),
        ...(shard ? { shard } : {}),
      });
      progress.done();
      reportSweep(result);
    } finally {
      interrupt.dispose();
    }
  },
};
