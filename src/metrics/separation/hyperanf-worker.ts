/**
 * Worker-thread entry for parallel HyperANF (hyperanf-parallel.ts): instantiates the
 * WebAssembly kernel on the shared memory, says it is ready, then runs each phase the
 * caller announces — on chunks of nodes taken in turn with the other threads, or for
 * the sparse merge on its own node range [lo, hi) — and reports it done. Protocol
 * (Int32 slots of the control block, all accessed with Atomics):
 *   EPOCH       bumped by the caller after it has written PHASE, PARITY and NEXT = 0
 *   NEXT        the next chunk to take
 *   READY + i   1 once worker i has its instance (−1: it failed)
 *   DONE + i    the last epoch worker i finished (−1: it failed)
 *   RESULT + i  that phase's count of changed counters in [lo, hi)
 */
import { workerData } from "node:worker_threads";
import {
  DONE,
  EPOCH,
  instantiate,
  PARITY,
  PHASE,
  READY,
  RESULT,
  runShare,
  STOP,
  type WasmLayout,
  type WasmMemory,
} from "./hyperanf-wasm.js";

interface Job {
  readonly module: object;
  readonly memory: WasmMemory;
  readonly layout: WasmLayout;
  readonly index: number;
  readonly lo: number;
  readonly hi: number;
}

const job = workerData as Job;
const control = new Int32Array(job.memory.buffer, job.layout.control, 16);
try {
  const kernel = instantiate(job.module, job.memory, job.layout);
  Atomics.store(control, READY + job.index, 1);
  Atomics.notify(control, READY + job.index);
  let epoch = 0;
  for (;;) {
    Atomics.wait(control, EPOCH, epoch);
    const next = Atomics.load(control, EPOCH);
    if (next === epoch) continue;
    epoch = next;
    const phase = Atomics.load(control, PHASE);
    if (phase === STOP) break;
    const parity = Atomics.load(control, PARITY);
    const result = runShare(kernel, phase, parity, control, job.layout.n, job.lo, job.hi);
    Atomics.store(control, RESULT + job.index, result);
    Atomics.store(control, DONE + job.index, epoch);
    Atomics.notify(control, DONE + job.index);
  }
} catch {
  Atomics.store(control, DONE + job.index, -1);
  Atomics.notify(control, DONE + job.index);
  Atomics.store(control, READY + job.index, -1);
  Atomics.notify(control, READY + job.index);
}
