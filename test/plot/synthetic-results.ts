/**
 * Small synthetic results folders, written by hand in the column layout of
 * src/io/rows.ts, for the plot tests: a run (2 strategies × 3 replicates × 4 steps,
 * distances.csv, manifest.json) and a 2 × 2 sweep (sweep-summary.csv and cells/).
 * The values are simple formulas so the tests can compute means and CIs by hand.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const STRATEGIES = ["authentic", "opportunist"] as const;
export const REPLICATES = 3;
export const STEPS = [0, 1, 2, 3] as const;

const STRATEGY_COLUMNS = [
  "agents", "ties_mean", "follows_mean", "followers_mean", "followers_median", "trust_received_mean", "unmasked_share",
  "time_to_unmask_median_steps", "distrusted_share", "time_to_distrust_median_steps", "detections_received", "opportunities_per_agent", "opportunities_from_strangers_share",
  "opportunity_chain_mean_hops", "value_received_mean", "posts_mean", "reshares_mean",
];
const LAYERS = ["ties", "social", "trusted"] as const;
const NETWORK_COLUMNS = [
  "follow_reciprocity", "search_success_rate", "search_chain_mean_hops", "dunbar_layer_1_ties_mean",
  ...LAYERS.flatMap((l) => [`${l}_edges`, `${l}_degree_mean`, `${l}_mean_distance_hops`, `${l}_intermediaries`, `${l}_effective_diameter_hops`]),
];

/** trust_received_mean of a strategy at (step, replicate): authentic 0.5 + 0.1·step + 0.01·r; opportunist 0.4 − 0.05·step + 0.03·r. */
export function trust(strategy: string, step: number, rep: number): number {
  return strategy === "authentic" ? 0.5 + 0.1 * step + 0.01 * rep : 0.4 - 0.05 * step + 0.03 * rep;
}

/** social_mean_distance_hops at (step, replicate): 4 − 0.25·step + 0.1·r (on the `all` rows only). */
export function socialDistance(step: number, rep: number): number {
  return 4 - 0.25 * step + 0.1 * rep;
}

function csv(columns: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [columns.join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n";
}

export interface RunFolderOptions {
  /** Swept parameter columns (path → value), as in a sweep cell's files. */
  readonly params?: readonly (readonly [string, number])[];
  readonly seed?: number;
  readonly name?: string;
  /** Offset added to every trust value (to tell sweep cells apart). */
  readonly shift?: number;
  readonly files?: readonly ("timeseries" | "distances" | "manifest")[];
}

export function writeRunFolder(dir: string, o: RunFolderOptions = {}): void {
  mkdirSync(dir, { recursive: true });
  const params = o.params ?? [];
  const files = o.files ?? ["timeseries", "distances", "manifest"];
  const shift = o.shift ?? 0;
  const key = (rep: number): (string | number)[] => [`run-${rep}`, rep, 1000 + rep, ...params.map(([, v]) => v)];
  const keyCols = ["run_id", "replicate", "seed", ...params.map(([p]) => p)];
  if (files.includes("timeseries")) {
    const rows: (string | number)[][] = [];
    for (let rep = 0; rep < REPLICATES; rep++) {
      for (const step of STEPS) {
        for (const s of ["all", ...STRATEGIES]) {
          const t = s === "all" ? (trust("authentic", step, rep) + trust("opportunist", step, rep)) / 2 : trust(s, step, rep);
          const metrics = STRATEGY_COLUMNS.map((c) => {
            if (c === "trust_received_mean") return +(t + shift).toFixed(6);
            if (c === "agents") return s === "all" ? 20 : 10;
            if (c === "unmasked_share") return s === "opportunist" ? +(0.1 * step).toFixed(6) : 0;
            if (c === "time_to_unmask_median_steps") return "";
            if (c === "distrusted_share") return s === "opportunist" ? +(0.2 * step).toFixed(6) : 0.1;
            if (c === "time_to_distrust_median_steps") return "";
            return step + rep;
          });
          const net = NETWORK_COLUMNS.map((c) => {
            if (s !== "all") return "";
            if (c === "social_mean_distance_hops") return +socialDistance(step, rep).toFixed(6);
            if (c === "ties_mean_distance_hops") return +(5 - 0.5 * step + 0.2 * rep).toFixed(6);
            if (c === "trusted_mean_distance_hops") return step === 0 ? "" : 6;
            return 1;
          });
          rows.push([...key(rep), step, s, ...metrics, ...net]);
        }
      }
    }
    writeFileSync(join(dir, "timeseries.csv"), csv([...keyCols, "step", "strategy", ...STRATEGY_COLUMNS, ...NETWORK_COLUMNS], rows));
  }
  if (files.includes("distances")) {
    // ties shares: rep0 .1/.3/.6, rep1 .2/.2/.6, rep2 .3/.7 (no hop 3) → means .2/.4/.4
    const ties = [[10, 30, 60], [20, 20, 60], [30, 70]];
    const rows: (string | number)[][] = [];
    rows.push([...key(0), 1, "ties", "exact", 1, 999]); // an earlier step: must be ignored
    ties.forEach((pairs, rep) => pairs.forEach((p, h) => rows.push([...key(rep), 3, "ties", "exact", h + 1, p])));
    for (let rep = 0; rep < REPLICATES; rep++) [50, 50].forEach((p, h) => rows.push([...key(rep), 3, "social", "exact", h + 1, p]));
    writeFileSync(join(dir, "distances.csv"), csv([...keyCols, "step", "layer", "method", "distance_hops", "pairs"], rows));
  }
  if (files.includes("manifest")) {
    const manifest = {
      netvalue: "0.1.0",
      node: "v20.0.0",
      name: o.name ?? "synthetic",
      cell: null,
      seeds: [1000, 1001, 1002],
      scenario: { name: o.name ?? "synthetic", seed: o.seed ?? 42 },
      files: {},
    };
    writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

export const SWEEP_PARAMS = ["network.followCap", "mechanisms.discovery.rate"] as const;
export const SWEEP_CELLS = [
  { id: "c0", cap: 0, rate: 0.1 },
  { id: "c1", cap: 0, rate: 0.5 },
  { id: "c2", cap: 150, rate: 0.1 },
  { id: "c3", cap: 150, rate: 0.5 },
] as const;

/** A complete 2 × 2 sweep: top manifest with `sweep`, sweep-summary.csv, cells/<id>/…. */
export function writeSweepFolder(dir: string, opts: { readonly summary?: boolean } = {}): void {
  mkdirSync(dir, { recursive: true });
  SWEEP_CELLS.forEach((c, i) =>
    writeRunFolder(join(dir, "cells", c.id), { params: [[SWEEP_PARAMS[0], c.cap], [SWEEP_PARAMS[1], c.rate]], shift: i / 10, name: "sweep-demo" }),
  );
  if (opts.summary ?? true) {
    const metrics = ["all_trust_received_mean", "authentic_trust_received_mean", "opportunist_trust_received_mean", "social_mean_distance_hops", "authentic_opportunities_per_agent"];
    const rows: (string | number)[][] = [];
    SWEEP_CELLS.forEach((c, i) =>
      metrics.forEach((m, k) => {
        const mean = 1 + i + k / 10;
        rows.push([c.id, c.cap, c.rate, m, 3, mean, 0.1, +(mean - 0.2).toFixed(6), +(mean + 0.2).toFixed(6), ""]);
      }),
    );
    rows.push(["c0", 0, 0.1, "authentic_unmasked_share", 3, "", "", "", "", ""]); // never filled: chart skipped
    writeFileSync(join(dir, "sweep-summary.csv"), csv(["cell_id", ...SWEEP_PARAMS, "metric", "n", "mean", "sd", "ci95_low", "ci95_high", "ci95_note"], rows));
  }
  const manifest = {
    netvalue: "0.1.0",
    node: "v20.0.0",
    name: "sweep-demo",
    cell: null,
    seeds: [],
    scenario: { name: "sweep-demo", seed: 7 },
    files: {},
    sweep: {
      totalCells: 4,
      shard: null,
      cells: SWEEP_CELLS.map((c, i) => ({ index: i, id: c.id, params: { [SWEEP_PARAMS[0]]: c.cap, [SWEEP_PARAMS[1]]: c.rate } })),
    },
  };
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}
