/**
 * HyperANF's WebAssembly kernel on several threads: the calling thread and T − 1
 * workers (hyperanf-worker.ts) share one WebAssembly memory. Each phase is split into
 * chunks of 2^14 nodes that the threads take in turn from a shared counter (so a
 * thread slowed by other load takes fewer); the sparse merge, whose marking pass scans
 * every changed row, runs instead on one fixed node range per thread, ranges cut so
 * that each holds about the same arcs + nodes.
 *
 * Notes: a step is two phases with a barrier after each — the caller announces a phase
 * (Atomics on the control block), takes its share, then waits until every worker has
 * reported that phase done. Merge reads any counter of cur and the previous step's
 * flags and writes next and this step's flags only for the nodes of its chunk; commit
 * reads and writes (cur, est, the previous step's flags) only its chunk's nodes. So
 * within a phase no two threads write the same byte, and no thread reads what another
 * writes in that phase; the barriers order everything across phases (the
 * JavaScript/WebAssembly memory model: a sequentially consistent Atomics store and the
 * load that sees it make the writes before the one visible after the other). Counts of
 * changed counters are integers summed on the calling thread, and the sum of the
 * estimates is taken there after the commit barrier, in node order. Hence every phase
 * leaves exactly what the one-thread kernel leaves, whatever the number of threads or
 * the chunks each took (tested, phase by phase). Falls back to the calling thread alone
 * when the compiled worker file is missing (TypeScript sources under a test runner) or
 * a worker does not start.
 *
 * References: P. Boldi, M. Rosa, S. Vigna, "HyperANF", WWW 2011 (their implementation
 * also splits each iteration across threads, synchronised between phases).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Csr } from "../../graph/csr.js";
import { MetricError } from "../../errors.js";
import { estimateConstant } from "./hyperanf-kernel.js";
import { useSparse, type Stepper, type StepperOptions } from "./hyperanf-stepper.js";
import {
  COMMIT,
  DONE,
  EPOCH,
  INIT,
  MAX_THREADS,
  MERGE,
  MERGE_SPARSE,
  NEXT,
  PARITY,
  PHASE,
  READY,
  RESULT,
  runPhase,
  runShare,
  STOP,
  wasmCounters,
} from "./hyperanf-wasm.js";

const WORKER = new URL("./hyperanf-worker.js", import.meta.url);

/** How long a worker may take to start before the run goes on without workers. */
const START_TIMEOUT_MS = 30_000;

/** Whether the compiled worker is available (false when running TypeScript sources). */
export function parallelHyperAnfAvailable(): boolean {
  return WORKER.protocol === "file:" && existsSync(fileURLToPath(WORKER));
}

/**
 * Range bounds for the sparse merge: thread t runs nodes [bounds[t], bounds[t + 1]),
 * each with about the same arcs + nodes.
 */
export function splitRanges(offsets: Uint32Array, n: number, threads: number): number[] {
  const total = (offsets[n] as number) + n;
  const bounds = [0];
  let v = 0;
  for (let t = 1; t < threads; t++) {
    const target = (total * t) / threads;
    while (v < n && (offsets[v] as number) + v < target) v++;
    bounds.push(v);
  }
  bounds.push(n);
  return bounds;
}

/**
 * The WebAssembly kernel on `threads` threads (at most 4), or null where WebAssembly is
 * not available (see wasmCounters). Call `close` when done: it stops the workers.
 */
export function parallelWasmStepper(csr: Csr, b: number, threads: number, options: StepperOptions = {}): Stepper | null {
  const w = wasmCounters(csr, b, estimateConstant(b));
  if (w === null) return null;
  const { n } = csr;
  const k = w.kernel;
  const control = new Int32Array(w.memory.buffer, w.layout.control, 16);
  let bounds = [0, n];
  let workers: Worker[] = [];
  const T = Math.min(Math.max(1, Math.floor(threads)), MAX_THREADS);
  if (T > 1 && parallelHyperAnfAvailable()) {
    bounds = splitRanges(w.counters.offsets, n, T);
    for (let t = 1; t < T; t++) {
      const workerData = { module: w.module, memory: w.memory, layout: w.layout, index: t, lo: bounds[t], hi: bounds[t + 1] };
      const worker = new Worker(WORKER, { workerData });
      worker.unref();
      workers.push(worker);
    }
    const deadline = Date.now() + START_TIMEOUT_MS;
    let ready = true;
    for (let t = 1; t < T; t++) {
      while (Atomics.load(control, READY + t) === 0 && Date.now() < deadline) Atomics.wait(control, READY + t, 0, 100);
      if (Atomics.load(control, READY + t) !== 1) ready = false;
    }
    if (!ready) {
      for (const worker of workers) void worker.terminate();
      workers = [];
      bounds = [0, n];
    }
  }

  /** Runs a phase on every range; returns the summed count of changed counters. */
  const run = (phase: number, parity: number): number => {
    if (workers.length === 0) return runPhase(k, phase, parity, 0, n);
    Atomics.store(control, PHASE, phase);
    Atomics.store(control, PARITY, parity);
    Atomics.store(control, NEXT, 0);
    const epoch = Atomics.add(control, EPOCH, 1) + 1;
    Atomics.notify(control, EPOCH);
    let sum = runShare(k, phase, parity, control, n, bounds[0] as number, bounds[1] as number);
    for (let t = 1; t <= workers.length; t++) {
      for (;;) {
        const done = Atomics.load(control, DONE + t);
        if (done === epoch) break;
        if (done === -1) throw new MetricError("hyperanf: a worker thread failed");
        Atomics.wait(control, DONE + t, done, 1000);
      }
      sum += Atomics.load(control, RESULT + t);
    }
    return sum;
  };

  return {
    counters: w.counters,
    kernel: "wasm",
    threads: workers.length + 1,
    init: (seed) => void run(INIT, seed),
    merge: (parity, previous) => run(useSparse(csr, previous, options.sparse) ? MERGE_SPARSE : MERGE, parity),
    commit: (parity) => void run(COMMIT, parity),
    close: () => {
      if (workers.length === 0) return;
      Atomics.store(control, PHASE, STOP);
      Atomics.add(control, EPOCH, 1);
      Atomics.notify(control, EPOCH);
      for (const worker of workers) void worker.terminate();
      workers = [];
    },
  };
}
