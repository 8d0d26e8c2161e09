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
  readonly port?: MessagePort;
}

/** Progress messages are throttled to about one per percent of the run. */
export default function runPartTask(task: PartTask): PartResult {
  const { port } = task;
  let every = 1;
  try {
    return runPart(task.cell, task.replicate, task.partDir, {
      ...(task.baseDir !== undefined ? { baseDir: task.baseDir } : {}),
      onStep: (step, steps) => {
        every = Math.max(1, Math.floor(steps / 100));
        if (port && (step % every === 0 || step === steps)) port.postMessage({ step, steps });
      },
    });
  } finally {
    port?.close();
  }
}
