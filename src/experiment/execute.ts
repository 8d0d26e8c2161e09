/**
 * Executes the parts (cell × replicate) of a set of cells, on a worker-thread pool
 * (piscina) or inline, assembling each cell as soon as all its parts are done.
 * Results never depend on the number of workers: each part writes its own folder
 * and cells are assembled in replicate order.
 *
 * Resume: a cell folder whose manifest matches its files is skipped; so is a
 * finished part of an unfinished cell. A part that throws is reported with its
 * cell's parameters and seed while the others go on. Aborting (SIGINT/SIGTERM in
 * the CLI) stops the pool; every finished part stays on disk for --resume.
 */
import { setMaxListeners } from "node:events";
import { existsSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { Observation } from "../observation.js";
import { isComplete, readManifest } from "../io/manifest.js";
import { assembleCell, partDir, PARTS_DIR } from "./assemble.js";
import { cellSeeds, type Cell } from "./cell.js";
import { completedPart, runPart, type PartResult } from "./part.js";
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
  const pending: { job: CellJob; replicate: number; seed: number }[] = [];
  const results = new Map<CellJob, (PartResult | null)[]>();
  const remaining = new Map<CellJob, number>();

  for (const job of jobs) {
    const seeds = cellSeeds(job.cell);
    if (options.resume && isComplete(job.dir) && readManifest(job.dir)?.cell?.id === (job.cell.id || undefined)) {
      outcomes.push({ job, finals: seeds.map(() => null), complete: true, skipped: true });
      continue;
    }
    if (!options.resume) rmSync(join(job.dir, PARTS_DIR), { recursive: true, force: true });
    const slots: (PartResult | null)[] = seeds.map(() => null);
    results.set(job, slots);
    let left = 0;
    seeds.forEach((seed, replicate) => {
      const done = options.resume && existsSync(partDir(job.dir, replicate)) ? completedPart(partDir(job.dir, replicate), replicate) : null;
      if (done) slots[replicate] = done;
      else {
        pending.push({ job, replicate, seed });
        left++;
      }
    });
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
    const slots = results.get(job) as (PartResult | null)[];
    const failed = slots.some((s) => s === null);
    if (!failed) assembleCell(job.cell, job.dir, slots as PartResult[]);
    outcomes.push({ job, finals: slots.map((s) => s?.final ?? null), complete: !failed, skipped: false });
  };
  for (const job of results.keys()) if (remaining.get(job) === 0) finishCell(job);

  const onDone = (t: (typeof pending)[number], result: PartResult | null, error?: unknown) => {
    partsDone++;
    stepFraction.delete(`${t.job.dir}#${t.replicate}`);
    if (result) (results.get(t.job) as (PartResult | null)[])[t.replicate] = result;
    else failures.push({ cell: t.job.cell, replicate: t.replicate, seed: t.seed, error: errorText(error) });
    const left = (remaining.get(t.job) as number) - 1;
    remaining.set(t.job, left);
    if (left === 0) finishCell(t.job);
    report();
  };

  report();
  let aborted = false;
  if (workers === 0) {
    for (const t of pending) {
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      try {
        const r = runPart(t.job.cell, t.replicate, partDir(t.job.dir, t.replicate), {
          ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}),
          onStep: (step, steps) => {
            stepFraction.set(`${t.job.dir}#${t.replicate}`, step / steps);
          },
        });
        onDone(t, r);
      } catch (err) {
        onDone(t, null, err);
      }
    }
  } else if (pending.length) {
    const pool = new Piscina({ filename: workerFile(), minThreads: Math.min(workers, pending.length), maxThreads: workers, idleTimeout: 1000 });
    const abort = new AbortController();
    // Every queued task listens to the one signal: lift the default 10-listener warning.
    setMaxListeners(0, abort.signal);
    const onAbort = () => abort.abort();
    options.signal?.addEventListener("abort", onAbort);
    try {
      await Promise.all(
        pending.map(async (t) => {
          const { port1, port2 } = new MessageChannel();
          port1.on("message", (m: { step: number; steps: number }) => {
            stepFraction.set(`${t.job.dir}#${t.replicate}`, m.step / m.steps);
            report();
          });
          const task: PartTask = {
            cell: t.job.cell,
            replicate: t.replicate,
            partDir: partDir(t.job.dir, t.replicate),
            ...(options.baseDir !== undefined ? { baseDir: options.baseDir } : {}),
            port: port2,
          };
          try {
            const r = (await pool.run(task, { transferList: [port2], signal: abort.signal })) as PartResult;
            onDone(t, r);
          } catch (err) {
            if (abort.signal.aborted) aborted = true;
            else onDone(t, null, err);
          } finally {
            port1.close();
          }
        }),
      );
    } finally {
      options.signal?.removeEventListener("abort", onAbort);
      await pool.destroy();
    }
  }
  const order = new Map(jobs.map((j, i) => [j, i]));
  outcomes.sort((a, b) => (order.get(a.job) as number) - (order.get(b.job) as number));
  return { cells: outcomes, failures, aborted };
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
