/** `netvalue fit <dirs...>`: mean distance against world size, fitted and extrapolated. */
import type { CommandModule } from "yargs";

interface FitArgs {
  dirs: string[];
  out: string | undefined;
  to: number;
  where: string[];
}

export const fitCommand: CommandModule<object, FitArgs> = {
  command: "fit <dirs...>",
  describe: "Fit each layer's mean distance against ln N over runs of several sizes; extrapolate with a prediction interval",
  builder: (y) =>
    y
      .positional("dirs", {
        type: "string",
        array: true,
        demandOption: true,
        describe: "Result folders (or summary.csv files) whose runs differ in agents.count",
      })
      .option("out", { type: "string", describe: "Folder for size-series.csv, fit.csv, fit-ln-k.csv (default: the first folder)" })
      .option("to", { type: "number", default: 1e9, describe: "Population to extrapolate to" })
      .option("where", {
        type: "string",
        array: true,
        default: [] as string[],
        describe: "Keep only runs with <column>=<value> (repeatable), when the folders hold other sweep axes besides agents.count",
      })
      .example("$0 fit results/size-series", "Fit the committed size series; write fit.csv beside it")
      .example("$0 fit results/six-to-two-and-a-half --where network.followCap=5000 --out /tmp/fit", "One world of a sweep")
      .example("$0 fit runs/n1000 runs/n10000 runs/n100000 --out runs/fit --to 7.21e8", "Separate runs, extrapolated to Facebook 2011")
      .epilogue(
        "Weighted least squares (weights 1/variance of each size's mean distance, residual variance estimated from the data).\n" +
          "fit.csv: mean distance = intercept + slope · ln N; fit-ln-k.csv: against ln N / ln k, k the layer's mean degree.\n" +
          "The prediction interval is 95%, for a new world of the target size with the variance of the largest world run.",
      ) as never,
  handler: async (args) => {
    const { InputError } = await import("../../errors.js");
    const { sizeSeries } = await import("../../analysis/size-series.js");
    const { writeSizeSeries } = await import("../../analysis/size-series-write.js");
    if (!(args.to > 1)) throw new InputError(`--to: expected a population > 1, got ${args.to}`);
    let series;
    try {
      series = sizeSeries(args.dirs, args.to, args.where);
    } catch (err) {
      if (err instanceof RangeError) throw new InputError(err.message);
      throw err;
    }
    const [first = ""] = args.dirs;
    const out = args.out ?? first.replace(/\/summary\.csv$/, "");
    const files = writeSizeSeries(series, out);
    const { sizeSeriesChart } = await import("../../plot/size-series-chart.js");
    const { renderSvg } = await import("../../plot/render.js");
    const { writeFileAtomic } = await import("../../io/atomic.js");
    const spec = sizeSeriesChart(out, `netvalue fit ${args.dirs.join(" ")}`);
    writeFileAtomic(`${out}/charts/size-series.svg`, await renderSvg(spec));
    writeFileAtomic(`${out}/charts/size-series.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
    files.push("charts/size-series.svg", "charts/size-series.vl.json");
    const lines = series.fits
      .filter((f) => f.regressor === "ln_n")
      .map((f) => {
        const pi = f.piLow === null || f.piHigh === null ? "no interval (2 sizes)" : `95% PI ${f.piLow.toFixed(2)}–${f.piHigh.toFixed(2)}`;
        return `  ${f.layer.padEnd(8)} ${f.intercept.toFixed(3)} + ${f.slope.toFixed(3)}·ln N → ${f.extrapolatedHops.toFixed(2)} hops at N=${f.extrapolatedN.toExponential(2)} (${pi})`;
      });
    process.stdout.write(`mean distance against ln N, N ${Math.min(...series.points.map((p) => p.agents))}–${Math.max(...series.points.map((p) => p.agents))}:\n${lines.join("\n")}\nwrote ${files.map((f) => `${out}/${f}`).join(", ")}\n`);
  },
};
