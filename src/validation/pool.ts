/**
 * Running validation tasks inline or on a worker-thread pool (piscina). Results
 * are returned in task order whatever the number of workers and whatever order
 * the tasks finish in, and each task draws only from its own keyed streams, so
 * the outputs never depend on the number of workers.
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { runTask, type TaskResult, type ValidationTask } from "./tasks.js";

/** The compiled worker file; under vitest (TypeScript sources) the build's copy in dist/. */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith(".ts") ? "../../dist/validation/worker.js" : "./worker.js", here));
}

/**
 * Runs every task and returns the results in task order.
 * @param tasks the units of work
 * @param workers worker threads; 0 runs them in this thread; default = cores
 * @param onDone called after each task with (tasks done, tasks in all)
 */
export async function runTasks<R extends TaskResult>(
  tasks: readonly ValidationTask[],
  workers: number = availableParallelism(),
  onDone?: (done: number, total: number) => void,
): Promise<R[]> {
  const results: R[] = new Array<R>(tasks.length);
  let done = 0;
  onDone?.(0, tasks.length);
  if (workers === 0 || tasks.length === 0) {
    tasks.forEach((task, i) => {
      results[i] = runTask(task) as R;
      onDone?.(++done, tasks.length);
    });
    return results;
  }
  const pool = new Piscina({ filename: workerFile(), minThreads: Math.min(workers, tasks.length), maxThreads: workers, idleTimeout: 1000 });
  try {
    await Promise.all(
      tasks.map(async (task, i) => {
        results[i] = (await pool.run(task)) as R;
        onDone?.(++done, tasks.length);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}
