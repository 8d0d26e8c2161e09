/**
 * Model benchmark (issue 3 performance targets): agent-steps per second of whole
 * replicates, with the time per mechanism from the engine's `profile` hook.
 *
 * - model: 10,000 agents, amplified regime, 365 steps, metrics every 30 steps with
 *   sampled separation (target < 30 s on one core);
 * - model-large (opt-in: `npm run bench -- model-large`): 100,000 agents × 365 steps
 *   (issue 14: < 10 min, < 4 GiB peak);
 * - model-1m (opt-in: `npm run bench -- model-1m`): 1,000,000 agents × 365 steps,
 *   separation by HyperANF, no greedy search: the world of scenarios/size-series-large.yaml
 *   (issue 14: < 2 h, < 16 GiB peak).
 * Each configuration runs with 1 thread and with 2 (observations measured on a second
 * thread while the model steps: engine/observer-thread.ts) for `model`, with 2 for the
 * opt-in ones; MODEL_BENCH_THREADS=1,2 (a list) chooses. Writes results/bench/<suite>.csv.
 */
import { scenarioSchema, type ScenarioInput } from "../src/scenario/schema.js";
import { simulateReplicate } from "../src/engine/run.js";
import { MECHANISMS } from "../src/engine/step.js";
import { printTable, writeBenchCsv, type BenchRow } from "./table.js";

export interface ModelBenchConfig {
  readonly name: string;
  readonly agents: number;
  readonly steps: number;
  readonly input: ScenarioInput;
  /** Threads of the replicate (1, or 2 with the observer thread). */
  readonly threads?: number;
}

export const MODEL_CONFIGS: readonly ModelBenchConfig[] = [
  {
    name: "10k-amplified-365",
    agents: 10_000,
    steps: 365,
    input: {
      steps: 365,
      agents: { count: 10_000 },
      network: { regime: "amplified" },
      metrics: { every: 30, separation: { method: "sample", samples: 200 } },
    },
  },
];

export const MODEL_LARGE_CONFIGS: readonly ModelBenchConfig[] = [
  {
    name: "100k-amplified-365",
    agents: 100_000,
    steps: 365,
    input: {
      steps: 365,
      agents: { count: 100_000 },
      network: { regime: "amplified" },
      metrics: { every: 73, separation: { method: "sample", samples: 100 }, search: { pairs: 100 } },
    },
  },
];

export const MODEL_1M_CONFIGS: readonly ModelBenchConfig[] = [
  {
    name: "1m-amplified-365",
    agents: 1_000_000,
    steps: 365,
    input: {
      steps: 365,
      agents: { count: 1_000_000 },
      network: { regime: "amplified" },
      // The world of scenarios/size-series-large.yaml (there with its own seed).
      metrics: { every: 73, separation: { method: "hyperanf", registers: 6, layers: ["ties", "social", "trusted"] }, search: { enabled: false } },
      output: { files: { agents: false, opportunities: false, distances: false } },
    },
  },
];

/** Runs one configuration (seed 1) and returns its measured row. */
export function benchModel(config: ModelBenchConfig): BenchRow {
  const scenario = { ...scenarioSchema.parse(config.input), name: config.name };
  const profile: Record<string, number> = {};
  let peakRss = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  simulateReplicate(scenario, 1, {
    profile,
    threads: config.threads ?? 1,
    onStep: () => {
      const rss = process.memoryUsage().rss;
      if (rss > peakRss) peakRss = rss;
    },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const row: BenchRow = {
    config: config.name,
    agents: config.agents,
    steps: config.steps,
    threads: config.threads ?? 1,
    seconds,
    cpu_seconds: (used.user + used.system) / 1e6,
    agent_steps_per_s: Math.round((config.agents * config.steps) / seconds),
    peak_rss_mib: Math.round(peakRss / 2 ** 20),
  };
  for (const k of [...MECHANISMS, "observe"]) row[`${k}_s`] = (profile[k] ?? 0) / 1e9;
  return row;
}

async function runSuite(suite: string, configs: readonly ModelBenchConfig[], threadsByDefault: readonly number[]): Promise<void> {
  // MODEL_BENCH_AGENTS / MODEL_BENCH_STEPS shrink a configuration for a quick look (the row says so).
  const agents = process.env["MODEL_BENCH_AGENTS"];
  const steps = process.env["MODEL_BENCH_STEPS"];
  const threadList = process.env["MODEL_BENCH_THREADS"]?.split(",").map(Number) ?? threadsByDefault;
  const runs = configs.flatMap((c) => threadList.map((threads) => ({ ...c, threads, name: threads === 1 ? c.name : `${c.name}-${threads}t` })));
  const rows = runs.map((c) => {
    let config: ModelBenchConfig = c;
    if (agents) config = { ...config, name: `${config.name}@${agents}`, agents: Number(agents), input: { ...config.input, agents: { count: Number(agents) } } };
    if (steps) config = { ...config, name: `${config.name}x${steps}`, steps: Number(steps), input: { ...config.input, steps: Number(steps) } };
    return benchModel(config);
  });
  printTable(`model: whole replicates, time per mechanism (${suite})`, rows);
  writeBenchCsv(suite, rows);
}

export const modelSuite = (): Promise<void> => runSuite("model", MODEL_CONFIGS, [1, 2]);
export const modelLargeSuite = (): Promise<void> => runSuite("model-large", MODEL_LARGE_CONFIGS, [2]);
export const model1mSuite = (): Promise<void> => runSuite("model-1m", MODEL_1M_CONFIGS, [2]);
