/**
 * `netvalue measure <graph-file>`: reads an edge list (plain or .gz), GEXF or GraphML
 * file and prints its structure (degrees, components, clustering, triangles) and its
 * degrees of separation (mean distance, intermediaries, median, effective diameter,
 * diameter, reachable pairs, spid) with the distance distribution. Parses arguments,
 * calls the library, prints; bad input is an InputError (exit code 2).
 */
import type { CommandModule } from "yargs";
import type { Measurement } from "../../io/measure-report.js";
import type { SeparationMethod } from "../../metrics/separation/index.js";
import { progressLine } from "../progress.js";

interface MeasureArgs {
  graph: string;
  method: SeparationMethod | "auto";
  samples: number;
  registers: number;
  runs: number;
  seed: number;
  directed: boolean;
  format: "table" | "json" | "csv";
  quiet: boolean;
}

export const measureCommand: CommandModule<object, MeasureArgs> = {
  command: "measure <graph>",
  describe: "Measure a graph file: degrees of separation (exact, sampled or HyperANF), clustering, components",
  builder: (y) =>
    y
      .positional("graph", {
        type: "string",
        demandOption: true,
        describe: "Edge list (.txt/.csv/.tsv, optionally .gz; '#' and '%' lines are comments), .gexf or .graphml",
      })
      .option("method", {
        choices: ["auto", "exact", "sample", "hyperanf"] as const,
        default: "auto" as const,
        describe: "exact: all-pairs multi-source BFS; sample: k random sources with 95% bootstrap CIs; hyperanf: HyperLogLog counters; auto: exact up to ~10^4–10^5 nodes, then sample",
      })
      .option("samples", { type: "number", default: 1000, describe: "Sources for --method sample" })
      .option("registers", { type: "number", default: 6, describe: "log2 of HyperLogLog registers per node for --method hyperanf (4..12)" })
      .option("runs", { type: "number", default: 1, describe: "Independent HyperANF runs; ≥ 3 adds 95% intervals on the mean distance and effective diameter" })
      .option("seed", { type: "number", default: 1, describe: "Seed of the sampling / hashing stream (sampled and HyperANF results depend on it)" })
      .option("directed", { type: "boolean", default: false, describe: "Follow edges u→v as written (directed distances); structure stays on the undirected view" })
      .option("format", { choices: ["table", "json", "csv"] as const, default: "table" as const, describe: "Output format" })
      .option("quiet", { type: "boolean", default: false, describe: "No progress line on stderr" })
      .example("$0 measure test/fixtures/karate-club.txt", "Exact: mean distance 2.4082, diameter 5, 45 triangles")
      .example("$0 measure web.txt.gz --method sample --samples 2000 --seed 7", "2,000 random sources, 95% bootstrap intervals")
      .example("$0 measure big.txt --method hyperanf --registers 6 --format json > big.json", "A million-node graph in seconds; JSON for scripts")
      .example("$0 measure email.txt --directed --format csv", "Directed distances, tidy CSV (metric,hops,value)")
      .epilogue(
        "Distances are over ordered pairs of distinct nodes; unreachable pairs are excluded from the mean and counted in reachable_pair_share.\n" +
          "intermediaries = mean distance − 1. median and effective diameter (90th percentile) use SNAP's interpolation, the source itself counted at distance 0.\n" +
          "Sampled and HyperANF diameters are lower bounds (diameter_is_lower_bound).",
      ) as never,
  handler: async (args) => {
    // The implementation loads only when the command runs, so `--help` stays fast.
    const [{ measure }, { formatMeasurementCsv, formatMeasurementJson, formatMeasurementTable }] = await Promise.all([
      import("../../io/measure.js"),
      import("../../io/measure-report.js"),
    ]);
    const progress = progressLine(args.quiet);
    let m: Measurement;
    try {
      m = measure(args.graph, {
        method: args.method,
        samples: args.samples,
        registers: args.registers,
        runs: args.runs,
        seed: args.seed,
        directed: args.directed,
        onProgress: (done, total, what) => progress.update(done, total, what),
      });
    } finally {
      progress.done();
    }
    // The table shows warnings as notes; machine formats keep stdout clean and warn on stderr.
    if (args.format !== "table") for (const w of m.warnings) process.stderr.write(`warning: ${args.graph}: ${w}\n`);
    const text =
      args.format === "json" ? formatMeasurementJson(m) : args.format === "csv" ? formatMeasurementCsv(m) : formatMeasurementTable(m);
    process.stdout.write(text);
  },
};
