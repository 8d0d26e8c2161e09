/**
 * `netvalue plot <results-dir>`: draws the charts a results folder has data for
 * (SVG or PNG, each with its Vega-Lite spec beside it) and lists what was written
 * and what was skipped, and why.
 */
import { relative } from "node:path";
import type { CommandModule } from "yargs";
import { InputError } from "../../errors.js";
import type { PlotFormat } from "../../plot/plot-results.js";

interface PlotArgs {
  dir: string;
  out?: string;
  format: PlotFormat;
  xParam?: string;
  quiet: boolean;
}

export const plotCommand: CommandModule<object, PlotArgs> = {
  command: "plot <dir>",
  describe: "Draw charts (SVG or PNG, with their Vega-Lite specs) from a results folder of run or sweep",
  builder: (y) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "Results folder written by run, sweep or merge" })
      .option("out", { type: "string", describe: "Folder for the charts (default: <dir>/charts)" })
      .option("format", { choices: ["svg", "png"] as const, default: "svg" as const, describe: "Image format" })
      .option("x-param", { type: "string", describe: "Swept parameter on the x axis of sweep charts (default: the first)" })
      .option("quiet", { type: "boolean", default: false, describe: "Print nothing on success" })
      .example("$0 plot results/quickstart", "Write SVG charts and their specs to results/quickstart/charts/")
      .example("$0 plot results/authentic-vs-opportunistic --format png --out figures", "Write PNG charts to figures/")
      .example("$0 plot results/six-to-two-and-a-half --x-param network.followCap", "Choose the swept parameter on the x axis") as never,
  handler: async (args) => {
    // The implementation loads only when the command runs, so `--help` stays fast.
    const { plotResults } = await import("../../plot/plot-results.js");
    const result = await plotResults(args.dir, {
      format: args.format,
      ...(args.out !== undefined ? { out: args.out } : {}),
      ...(args.xParam !== undefined ? { x: args.xParam } : {}),
    });
    const show = (p: string): string => {
      const r = relative(process.cwd(), p);
      return r.startsWith("..") || r === "" ? p : r;
    };
    if (result.written.length === 0) {
      const reasons = result.skipped.map((s) => `  - ${s.chart}: ${s.reason}`).join("\n");
      throw new InputError(`nothing to plot in ${args.dir}:\n${reasons}`);
    }
    if (args.quiet) return;
    const charts = result.written.filter((f) => !f.endsWith(".vl.json"));
    process.stdout.write(`${charts.length} chart(s) in ${show(result.outDir)}/ (each with its .vl.json spec):\n`);
    for (const f of charts) process.stdout.write(`  ${show(f)}\n`);
    if (result.skipped.length) {
      process.stdout.write(`skipped:\n`);
      for (const s of result.skipped) process.stdout.write(`  ${s.chart}: ${s.reason}\n`);
    }
    for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
  },
};
