/**
 * Validating normalised scenario data: the zod schema, then the cross-field rules
 * of refine.ts, then a name. Returns every problem found. When the schema fails,
 * the invalid fields are removed and the rest re-parsed, so the cross-field rules still run on
 * the fields that are well-formed.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Issue } from "../errors.js";
import { refineScenario } from "./refine.js";
import { scenarioSchema, type ParsedScenario } from "./schema.js";
import type { Scenario } from "./types.js";
import { mapZodIssues } from "./zod-issues.js";
import type { z } from "zod";
import { cloneData, isMapping, type Mapping } from "./data.js";
import { valueAt, type ZodLike } from "./schema-walk.js";

export type LoadResult = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: Issue[] };

export const ROOT: ZodLike = scenarioSchema as unknown as ZodLike;

let defaults: ParsedScenario | undefined;
/** The scenario with every default (`scenarioSchema.parse({})`), computed once. */
export function scenarioDefaults(): ParsedScenario {
  defaults ??= scenarioSchema.parse({});
  return defaults;
}

/** Validates data that has already been normalised and overridden. */
/**
 * @param graphBase folder that a relative `network.initial.path` is resolved
 *   against for the existence check; undefined skips the check.
 */
export function validateData(raw: unknown, file: string, defaultName: string, graphBase?: string): LoadResult {
  const parsed = scenarioSchema.safeParse(raw);
  if (parsed.success) {
    const issues = [...refineScenario(parsed.data, file), ...checkGraphFile(parsed.data, file, graphBase)];
    if (issues.length > 0) return { ok: false, issues };
    const { $schema: _ignored, name, ...rest } = parsed.data;
    return { ok: true, scenario: { name: name ?? defaultName, ...rest } };
  }
  const issues = mapZodIssues(parsed.error.issues, raw, ROOT, file);
  const repaired = repair(raw, parsed.error.issues);
  if (repaired) issues.push(...refineScenario(repaired.scenario, file, repaired.broken));
  return { ok: false, issues };
}

/**
 * The data with every invalid field removed (so its default applies), parsed; and
 * the paths removed. Cross-field rules then run on it, skipping the rules that read
 * a removed path, so their messages never rest on a stand-in default.
 */
function repair(raw: unknown, first: readonly z.core.$ZodIssue[]): { scenario: ParsedScenario; broken: string[] } | undefined {
  if (!isMapping(raw)) return undefined;
  const data = cloneData(raw) as Mapping;
  const broken: string[] = [];
  let issues = first;
  for (let round = 0; round < 8; round++) {
    for (const issue of issues) {
      let path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) remove(data, [...path, key]);
        continue;
      }
      if (issue.code === "invalid_union" && "discriminator" in issue) path = path.slice(0, -1);
      const firstIndex = path.findIndex((p) => typeof p === "number");
      if (firstIndex >= 0) path = path.slice(0, firstIndex);
      // A field that fails again after removal (e.g. a required key) takes its parent with it.
      const dotted = path.join(".");
      if (broken.includes(dotted) && path.length > 0) path = path.slice(0, -1);
      if (path.length === 0) return undefined;
      broken.push(path.join("."));
      remove(data, path);
    }
    const again = scenarioSchema.safeParse(data);
    if (again.success) return { scenario: again.data, broken };
    issues = again.error.issues;
  }
  return undefined;
}

function remove(data: Mapping, path: readonly (string | number)[]): void {
  const parent = valueAt(data, path.slice(0, -1));
  if (isMapping(parent)) delete parent[String(path[path.length - 1])];
}

/** A graph file must exist (its node count is checked when the model reads it). */
function checkGraphFile(s: ParsedScenario, file: string, graphBase: string | undefined): Issue[] {
  const initial = s.network.initial;
  if (graphBase === undefined || initial.generator !== "file" || existsSync(resolve(graphBase, initial.path))) return [];
  return [{ file, path: "network.initial.path", message: `graph file not found: '${initial.path}' (paths in a scenario file are relative to it)` }];
}
