/**
 * Worker-thread entry for parallel MS-BFS (msbfs-parallel.ts): runs the batches it is
 * given on a CSR shared through SharedArrayBuffers, posts the per-source histograms on
 * its port, then raises its flag so the blocked caller wakes up.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { msbfsDistribution } from "./msbfs.js";

interface Job {
  readonly n: number;
  readonly offsets: Uint32Array;
  readonly neighbors: Uint32Array;
  readonly directed: boolean;
  readonly sources: Uint32Array;
  readonly wordsPerNode: number;
  readonly port: MessagePort;
  readonly flags: Int32Array;
  readonly index: number;
}

const job = workerData as Job;
try {
  const csr = { n: job.n, offsets: job.offsets, neighbors: job.neighbors, directed: job.directed };
  const { perSource } = msbfsDistribution(csr, job.sources, { perSource: true, wordsPerNode: job.wordsPerNode });
  job.port.postMessage({ perSource });
} catch (err) {
  job.port.postMessage({ error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
}
Atomics.store(job.flags, job.index, 1);
Atomics.notify(job.flags, job.index);
