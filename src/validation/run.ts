/**
 * Running a validation experiment end to end: load (or take) the config, run its
 * tasks inline or on worker threads, and write the fixed outputs into the output
 * folder (default `results/validation/<name>/`), each CSV atomically, then a
 * manifest.json with the resolved config and a SHA-256 of every file.
 *
 * Outputs:
 * - watts-strogatz: `ratios.csv` (one row per p: p, seeds, mean_distance_ratio,
 *   mean_distance_ratio_se, clustering_ratio, clustering_ratio_se) and `runs.csv`
 *   (one row per graph: L, C, reachable share, and the lattice's L(0), C(0));
 * - kleinberg: `routing.csv` (one row per (r, side): r, side, pairs, mean_steps,
 *   mean_steps_se) and `slopes.csv` (r, slope);
 * - both: `columns.csv`, the codebook of those files (validation/codebook.ts).
 *
 * References: see watts-strogatz.ts (Watts & Strogatz 1998) and kleinberg.ts
 * (Kleinberg 2000; Carmi et al. 2009).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { at } from "../checked-index.js";
import { writeCsvAtomic } from "../io/csv.js";
import { writeManifest } from "../io/manifest.js";
import { writeCodebook } from "../io/codebook.js";
import { VALIDATION_DOCS } from "./codebook.js";
import { kleinbergResults, kleinbergTasks, routingRows, ROUTING_COLUMNS, SLOPE_COLUMNS, slopeRows, type KleinbergResults } from "./kleinberg.js";
import { loadValidationOrThrow } from "./load.js";
import { runTasks } from "./pool.js";
import type { KleinbergValidation, ValidationConfig, WattsStrogatzValidation } from "./schema.js";
import type { KleinbergMeasure, WattsStrogatzMeasure } from "./tasks.js";
import {
  RATIO_COLUMNS,
  ratioRows,
  WS_RUN_COLUMNS,
  wattsStrogatzResults,
  wattsStrogatzRunRows,
  wattsStrogatzTasks,
  type WattsStrogatzResults,
} from "./watts-strogatz.js";

export interface ValidationOptions {
  /** Output folder; default `results/validation/<name>`. */
  readonly out?: string;
  /** Overrides the config's master seed. */
  readonly seed?: number;
  /** Worker threads; 0 runs in this thread; default = cores. Results do not depend on it. */
  readonly workers?: number;
  /** Progress: (tasks done, tasks in all, label). Never logs. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

interface Written {
  readonly name: string;
  readonly outDir: string;
  /** Files written, relative to outDir, manifest.json last. */
  readonly files: readonly string[];
}

export type ValidationOutcome =
  | (Written & { readonly validation: "watts-strogatz"; readonly config: WattsStrogatzValidation; readonly results: WattsStrogatzResults })
  | (Written & { readonly validation: "kleinberg"; readonly config: KleinbergValidation; readonly results: KleinbergResults });

/** The default output folder of a validation experiment. */
export function defaultValidationDir(config: Pick<ValidationConfig, "name">): string {
  return join("results", "validation", config.name);
}

/**
 * Runs a validation experiment and writes its outputs.
 * @param input a validation file, or a config from `loadValidation` / `validationFromObject`
 * @param options output folder, seed override, workers, progress
 * @returns where the outputs went, the files, and the computed results
 * @throws ScenarioError for an invalid file; MetricError if a greedy chain fails
 */
export async function runValidation(input: string | ValidationConfig, options: ValidationOptions = {}): Promise<ValidationOutcome> {
  const loaded = typeof input === "string" ? loadValidationOrThrow(input) : input;
  const config: ValidationConfig = options.seed !== undefined ? { ...loaded, seed: options.seed } : loaded;
  const outDir = options.out ?? defaultValidationDir(config);
  const progress = (done: number, total: number) => options.onProgress?.(done, total, `${config.name}: ${done}/${total} graphs`);
  mkdirSync(outDir, { recursive: true });

  if (config.validation === "watts-strogatz") {
    const measures = await runTasks<WattsStrogatzMeasure>(wattsStrogatzTasks(config), options.workers, progress);
    const results = wattsStrogatzResults(config, measures);
    writeCsvAtomic(join(outDir, "ratios.csv"), RATIO_COLUMNS, ratioRows(results));
    writeCsvAtomic(join(outDir, "runs.csv"), WS_RUN_COLUMNS, wattsStrogatzRunRows(results));
    const files = finish(outDir, config, ["ratios.csv", "runs.csv"]);
    return { validation: "watts-strogatz", name: config.name, outDir, files, config, results };
  }
  // Largest grids first, so the pool's last tasks are short ones; results come back in task order.
  const tasks = kleinbergTasks(config);
  const order = [...tasks.entries()].sort(([a, ta], [b, tb]) => tb.side - ta.side || a - b);
  const shuffled = await runTasks<KleinbergMeasure>(order.map(([, t]) => t), options.workers, progress);
  const measures: KleinbergMeasure[] = new Array<KleinbergMeasure>(tasks.length);
  order.forEach(([i], j) => (measures[i] = at(shuffled, j)));
  const results = kleinbergResults(config, measures);
  writeCsvAtomic(join(outDir, "routing.csv"), ROUTING_COLUMNS, routingRows(results));
  writeCsvAtomic(join(outDir, "slopes.csv"), SLOPE_COLUMNS, slopeRows(results));
  const files = finish(outDir, config, ["routing.csv", "slopes.csv"]);
  return { validation: "kleinberg", name: config.name, outDir, files, config, results };
}

function finish(outDir: string, config: ValidationConfig, csvs: readonly string[]): string[] {
  const written = [...csvs, writeCodebook(outDir, VALIDATION_DOCS, csvs)];
  writeManifest(outDir, { name: config.name, cell: null, seeds: [config.seed], scenario: config }, written);
  return [...written, "manifest.json"];
}
