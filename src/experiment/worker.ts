/**
 * Worker-thread entry for the pool: runs one part (one replicate of one cell) and
 * reports progress through the MessagePort it was given.
 */
import type { MessagePort } from "node:worker_threads";
import type { Cell } from "./cell.js";
import { runPart, type PartResult } from "./part.js";

export interface PartTask {
  readonly cell: Cell;
  readonly replicate: number;
  readonly partDir: string;
  readonly baseDir?: string;
  readonly threads?: number;
  readonly port?: MessagePort;
}

/**
 * Progress messages are throttled to one per 100 ms (and the last step), so a run of
 * 10^9 steps reports as often as a short one.
 */
export default async function runPartTask(task: PartTask): Promise<PartResult> {
  const { port } = task;
  let last = 0;
  try {
    return await runPart(task.cell, task.replicate, task.partDir, {
      ...(task.baseDir !== undefined ? { baseDir: task.baseDir } : {}),
      ...(task.threads !== undefined ? { threads: task.threads } : {}),
      onStep: (step, steps) => {
        if (!port) return;
        const now = performance.now();
        if (now - last >= 100 || step === steps) {
          last = now;
          port.postMessage({ step, steps });
        }
      },
    });
  } finally {
    port?.close();
  }
}
