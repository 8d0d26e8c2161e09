/**
 * MS-BFS from many sources on several worker threads, synchronously: the batches of 32
 * sources are dealt round-robin to `threads` workers that share the CSR through
 * SharedArrayBuffers; the caller blocks (Atomics.wait) until all are done and collects
 * the per-source histograms in source order. Each source's histogram does not depend
 * on which batch or thread computed it, so the result is identical to the serial
 * `msbfsDistribution` for any number of threads (tested).
 *
 * Used by sampled separation on large graphs, where one batch costs a memory-bound
 * pass over the edges and two cores nearly halve the time. Falls back to the serial
 * code when the compiled worker file is not present (e.g. running from TypeScript
 * sources under a test runner) or when one thread is asked for.
 *
 * References: M. Then et al., "The More the Merrier", PVLDB 8(4), 2014 (MS-BFS; the
 * paper also parallelises over batches of sources).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { Csr } from "../../graph/csr.js";
import { MetricError } from "../../errors.js";
import { makeDistribution } from "./distribution.js";
import { msbfsDistribution, type MsbfsResult } from "./msbfs.js";

const WORKER = new URL("./msbfs-worker.js", import.meta.url);

/** Whether the compiled worker is available (false when running TypeScript sources). */
export function parallelMsbfsAvailable(): boolean {
  return WORKER.protocol === "file:" && existsSync(fileURLToPath(WORKER));
}

function shared(a: Uint32Array): Uint32Array {
  const s = new Uint32Array(new SharedArrayBuffer(a.byteLength));
  s.set(a);
  return s;
}

/**
 * Per-source MS-BFS histograms (and their sum), computed on `threads` worker threads.
 * @param csr the graph
 * @param sources distinct source nodes
 * @param threads worker threads (≥ 1); 1, or no compiled worker, runs serially
 * @param wordsPerNode MS-BFS batch width in 32-bit words (default 1)
 * @throws MetricError when a worker fails
 */
export function msbfsParallel(csr: Csr, sources: Uint32Array, threads: number, wordsPerNode = 1): MsbfsResult {
  const batch = 32 * wordsPerNode;
  const batches = Math.ceil(sources.length / batch);
  const T = Math.min(threads, batches);
  if (T <= 1 || !parallelMsbfsAvailable()) return msbfsDistribution(csr, sources, { perSource: true, wordsPerNode });
  const offsets = shared(csr.offsets);
  const neighbors = shared(csr.neighbors);
  const flags = new Int32Array(new SharedArrayBuffer(4 * T));
  const parts: { positions: number[]; port: MessagePort; worker: Worker }[] = [];
  for (let t = 0; t < T; t++) {
    const positions: number[] = [];
    for (let b = t; b < batches; b += T) {
      for (let i = b * batch; i < Math.min((b + 1) * batch, sources.length); i++) positions.push(i);
    }
    const mine = Uint32Array.from(positions, (i) => sources[i] as number);
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER, {
      workerData: {
        n: csr.n,
        offsets,
        neighbors,
        directed: csr.directed === true,
        sources: mine,
        wordsPerNode,
        port: port2,
        flags,
        index: t,
      },
      transferList: [port2],
    });
    worker.unref();
    parts.push({ positions, port: port1, worker });
  }
  const perSource: Uint32Array[] = new Array<Uint32Array>(sources.length);
  const errors: string[] = [];
  for (let t = 0; t < T; t++) {
    while (Atomics.load(flags, t) === 0) Atomics.wait(flags, t, 0, 1000);
    const part = parts[t] as (typeof parts)[number];
    const msg = receiveMessageOnPort(part.port)?.message as { perSource?: Uint32Array[]; error?: string } | undefined;
    part.port.close();
    void part.worker.terminate();
    if (!msg || msg.error || !msg.perSource) {
      errors.push(msg?.error ?? "worker ended without a result");
      continue;
    }
    msg.perSource.forEach((h, j) => {
      perSource[part.positions[j] as number] = h;
    });
  }
  if (errors.length) throw new MetricError(`parallel MS-BFS: ${errors.join("; ")}`);
  const total: number[] = [0];
  for (const h of perSource) for (let d = 1; d < h.length; d++) total[d] = (total[d] ?? 0) + (h[d] as number);
  for (let d = 0; d < total.length; d++) total[d] ??= 0;
  return { distribution: makeDistribution(total, sources.length, csr.n), perSource };
}
