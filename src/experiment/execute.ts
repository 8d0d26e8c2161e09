/**
 * Executes the parts (cell × replicate) of a set of cells, on a worker-thread pool
 * (piscina) or inline, assembling each cell as soon as all its parts are done.
 * Results never depend on the number of workers: each part writes its own folder
 * and cells are assembled in replicate order.
 *
 * Resume: a cell folder whose manifest matches its files is skipped; so is a
 * finished part of an unfinished cell; either must come from the same resolved
 * scenario. A part that throws is reported with its cell's parameters and seed while
 * the others go on, unless the failure is one every part would repeat (permission
 * denied, disk full): that stops the run. Aborting (SIGINT/SIGTERM in the CLI) stops
 * the pool, or inline the part between two steps; unfinished parts are removed and
 * every finished part stays on disk for --resume.
 */
import { setMaxListeners } from "node:events";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import { get } from "../checked-index.js";
import type { Observation } from "../observation.js";
import { InputError } from "../errors.js";
import { onRemoveTemporaries } from "../io/atomic.js";
import { isComplete, readManifest } from "../io/manifest.js";
import { assembleCell, partDir, PARTS_DIR } from "./assemble.js";
import { cellSeed, replicateCount, type Cell } from "./cell.js";
import { clearOwnedFiles } from "./out-folder.js";
import { completedPart, PartAborted, runPart, type PartResult } from "./part.js";
import type { PartTask } from "./worker.js";

export interface CellJob {
  readonly cell: Cell;
  readonly dir: string;
}

export interface ExecuteProgress {
  readonly partsDone: number;
  readonly partsTotal: number;
  /** Fraction of all steps done, including parts under way. */
  readonly fraction: number;
  readonly failures: number;
}

export interface ExecuteOptions {
  /** Worker threads; 0 runs inline in this thread (no pool). Default: the number of cores. */
  readonly workers?: number;
  readonly resume?: boolean;
  readonly baseDir?: string;
  /** Threads per replicate: 2 measures observations on a second thread (engine/run.ts ReplicateHooks.threads). Default 1. */
  readonly threads?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ExecuteProgress) => void;
}

export interface PartFailure {
  readonly cell: Cell;
  readonly replicate: number;
  readonly seed: number;
  readonly error: string;
}

export interface CellOutcome {
  readonly job: CellJob;
  /** Final observation per replicate (null for replicates whose result was reused without one). */
  readonly finals: readonly (Observation | null)[];
  readonly complete: boolean;
  readonly skipped: boolean;
}

export interface ExecuteResult {
  readonly cells: readonly CellOutcome[];
  readonly failures: readonly PartFailure[];
  readonly aborted: boolean;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

/** The compiled worker file; under vitest (TypeScript sources) the build's copy in dist/. */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith(".ts") ? "../../dist/experiment/worker.js" : "./worker.js", here));
}

export async function executeCells(jobs: readonly CellJob[], options: ExecuteOptions = {}): Promise<ExecuteResult> {
  const workers = options.workers ?? defaultWorkers();
  const failures: PartFailure[] = [];
  const outcomes: CellOutcome[] = [];
  const pending: { job: CellJob; replicate: number }[] = [];
  const results = new Map<CellJob, (PartResult | null)[]>();
  const remaining = new Map<CellJob, number>();

  if (options.resume) for (const job of jobs) checkResumable(job);
  for (const job of jobs) {
    // Seeds are derived per part when needed: expanding 10^6 of them up front took seconds.
    const count = replicateCount(job.cell);
    if (options.resume && isComplete(job.dir) && readManifest(job.dir)?.cell?.id === (job.cell.id || undefined)) {
      outcomes.push({ job, finals: new Array<null>(count).fill(null), complete: true, skipped: true });
      continue;
    }
    // No stale file beside new ones: what an earlier run wrote here goes (finished replicates stay under --resume).
    clearOwnedFiles(job.dir, options.resume === true);
    const slots: (PartResult | null)[] = new Array<PartResult | null>(count).fill(null);
    results.set(job, slots);
    let left = 0;
    for (let replicate = 0; replicate < count; replicate++) {
      const done = options.resume && existsSync(partDir(job.dir, replicate)) ? completedPart(partDir(job.dir, replicate), replicate) : null;
      if (done) slots[replicate] = done;
      else {
        pending.push({ job, replicate });
        left++;
      }
    }
    remaining.set(job, left);
  }

  const partsTotal = pending.length;
  let partsDone = 0;
  const stepFraction = new Map<string, number>();
  const report = () => {
    let under = 0;
    for (const f of stepFraction.values()) under += f;
    options.onProgress?.({ partsDone, partsTotal, fraction: partsTotal ? (partsDone + under) / partsTotal : 1, failures: failures.length });
  };

  const finishCell = (job: CellJob) => {
    const slots = get(results, job);
    const done = slots.filter((s): s is PartResult => s !== null);
    const failed = done.length < slots.length;
    if (!failed) assembleCell(job.cell, job.dir, done);
    outcomes.push({ job, finals: slots.map((s) => s?.final ?? null), complete: !failed, skipped: false });
  };
  for (const job of results.keys()) if (remaining.get(job) === 0) finishCell(job);

  const onDone = (t: (typeof pending)[number], result: PartResult | null, error?: unknown) => {
    partsDone++;
    stepFraction.delete(`${t.job.dir}#${t.replicate}`);
    if (result) get(results, t.job)[t.replicate] = result;
    else {
      const seed = cellSeed(t.job.cell, t.replicate);
      if (seed === undefined) throw new RangeError(`replicate ${t.replicate} out of range for cell ${t.job.cell.index}`);
      failures.push({ cell: t.job.cell, replicate: t.replicate, seed, error: errorText(error) });
      if (FATAL_CODES.has((error as NodeJS.ErrnoException | undefined)?.code ?? "")) fatal = true;
    }
    const left = get(remaining, t.job) - 1;
    remaining.set(t.job, left);
    if (left === 0) finishCell(t.job);
    report();
  };

  report();
  let aborted = false;
  // A failure every other part would repeat (the folder is unwritable, the disk is full) stops the run: reported once.
  let fatal = false;
  /** Part folders of parts started and not finished. */
  const running = new Set<string>();
  const removeUnfinished = () => {
    for (const dir of running) {
      rmSync(dir, { recursive: true, force: true });
      const parts = dirname(dir);
      if (existsSync(parts) && readdirSync(parts).length === 0) rmSync(parts, { recursive: true, force: true });
    }
  };
  // An exit that cannot wait (a second Ctrl-C) still removes the unfinished parts.
  const unregister = onRemoveTemporaries(removeUnfinished);
  const partOptions = {
    ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  };
  if (workers === 0) {
    // Inline: the part yields to the event loop between steps, so SIGINT/SIGTERM are
    // seen and the part stops between two steps.
    let lastReport = 0;
    let lastTurn = performance.now();
    for (const t of pending) {
      // Parts shorter than a turn never yield inside: give the event loop its turn between them too.
      if (performance.now() - lastTurn >= YIELD_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        lastTurn = performance.now();
      }
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      if (fatal) break;
      running.add(partDir(t.job.dir, t.replicate));
      try {
        const r = await runPart(t.job.cell, t.replicate, partDir(t.job.dir, t.replicate), {
          ...partOptions,
          yieldEveryMs: YIELD_MS,
          ...(options.signal ? { signal: options.signal } : {}),
          onStep: (step, steps) => {
            stepFraction.set(`${t.job.dir}#${t.replicate}`, step / steps);
            const now = performance.now();
            if (now - lastReport >= 100) {
              lastReport = now;
              report();
            }
          },
        });
        running.delete(partDir(t.job.dir, t.replicate));
        onDone(t, r);
      } catch (err) {
        if (err instanceof PartAborted) {
          aborted = true;
          break;
        }
        onDone(t, null, err);
      }
    }
  } else if (pending.length) {
    const pool = new Piscina({ filename: workerFile(), minThreads: Math.min(workers, pending.length), maxThreads: workers, idleTimeout: 1000 });
    const abort = new AbortController();
    // Every task in flight listens to the one signal: lift the default 10-listener warning.
    setMaxListeners(0, abort.signal);
    const onAbort = () => abort.abort();
    options.signal?.addEventListener("abort", onAbort);
    // A bounded number of tasks in flight (not one promise per part up front), so the
    // work before the first step does not grow with the number of replicates.
    let next = 0;
    const runner = async () => {
      while (next < pending.length && !abort.signal.aborted) {
        const t = pending[next++];
        if (t === undefined) break;
        const { port1, port2 } = new MessageChannel();
        port1.on("message", (m: { step: number; steps: number }) => {
          stepFraction.set(`${t.job.dir}#${t.replicate}`, m.step / m.steps);
          report();
        });
        const task: PartTask = { cell: t.job.cell, replicate: t.replicate, partDir: partDir(t.job.dir, t.replicate), ...partOptions, port: port2 };
        running.add(task.partDir);
        try {
          const r = (await pool.run(task, { transferList: [port2], signal: abort.signal })) as PartResult;
          running.delete(task.partDir);
          onDone(t, r);
        } catch (err) {
          if (abort.signal.aborted) aborted = options.signal?.aborted === true;
          else {
            onDone(t, null, err);
            if (fatal) abort.abort();
          }
        } finally {
          port1.close();
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(pending.length, 2 * workers) }, runner));
      if (options.signal?.aborted) aborted = true;
    } finally {
      options.signal?.removeEventListener("abort", onAbort);
      await pool.destroy();
    }
  }
  if (aborted || fatal) {
    // Parts that did not finish leave nothing behind: a worker stopped mid-write leaves
    // its temporary files, which go with the part folder. Finished parts stay for --resume.
    removeUnfinished();
  }
  unregister();
  const order = new Map(jobs.map((j, i) => [j, i]));
  outcomes.sort((a, b) => get(order, a.job) - get(order, b.job));
  return { cells: outcomes, failures, aborted };
}

/**
 * --resume reuses finished cells and replicates only when they were made from the same
 * resolved scenario: results of another one (other steps, replicates, parameters) are
 * refused rather than mixed in.
 * @throws InputError naming the folder and what differs
 */
function checkResumable(job: CellJob): void {
  const wanted = JSON.stringify(job.cell.scenario);
  const parts = join(job.dir, PARTS_DIR);
  const dirs = [job.dir, ...(existsSync(parts) ? readdirSync(parts).map((p) => join(parts, p)) : [])];
  for (const dir of dirs) {
    const found = readManifest(dir)?.scenario;
    if (found === undefined || JSON.stringify(found) === wanted) continue;
    const fields = differingFields(found, job.cell.scenario);
    throw new InputError(
      `--resume: ${dir} holds results of a different scenario (${fields.length ? `differs in ${fields.slice(0, 4).join(", ")}` : "other settings"}); add --overwrite to replace them, or choose another --out`,
    );
  }
}

/** Dotted paths whose values differ between two plain-data objects. */
function differingFields(a: unknown, b: unknown, path = ""): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!isObject(a) || !isObject(b)) return JSON.stringify(a) === JSON.stringify(b) ? [] : [path || "(the whole scenario)"];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => differingFields(a[k], b[k], path ? `${path}.${k}` : k));
}

/** Inline, the event loop gets a turn at least this often (ms): signals and progress are seen between steps. */
const YIELD_MS = 50;

/** File-system errors that every other part would hit too. */
const FATAL_CODES = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT"]);

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
