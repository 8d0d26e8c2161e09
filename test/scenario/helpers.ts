// Test helpers: scenario files in a temporary folder, and issue lookup.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { Issue } from "../../src/errors.js";
import type { LoadResult } from "../../src/scenario/load.js";

const dir = mkdtempSync(join(tmpdir(), "netvalue-scenario-test-"));
let counter = 0;

/** Writes `text` to a fresh file (default extension .yaml) and returns its path. */
export function scenarioFile(text: string, name = `s${counter++}.yaml`): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

export const tempDir = dir;

/** The issues of a failed load (fails the test if the load succeeded). */
export function issuesOf(result: LoadResult): Issue[] {
  if (result.ok) throw new Error("expected the load to fail, but it succeeded");
  return result.issues;
}

/** The single issue at `path` (fails the test unless exactly one). */
export function issueAt(result: LoadResult, path: string): Issue {
  const issues = issuesOf(result);
  const hits = issues.filter((i) => i.path === path);
  const [hit] = hits;
  expect(hits, `issues: ${JSON.stringify(issues, null, 1)}`).toHaveLength(1);
  if (hit === undefined) throw new Error(`no issue at ${path}`);
  return hit;
}
