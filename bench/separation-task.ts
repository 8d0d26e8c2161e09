/**
 * One timed separation task in its own process, so the bench can compare whole
 * processes (start-up, file reading, computing) and read each one's peak memory:
 *   node build-bench/bench/separation-task.js <task> <edge-list> [k|b]
 * tasks: exact | sample <k> | hyperanf <b> | graphology <k> (k sources, extrapolated).
 * Prints one JSON line: { mean, extra, maxRssMb }.
 */
import { UndirectedGraph } from "graphology";
import { singleSourceLength } from "graphology-shortest-path/unweighted.js";
import { readCsr, readGraphFile } from "../src/io/graph-read.js";
import { separation } from "../src/metrics/separation/index.js";
import { sampleSources } from "../src/metrics/separation/sample.js";
import { stream } from "../src/random/streams.js";

const [task, file, param] = process.argv.slice(2);
if (!task || !file) {
  process.stderr.write("usage: separation-task <exact|sample|hyperanf|graphology> <edge-list> [k|b]\n");
  process.exit(2);
}
const rng = stream(1, "sampling");
let out: Record<string, unknown>;
if (task === "graphology") {
  const graph: UndirectedGraph = readGraphFile(file);
  const k = Number(param ?? 200);
  const ids = graph.nodes();
  const sources = sampleSources(rng, ids.length, Math.min(k, ids.length));
  let sum = 0;
  let pairs = 0;
  const t0 = performance.now();
  for (const s of sources) {
    const lengths = singleSourceLength(graph, ids[s] as string);
    for (const key in lengths) {
      const d = lengths[key] as number;
      if (d > 0) {
        sum += d;
        pairs++;
      }
    }
  }
  const bfsSeconds = (performance.now() - t0) / 1000;
  out = { mean: sum / pairs, sources: sources.length, bfsSeconds, nodes: ids.length };
} else {
  const { csr } = readCsr(file);
  const method = task === "exact" ? "exact" : task === "sample" ? "sample" : "hyperanf";
  const r = separation(csr, {
    method,
    rng,
    ...(task === "sample" ? { samples: Number(param ?? 1000) } : {}),
    ...(task === "hyperanf" ? { registers: Number(param ?? 6) } : {}),
  });
  out = {
    mean: r.meanDistance,
    effectiveDiameter: r.effectiveDiameter,
    diameter: r.diameter,
    error: r.error,
  };
}
process.stdout.write(`${JSON.stringify({ ...out, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
