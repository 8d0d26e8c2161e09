/**
 * Sweep benchmark (issue 5): cells per second on 1 and 2 workers (target: 2
 * workers ≥ 1.8× the rate of 1), and memory over a longer sweep — peak RSS in the
 * first and the second half of the cells, which stays flat because rows are
 * streamed to disk rather than held. Writes results/bench/sweep.csv.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSweep } from "../src/experiment/run-sweep.js";
import { scenarioFromObjectOrThrow } from "../src/scenario/load.js";
import { printTable, writeBenchCsv, type BenchRow } from "./table.js";

/** A throughput configuration: `cells` cells of one replicate each, of nearly equal cost. */
interface SweepShape {
  readonly name: string;
  readonly cells: number;
  readonly steps: number;
  readonly every: number;
}

/**
 * The cells differ only in the swept detection and gossip rates, which hardly change
 * the work, so the ratio measures the pool, not the order in which unequal cells
 * happen to finish.
 *
 * - "year" is the shape of the shipped experiments (scenarios/six-to-two-and-a-half.yaml,
 *   dunbar-layers.yaml): 1,000 agents over 365 steps, observed every 73 days; about 8 s
 *   per cell on one core.
 * - "short" cells (120 steps, about 2.8 s each) show the fixed cost of a worker: each
 *   worker is its own V8 isolate and compiles the model's hot code once, on V8's
 *   background threads. With 1 worker that compilation runs free on the idle second
 *   core; with 2 workers it competes with them. Measured with perf (32 short cells, 2
 *   workers): about 7 s of the 102 s of CPU went to compiling, two thirds of it in the
 *   first 10 s; steady-state cells ran as fast side by side as alone. The longer the
 *   cells, the smaller that share.
 */
const SHAPES: readonly SweepShape[] = [
  { name: "year", cells: 16, steps: 365, every: 73 },
  { name: "short", cells: 32, steps: 120, every: 30 },
];

function scenario(shape: SweepShape) {
  const detection = Array.from({ length: shape.cells / 2 }, (_, i) => 0.05 + i * 0.01);
  return scenarioFromObjectOrThrow({
    name: `bench-sweep-${shape.name}`,
    seed: 11,
    replicates: 1,
    steps: shape.steps,
    agents: { count: 1000 },
    metrics: { every: shape.every, separation: { method: "sample", samples: 100 } },
    network: { regime: "amplified", followCap: 200 },
    sweep: { "mechanisms.trust.detection": detection, "mechanisms.trust.gossip": [0.3, 0.31] },
  });
}

async function timed(shape: SweepShape, workers: number, onRss?: (fraction: number, rss: number) => void) {
  const out = mkdtempSync(join(tmpdir(), "nv-bench-sweep-"));
  const start = performance.now();
  let fraction = 0;
  const timer = onRss ? setInterval(() => onRss(fraction, process.memoryUsage().rss), 100) : null;
  try {
    const r = await runSweep(scenario(shape), { out, workers, onProgress: (p) => (fraction = p.partsDone / p.partsTotal) });
    if (!r.complete) throw new Error("bench sweep did not complete");
  } finally {
    if (timer) clearInterval(timer);
    rmSync(out, { recursive: true, force: true });
  }
  return (performance.now() - start) / 1000;
}

export async function sweepSuite(): Promise<void> {
  const rows: BenchRow[] = [];
  for (const shape of SHAPES) {
    const rate: Record<number, number> = {};
    for (const workers of [1, 2]) {
      const seconds = await timed(shape, workers);
      rate[workers] = shape.cells / seconds;
      rows.push({ measure: `throughput, ${shape.name} cells`, cells: shape.cells, steps: shape.steps, workers, seconds, cells_per_s: rate[workers] as number, value: "" });
    }
    rows.push({ measure: `speedup 2 vs 1 workers, ${shape.name} cells`, cells: shape.cells, steps: shape.steps, workers: 2, seconds: "", cells_per_s: "", value: (rate[2] as number) / (rate[1] as number) });
  }
  const peaks = [0, 0];
  const long = { name: "short", cells: 24, steps: 120, every: 30 };
  const seconds = await timed(long, 2, (f, rss) => {
    const half = f < 0.5 ? 0 : 1;
    peaks[half] = Math.max(peaks[half] as number, rss);
  });
  rows.push({ measure: "peak RSS MiB, first half of cells", cells: long.cells, steps: long.steps, workers: 2, seconds, cells_per_s: long.cells / seconds, value: (peaks[0] as number) / 2 ** 20 });
  rows.push({ measure: "peak RSS MiB, second half of cells", cells: long.cells, steps: long.steps, workers: 2, seconds, cells_per_s: long.cells / seconds, value: (peaks[1] as number) / 2 ** 20 });
  printTable("sweep: throughput and memory", rows);
  writeBenchCsv("sweep", rows);
}
