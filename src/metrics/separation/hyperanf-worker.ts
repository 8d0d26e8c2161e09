/**
 * Worker-thread entry for parallel HyperANF (hyperanf-parallel.ts): waits on a shared
 * control word for the next phase (merge or commit) and runs it on its node range.
 */
import { workerData } from "node:worker_threads";
import { commitRange, mergeRange, type Counters } from "./hyperanf-kernel.js";

interface Job {
  readonly counters: Counters;
  readonly control: Int32Array;
  readonly index: number;
  readonly lo: number;
  readonly hi: number;
}

const { counters, control, index, lo, hi } = workerData as Job;
let seen = 0;
for (;;) {
  Atomics.wait(control, 0, seen);
  seen = Atomics.load(control, 0);
  const op = Atomics.load(control, 1);
  if (op === 3) break;
  const parity = Atomics.load(control, 2);
  if (op === 1) control[4 + index] = mergeRange(counters, parity, lo, hi);
  else commitRange(counters, parity, lo, hi);
  Atomics.add(control, 3, 1);
  Atomics.notify(control, 3);
}
