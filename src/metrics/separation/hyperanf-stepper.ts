/**
 * HyperANF's steps over all nodes, on whichever kernel runs them: the reference
 * JavaScript kernel (hyperanf-kernel.ts) or the WebAssembly SIMD kernel (hyperanf.wat
 * through hyperanf-wasm.ts), the latter on one thread or on several
 * (hyperanf-parallel.ts). All leave bit-identical counters, flags and estimates after
 * every phase (tested), so the choice is one of speed only.
 *
 * References: see hyperanf.ts (Boldi, Rosa & Vigna 2011).
 */
import type { Csr } from "../../graph/csr.js";
import { commitRange, estimateConstant, initCounters, mergeRange, type Counters } from "./hyperanf-kernel.js";
import { COMMIT, INIT, MERGE, MERGE_SPARSE, runPhase, wasmCounters } from "./hyperanf-wasm.js";

/** One run's counters and the phases of a step over all of them. */
export interface Stepper {
  readonly counters: Counters;
  readonly kernel: "wasm" | "js";
  /** Threads that run the phases. */
  readonly threads: number;
  /** Sets every counter to the sketch of {v} under the seeded hash and estimates it. */
  init(seed: number): void;
  /**
   * Phase 1 of a step of parity p (see mergeRange).
   * @param previousChanges counters that changed at the previous step (n at step 1)
   * @returns the number of counters that changed
   */
  merge(parity: number, previousChanges: number): number;
  /** Phase 2 (see commitRange). */
  commit(parity: number): void;
  /** Stops the worker threads, if any; the counters stay readable. */
  close(): void;
}

export interface StepperOptions {
  /**
   * When the WebAssembly kernel visits only the neighbours of changed counters
   * (undirected CSRs only): "auto" when fewer than n/16 changed; or always, or never.
   */
  readonly sparse?: "auto" | "always" | "never";
}

/** The reference kernel on one thread. */
export function jsStepper(csr: Csr, b: number): Stepper {
  const { n } = csr;
  const words = (n << b) >>> 2;
  const c: Counters = {
    n,
    b,
    offsets: csr.offsets,
    neighbors: csr.neighbors,
    cur: new Int32Array(words),
    next: new Int32Array(words),
    changedFlags: [new Uint8Array(n), new Uint8Array(n)],
    est: new Float64Array(n),
  };
  return {
    counters: c,
    kernel: "js",
    threads: 1,
    init: (seed) => initCounters(c, seed),
    merge: (parity) => mergeRange(c, parity, 0, n),
    commit: (parity) => commitRange(c, parity, 0, n),
    close: () => undefined,
  };
}

/** Whether a step should use the kernel's sparse merge. */
export function useSparse(csr: Csr, previousChanges: number, mode: StepperOptions["sparse"]): boolean {
  if (csr.directed === true || mode === "never") return false;
  return mode === "always" || previousChanges * 16 < csr.n;
}

/**
 * The WebAssembly kernel on one thread, or null where it is not available (see
 * wasmCounters).
 */
export function wasmStepper(csr: Csr, b: number, options: StepperOptions = {}): Stepper | null {
  const w = wasmCounters(csr, b, estimateConstant(b));
  if (w === null) return null;
  const { n } = csr;
  const k = w.kernel;
  return {
    counters: w.counters,
    kernel: "wasm",
    threads: 1,
    init: (seed) => void runPhase(k, INIT, seed, 0, n),
    merge: (parity, previous) => runPhase(k, useSparse(csr, previous, options.sparse) ? MERGE_SPARSE : MERGE, parity, 0, n),
    commit: (parity) => void runPhase(k, COMMIT, parity, 0, n),
    close: () => undefined,
  };
}
