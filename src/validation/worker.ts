/** Worker-thread entry for the validation pool: runs one task (tasks.ts). */
import { runTask, type TaskResult, type ValidationTask } from "./tasks.js";

export default function runValidationTask(task: ValidationTask): TaskResult {
  return runTask(task);
}
