/**
 * Size estimates before work (README "Estimates"): memory, time and disk of a run
 * from agents × steps × replicates × observation settings, so a run that cannot fit
 * is refused before it allocates anything, and a long one says so up front.
 *
 * The constants were calibrated on the development machine (2 shared cores, Node 20)
 * with `netvalue run scenarios/quickstart.yaml --replicates 1 --workers 0 --set
 * agents.count=N --steps T` for (N, T) = (300, 120), (300, 365), (1000, 120), (3000, 60):
 * 4.1, 6.7, 7.9 and 14.9 s; peak RSS 127, 125, 140 and 166 MB; 91, 165, 189 and 456 kB
 * of output. They are estimates: the model's activity (ties formed, opportunities
 * shared) changes the real numbers by a small factor, never by orders of magnitude.
 */
import { freemem, totalmem } from "node:os";
import { existsSync, statfsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../errors.js";
import type { Scenario } from "../scenario/types.js";

/** Process start, module loading and the first scenario read. */
const STARTUP_S = 1.5;
/** One agent through one step (all mechanisms). */
const AGENT_STEP_S = 40e-6;
/** One BFS source over one agent's ties, per separation layer, per observation. */
const SEPARATION_S = 0.8e-7;
/** The main process with its modules loaded. */
const BASE_BYTES = 120e6;
/** A worker thread's own heap before any agent. */
const WORKER_BYTES = 30e6;
/** One agent's state (ties, interests, trust, posts) at its peak. */
const AGENT_BYTES = 16e3;
/** The bookkeeping of one part (cell × replicate) waiting in the main process. */
const PART_BYTES = 300;
/** Output: agents.csv per agent, opportunities.csv per step, timeseries.csv per row, summary + distances per replicate. */
const DISK_AGENT = 141;
const DISK_OPPORTUNITY_STEP = 240;
const DISK_TIMESERIES_ROW = 560;
const DISK_REPLICATE = 5e3;
/** A final graph file per agent (ties ~ 10 per agent). */
const DISK_GRAPH_AGENT = 600;
/** graphology keeps nodes in a Map, which holds at most 2^24 entries. */
export const MAX_AGENTS = 2 ** 24;

export interface Estimate {
  readonly parts: number;
  /** Replicates running at once. */
  readonly concurrent: number;
  /** Threads each replicate uses (2 with `--threads 2`: the observer thread). */
  readonly threadsPerReplicate: number;
  readonly memoryBytes: number;
  readonly seconds: number;
  /** Final output; the run needs about twice this while parts are assembled. */
  readonly diskBytes: number;
}

/** How many BFS sources one observation runs for one layer (see separation.ts `auto`). */
function sources(sc: Scenario): number {
  const n = sc.agents.count;
  const sep = sc.metrics.separation;
  if (!sep.enabled) return 0;
  if (sep.method === "exact" || (sep.method === "auto" && n * n * 20 <= 2e10)) return n;
  if (sep.method === "sample" || (sep.method === "auto" && n <= 5e6)) return Math.min(n, sep.method === "sample" ? sep.samples : 1000);
  return 64; // HyperANF: a few passes over the arcs
}

function replicateCount(sc: Scenario): number {
  return typeof sc.replicates === "number" ? sc.replicates : sc.replicates.length;
}

/**
 * Estimates a run of the given cells (one for a run without a sweep) on `workers` threads (0: inline),
 * each replicate on `threads` threads (its time is estimated as on one: a second thread
 * measured no speed-up, README Performance).
 */
export function estimateRun(cells: readonly Scenario[], workers: number, threads = 1): Estimate {
  let parts = 0;
  let cpu = 0;
  let disk = 0;
  let agents = 0;
  for (const sc of cells) {
    const r = replicateCount(sc);
    const n = sc.agents.count;
    const observations = Math.floor(sc.steps / sc.metrics.every) + 2;
    const layers = sc.metrics.separation.enabled ? sc.metrics.separation.layers.length : 0;
    parts += r;
    agents = Math.max(agents, n);
    cpu += r * (n * sc.steps * AGENT_STEP_S + observations * layers * sources(sc) * n * SEPARATION_S);
    const strategies = Object.keys(sc.agents.strategies).length + 1;
    const f = sc.output.files;
    disk +=
      r *
      (DISK_REPLICATE +
        (f.agents ? n * DISK_AGENT : 0) +
        (f.opportunities ? sc.steps * DISK_OPPORTUNITY_STEP : 0) +
        (f.timeseries ? observations * strategies * DISK_TIMESERIES_ROW : 0) +
        (sc.output.graph !== "none" ? n * DISK_GRAPH_AGENT : 0));
  }
  const concurrent = Math.max(1, Math.min(workers, parts));
  const memoryBytes = BASE_BYTES + parts * PART_BYTES + concurrent * ((workers > 0 ? WORKER_BYTES : 0) + agents * AGENT_BYTES);
  return { parts, concurrent, threadsPerReplicate: threads, memoryBytes, seconds: STARTUP_S + cpu / concurrent, diskBytes: disk };
}

export function formatBytes(b: number): string {
  const units = ["B", "kB", "MB", "GB", "TB", "PB"];
  let i = 0;
  while (b >= 1000 && i < units.length - 1) {
    b /= 1000;
    i++;
  }
  return `${b < 10 && i > 0 ? b.toFixed(1) : Math.round(b)} ${units[i]}`;
}

export function formatDuration(s: number): string {
  if (s < 90) return `${Math.max(1, Math.round(s))} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  if (s < 172800) return `${(s / 3600).toFixed(1)} h`;
  if (s < 3 * 365 * 86400) return `${Math.round(s / 86400)} days`;
  const years = s / (365 * 86400);
  return `${years < 100 ? years.toPrecision(2) : Math.round(years).toLocaleString("en-US")} years`;
}

/** One line for a person: "estimate: 4 replicates on 2 threads, ≈ 250 MB memory, ≈ 12 s, ≈ 600 kB on disk". */
export function describeEstimate(e: Estimate): string {
  const threads = e.concurrent * e.threadsPerReplicate;
  return `estimate: ${e.parts} replicate${e.parts === 1 ? "" : "s"} on ${threads} thread${threads === 1 ? "" : "s"}, ≈ ${formatBytes(e.memoryBytes)} memory, ≈ ${formatDuration(e.seconds)}, ≈ ${formatBytes(e.diskBytes)} on disk`;
}

/** Free space of the file system that will hold `dir` (its nearest existing ancestor); null when unknown. */
function freeDisk(dir: string): number | null {
  let d = resolve(dir);
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  try {
    const s = statfsSync(d);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

/**
 * Refuses a run that cannot fit: more agents than the network store can hold (always),
 * or, unless `force`, more memory than is free or more disk than the output folder has.
 * @throws InputError naming the estimate, the limit and --force
 */
export function checkEstimate(cells: readonly Scenario[], e: Estimate, options: { readonly force?: boolean; readonly outDir?: string }): void {
  const most = Math.max(...cells.map((c) => c.agents.count));
  if (most > MAX_AGENTS) {
    throw new InputError(`agents.count: ${most} agents exceed what one network can hold (${MAX_AGENTS}, a JavaScript Map's limit); use at most ${MAX_AGENTS}`);
  }
  if (options.force) return;
  const free = freemem();
  if (e.memoryBytes > free) {
    throw new InputError(
      `${describeEstimate(e)}: more memory than this machine has free (${formatBytes(free)} of ${formatBytes(totalmem())}); reduce agents.count or --workers, or add --force to try anyway`,
    );
  }
  const disk = options.outDir !== undefined ? freeDisk(options.outDir) : null;
  // Parts and the assembled files exist side by side before the parts are removed.
  if (disk !== null && 2 * e.diskBytes > disk) {
    throw new InputError(
      `--out ${options.outDir}: ${formatBytes(disk)} free, but the output needs about ${formatBytes(2 * e.diskBytes)} while it is assembled (${describeEstimate(e)}); turn off output.files you do not need, or add --force to try anyway`,
    );
  }
}
