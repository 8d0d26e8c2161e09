/**
 * HyperANF steps on several threads: the calling thread and `threads − 1` workers each
 * own a range of nodes with about the same number of arcs, share the counters through
 * SharedArrayBuffers, and meet at a barrier after each phase (merge, then commit) —
 * Boldi, Rosa & Vigna's HyperANF is parallel the same way. Every counter is written by
 * the one thread that owns it, and N(t) is summed in node order by the caller, so the
 * result is bit-for-bit the serial one for any number of threads.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { commitRange, mergeRange, type Counters } from "./hyperanf-kernel.js";

const WORKER = new URL("./hyperanf-worker.js", import.meta.url);

export interface StepRunner {
  /** Phase 1 of a step; returns the number of counters that changed. */
  merge(parity: number): number;
  /** Phase 2 of a step. */
  commit(parity: number): void;
  close(): void;
}

/** Whether the compiled worker is available (false when running TypeScript sources). */
export function parallelHyperAnfAvailable(): boolean {
  return WORKER.protocol === "file:" && existsSync(fileURLToPath(WORKER));
}

export function serialRunner(c: Counters): StepRunner {
  return {
    merge: (parity) => mergeRange(c, parity, 0, c.n),
    commit: (parity) => commitRange(c, parity, 0, c.n),
    close: () => {},
  };
}

/** Counter arrays in SharedArrayBuffers (or plain ones for one thread). */
export function allocateCounters(n: number, b: number, offsets: Uint32Array, neighbors: Uint32Array, share: boolean): Counters {
  const words = (n << b) >>> 2;
  const buf = (bytes: number) => (share ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const copy = (a: Uint32Array) => {
    if (!share) return a;
    const s = new Uint32Array(new SharedArrayBuffer(a.byteLength));
    s.set(a);
    return s;
  };
  return {
    n,
    b,
    offsets: copy(offsets),
    neighbors: copy(neighbors),
    cur: new Int32Array(buf(4 * words)),
    next: new Int32Array(buf(4 * words)),
    changedFlags: [new Uint8Array(buf(n)), new Uint8Array(buf(n))],
    est: new Float64Array(buf(8 * n)),
  };
}

/** Node ranges with about equal arcs each. */
function ranges(offsets: Uint32Array, n: number, parts: number): [number, number][] {
  const arcs = offsets[n] as number;
  const out: [number, number][] = [];
  let lo = 0;
  for (let p = 1; p <= parts; p++) {
    let hi = lo;
    const target = (arcs * p) / parts;
    while (hi < n && (p === parts || (offsets[hi] as number) < target)) hi++;
    out.push([lo, hi]);
    lo = hi;
  }
  return out;
}

/** A runner on `threads` threads (the caller included); counters must be shared. */
export function parallelRunner(c: Counters, threads: number): StepRunner {
  const parts = ranges(c.offsets, c.n, threads);
  const control = new Int32Array(new SharedArrayBuffer(4 * (4 + threads)));
  const workers = parts.slice(1).map(([lo, hi], i) => {
    const w = new Worker(WORKER, { workerData: { counters: c, control, index: i + 1, lo, hi } });
    w.unref();
    return w;
  });
  const [lo0, hi0] = parts[0] as [number, number];
  const phase = (op: number, parity: number, own: () => void): void => {
    Atomics.store(control, 3, 0);
    Atomics.store(control, 1, op);
    Atomics.store(control, 2, parity);
    Atomics.add(control, 0, 1);
    Atomics.notify(control, 0);
    own();
    for (;;) {
      const done = Atomics.load(control, 3);
      if (done >= workers.length) break;
      Atomics.wait(control, 3, done, 1000);
    }
  };
  return {
    merge(parity) {
      phase(1, parity, () => {
        control[4] = mergeRange(c, parity, lo0, hi0);
      });
      let changes = 0;
      for (let t = 0; t < threads; t++) changes += control[4 + t] as number;
      return changes;
    },
    commit(parity) {
      phase(2, parity, () => commitRange(c, parity, lo0, hi0));
    },
    close() {
      Atomics.store(control, 1, 3);
      Atomics.add(control, 0, 1);
      Atomics.notify(control, 0);
    },
  };
}
