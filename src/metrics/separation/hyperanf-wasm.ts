/**
 * The WebAssembly SIMD kernel of HyperANF (hyperanf.wat, compiled into
 * hyperanf-wasm-bytes.ts by scripts/build-wasm.js): one WebAssembly memory holds a
 * copy of the CSR, the change flags, the registers and the estimates, laid out here;
 * JavaScript views of the same memory make a `Counters` that the reference kernel's
 * code (hyperanf-kernel.ts) can also read and write. Results are bit-identical to the
 * JavaScript kernel's (tested). `null` where WebAssembly SIMD is missing or the arrays
 * do not fit in a 32-bit memory: the caller falls back to the JavaScript kernel.
 *
 * Notes: the memory is shared (a SharedArrayBuffer) so that worker threads can run
 * disjoint node ranges of it (hyperanf-parallel.ts): every export takes a range
 * [lo, hi) and writes only inside it.
 *
 * References: see hyperanf.ts (Boldi, Rosa & Vigna 2011).
 */
import type { Csr } from "../../graph/csr.js";
import { HYPERANF_WASM_BASE64 } from "./hyperanf-wasm-bytes.js";
import type { Counters } from "./hyperanf-kernel.js";

/** The little of the WebAssembly API we use (TypeScript's ES libs do not declare it). */
export interface WasmMemory {
  readonly buffer: ArrayBufferLike;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

/** Exports of hyperanf.wat. */
export interface WasmExports {
  setup(
    n: number,
    b: number,
    offsets: number,
    neighbors: number,
    flags0: number,
    flags1: number,
    touch: number,
    cur: number,
    next: number,
    est: number,
    pow: number,
    lc: number,
    am2: number,
  ): void;
  merge(parity: number, lo: number, hi: number): number;
  /** merge for an undirected CSR, visiting only the neighbours of flagged counters. */
  mergeSparse(parity: number, lo: number, hi: number): number;
  commit(parity: number, lo: number, hi: number): void;
  /** Sets the counters of [lo, hi) to their sketches of {v} and estimates them. */
  init(seed: number, lo: number, hi: number): void;
}

/** Byte addresses of the arrays in the memory. */
export interface WasmLayout {
  readonly n: number;
  readonly b: number;
  /** α_m·m², as hyperanf-kernel.ts computes it. */
  readonly am2: number;
  readonly pow: number;
  /** 16 Int32 slots for thread control (hyperanf-parallel.ts). */
  readonly control: number;
  /** lc[z] = m·ln(m / z) for z = 0..m (the small-range estimate). */
  readonly lc: number;
  readonly offsets: number;
  readonly neighbors: number;
  readonly flags0: number;
  readonly flags1: number;
  readonly touch: number;
  readonly est: number;
  readonly cur: number;
  readonly next: number;
  readonly bytes: number;
}

const PAGE = 65536;
const MAX_PAGES = 65536;
const align = (x: number) => Math.ceil(x / 64) * 64;

let compiled: object | null | undefined;

/** The compiled module, or null where this runtime cannot compile it. */
function wasmModule(): object | null {
  if (compiled === undefined) {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    try {
      compiled = api ? new api.Module(Buffer.from(HYPERANF_WASM_BASE64, "base64")) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** An instance of the kernel on `memory`, set up for `layout` (in any thread). */
export function instantiate(module: object, memory: WasmMemory, layout: WasmLayout): WasmExports {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly as WasmApi;
  const exports = new api.Instance(module, { env: { memory, log: Math.log } }).exports as unknown as WasmExports;
  const L = layout;
  exports.setup(L.n, L.b, L.offsets, L.neighbors, L.flags0, L.flags1, L.touch, L.cur, L.next, L.est, L.pow, L.lc, L.am2);
  return exports;
}

function layoutFor(n: number, arcs: number, b: number, am2: number): WasmLayout {
  const pow = 0;
  const control = 512;
  const lc = 1024;
  const offsets = align(lc + 8 * (2 ** b + 1));
  const neighbors = align(offsets + 4 * (n + 1));
  const flags0 = align(neighbors + 4 * arcs);
  // Byte arrays get at least 16 bytes of zeros after them (the kernel reads 16 at a time).
  const flags1 = align(flags0 + n + 16);
  const touch = align(flags1 + n + 16);
  const est = align(touch + n + 16);
  const cur = align(est + 8 * n);
  const next = cur + n * 2 ** b;
  return { n, b, am2, pow, control, lc, offsets, neighbors, flags0, flags1, touch, est, cur, next, bytes: next + n * 2 ** b };
}

/** The kernel's memory and views on it. */
export interface WasmCounters {
  readonly counters: Counters;
  readonly memory: WasmMemory;
  readonly layout: WasmLayout;
  readonly module: object;
  readonly kernel: WasmExports;
}

/**
 * Allocates the kernel's memory for `csr` with 2^b registers per counter and copies
 * the CSR into it; registers, flags and estimates are zero.
 * @returns null when WebAssembly SIMD or shared memory is missing, or the memory would
 * exceed 4 GiB or cannot be allocated
 */
export function wasmCounters(csr: Csr, b: number, am2: number): WasmCounters | null {
  const module = wasmModule();
  if (module === null) return null;
  const { n } = csr;
  const layout = layoutFor(n, csr.neighbors.length, b, am2);
  const pages = Math.max(1, Math.ceil(layout.bytes / PAGE));
  if (pages > MAX_PAGES) return null;
  let memory: WasmMemory;
  try {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly as WasmApi;
    memory = new api.Memory({ initial: pages, maximum: pages, shared: true });
  } catch {
    return null;
  }
  const buf = memory.buffer;
  new Float64Array(buf, layout.pow, 64).set(Float64Array.from({ length: 64 }, (_, r) => 2 ** -r));
  // As estimate() in hyperanf-kernel.ts computes it (z = 0 is never looked up).
  const m = 2 ** b;
  new Float64Array(buf, layout.lc, m + 1).set(Float64Array.from({ length: m + 1 }, (_, z) => m * Math.log(m / z)));
  const offsets = new Uint32Array(buf, layout.offsets, n + 1);
  offsets.set(csr.offsets);
  const neighbors = new Uint32Array(buf, layout.neighbors, csr.neighbors.length);
  neighbors.set(csr.neighbors);
  const words = (n << b) >>> 2;
  const counters: Counters = {
    n,
    b,
    offsets,
    neighbors,
    cur: new Int32Array(buf, layout.cur, words),
    next: new Int32Array(buf, layout.next, words),
    changedFlags: [new Uint8Array(buf, layout.flags0, n), new Uint8Array(buf, layout.flags1, n)],
    est: new Float64Array(buf, layout.est, n),
  };
  return { counters, memory, layout, module, kernel: instantiate(module, memory, layout) };
}

/** The kernel's phases, as numbers that can cross to a worker (STOP ends it). */
export const INIT = 1;
export const MERGE = 2;
export const MERGE_SPARSE = 3;
export const COMMIT = 4;
export const STOP = 5;

/** Slots of the control block (Int32, at layout.control) for up to 4 threads. */
export const MAX_THREADS = 4;
export const EPOCH = 0;
export const PHASE = 1;
export const PARITY = 2;
/** The next chunk of nodes to take (see runChunks). */
export const NEXT = 3;
export const READY = 4;
export const DONE = 8;
export const RESULT = 12;

/** Nodes per call of a phase, and per chunk that threads take in turn. */
export const CHUNK = 1 << 14;

/**
 * Runs a phase on the nodes [lo, hi): for commit and merge, of a step of parity
 * `parity`; for init, `parity` is the hash seed.
 * In chunks: V8 first runs WebAssembly with its baseline compiler and switches to
 * optimised code between calls, never within one. (mergeSparse's marking pass scans
 * every flagged row whatever the range, so it runs as one call.)
 * @returns the counters that changed, for merges; else 0
 */
export function runPhase(k: WasmExports, phase: number, parity: number, lo: number, hi: number): number {
  if (phase === MERGE_SPARSE) return k.mergeSparse(parity, lo, hi);
  let sum = 0;
  for (let a = lo; a < hi; a += CHUNK) {
    const z = Math.min(hi, a + CHUNK);
    if (phase === MERGE) sum += k.merge(parity, a, z);
    else if (phase === COMMIT) k.commit(parity, a, z);
    else k.init(parity, a, z);
  }
  return sum;
}

/**
 * Runs a phase (not MERGE_SPARSE) on chunks of CHUNK nodes taken in turn from the
 * control block's NEXT counter until none is left, as every thread of a parallel run
 * does: whichever thread is faster takes more chunks.
 * @returns the counters that changed in the chunks this thread took, for merges
 */
export function runChunks(k: WasmExports, phase: number, parity: number, control: Int32Array, n: number): number {
  let sum = 0;
  for (;;) {
    const lo = Atomics.add(control, NEXT, 1) * CHUNK;
    if (lo >= n) return sum;
    sum += runPhase(k, phase, parity, lo, Math.min(n, lo + CHUNK));
  }
}

/**
 * One thread's share of a phase that several threads run: for the sparse merge its own
 * node range [lo, hi) (ranges balanced by arcs), otherwise chunks taken in turn.
 */
export function runShare(k: WasmExports, phase: number, parity: number, control: Int32Array, n: number, lo: number, hi: number): number {
  return phase === MERGE_SPARSE ? runPhase(k, phase, parity, lo, hi) : runChunks(k, phase, parity, control, n);
}
