/**
 * Loading a scenario: file → parse (YAML, or JSON for `.json`) → normalise
 * (the `network.initial: { file }` shorthand, fixed node counts) → `--set`
 * overrides → zod validation → cross-field rules → sweep values checked one by one.
 * Returns `{ ok: true, scenario }` or `{ ok: false, issues }` with every problem
 * found, each naming its file and field path. Bad input never throws; the
 * `…OrThrow` variants raise one ScenarioError carrying every issue.
 *
 * Name: an explicit `name` must match the schema's pattern; otherwise the name is
 * the file's basename without its extension, slugified (runs of characters other
 * than letters, digits, '.', '_', '-' become '-', leading ones dropped; "scenario"
 * if nothing is left). Objects loaded without a file are named "scenario".
 *
 * Graph files (`network.initial.path`) stay as written, relative to the scenario
 * file's folder (to the working directory for objects without a file), which is
 * how the model resolves them; the loader only checks that the file exists.
 *
 * `--set` on a path that is also swept replaces that sweep dimension: the command
 * line has the last word.
 */
import { basename, dirname, extname } from "node:path";
import { ScenarioError, type Issue } from "../errors.js";
import { CyclicInputError, cloneData, fillFileCount, fillFixedCount, isMapping, normalizeShorthands, type Mapping } from "./data.js";
import { describeValue, showValue } from "./describe-value.js";
import { applyOverrides, checkPath, parseSetArgument, type Override } from "./overrides.js";
import { readScenarioFile } from "./parse-file.js";
import { checkSensitivity } from "./sensitivity-check.js";
import type { Scenario } from "./types.js";
import { ROOT, scenarioDefaults, validateData, type LoadResult } from "./validate.js";

export type { LoadResult };

export interface LoadOptions {
  /** `path=value` overrides, applied in order (see overrides.ts). */
  readonly set?: readonly string[];
}
export interface ObjectOptions extends LoadOptions {
  /** Labels issues, names the scenario and anchors relative graph paths; default "<object>". */
  readonly file?: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The default scenario name for a file: its basename without extension, slugified. */
export function defaultName(file: string): string {
  const stem = basename(file, extname(file));
  if (NAME.test(stem)) return stem;
  const slug = stem.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  return slug === "" ? "scenario" : slug;
}

/** Loads and validates a scenario file. */
export function loadScenario(file: string, options: LoadOptions = {}): LoadResult {
  const read = readScenarioFile(file);
  const sets = parseSets(options.set ?? []);
  if (!read.ok) return { ok: false, issues: [...read.issues, ...sets.issues] };
  return resolve(read.data, file, defaultName(file), true, sets);
}

/** Validates a scenario given as data (e.g. parsed by the caller). */
export function scenarioFromObject(input: unknown, options: ObjectOptions = {}): LoadResult {
  const file = options.file ?? "<object>";
  return resolve(input, file, options.file ? defaultName(options.file) : "scenario", options.file !== undefined, parseSets(options.set ?? []));
}

/** loadScenario, throwing a ScenarioError with every issue. */
export function loadScenarioOrThrow(file: string, options: LoadOptions = {}): Scenario {
  return unwrapResult(loadScenario(file, options));
}

/** scenarioFromObject, throwing a ScenarioError with every issue. */
export function scenarioFromObjectOrThrow(input: unknown, options: ObjectOptions = {}): Scenario {
  return unwrapResult(scenarioFromObject(input, options));
}

function unwrapResult(r: LoadResult): Scenario {
  if (!r.ok) throw new ScenarioError(r.issues);
  return r.scenario;
}

interface ParsedSets {
  readonly overrides: Override[];
  readonly issues: Issue[];
}

function parseSets(args: readonly string[]): ParsedSets {
  const overrides: Override[] = [];
  const issues: Issue[] = [];
  for (const arg of args) {
    const r = parseSetArgument(arg);
    if (r.ok) overrides.push(r.override);
    else issues.push(r.issue);
  }
  return { overrides, issues };
}

function resolve(input: unknown, file: string, name: string, fromFile: boolean, sets: ParsedSets): LoadResult {
  if (!isMapping(input)) {
    return { ok: false, issues: [{ file, path: "", message: `expected a mapping of scenario fields, found ${describeValue(input)}` }, ...sets.issues] };
  }
  let raw: Mapping;
  try {
    raw = cloneData(input) as Mapping;
  } catch (err) {
    if (err instanceof CyclicInputError) return { ok: false, issues: [{ file, path: "", message: err.message }] };
    throw err;
  }
  normalizeShorthands(raw);
  const graphBase = fromFile ? dirname(file) : process.cwd();
  const issues: Issue[] = [...sets.issues];
  const setIssues = applyOverrides(ROOT, raw, sets.overrides, scenarioDefaults().agents.strategies);
  issues.push(...setIssues);
  dropOverriddenSweeps(raw, sets.overrides);
  fillFixedCount(raw);
  issues.push(...fillFileCount(raw, graphBase, file));

  const base = validateData(raw, file, name, graphBase);
  // A problem an override already reported (e.g. shares above 1) is not repeated by validation.
  // So is an unknown key under a --set path that does not exist (--set nope.x=1 is one problem, not two).
  const repeats = (i: Issue) =>
    setIssues.some(
      (s) =>
        s.path === i.path ||
        (i.path === "agents.strategies" && s.path.startsWith("agents.strategies.")) ||
        (i.path !== "" && s.path.startsWith(`${i.path}.`) && i.message.startsWith("unknown key")),
    );
  const baseIssues = base.ok ? [] : attributeToSet(base.issues.filter((i) => !repeats(i)), sets.overrides);
  issues.push(...baseIssues, ...checkSweep(raw, file, name, graphBase, base.ok ? [] : base.issues));
  issues.push(...checkSensitivity(raw, file, name, graphBase, base.ok ? base.scenario : null));
  return issues.length === 0 && base.ok ? base : { ok: false, issues };
}

/** `--set` on a swept path fixes it: that sweep dimension is removed. */
function dropOverriddenSweeps(raw: Mapping, overrides: readonly Override[]): void {
  const sweep = raw["sweep"];
  if (!isMapping(sweep)) return;
  for (const ov of overrides) delete sweep[ov.path.join(".")];
}

/** Validation problems at (or under) a `--set` path are reported as coming from it. */
function attributeToSet(issues: Issue[], overrides: readonly Override[]): Issue[] {
  return issues.map((issue) => {
    const ov = [...overrides].reverse().find((o) => issue.path === o.label || issue.path.startsWith(`${o.label}.`) || issue.path.startsWith(`${o.label}[`));
    return ov ? { file: ov.file, path: issue.path, message: `${issue.message} (${ov.source})` } : issue;
  });
}

const UNSWEEPABLE = new Set(["name", "$schema", "sweep"]);

/**
 * Each sweep key must be a field path, and each of its values valid there. A value
 * is checked by applying it alone to the scenario: problems that the scenario
 * without it does not have are the value's.
 */
function checkSweep(raw: Mapping, file: string, name: string, graphBase: string, baseIssues: readonly Issue[]): Issue[] {
  const sweep = raw["sweep"];
  if (!isMapping(sweep)) return [];
  const issues: Issue[] = [];
  const known = new Set(baseIssues.map((i) => `${i.path}\u0000${i.message}`));
  for (const [key, values] of Object.entries(sweep)) {
    const label = `sweep.${key}`;
    const path = key.split(".");
    const [head = ""] = path;
    if (UNSWEEPABLE.has(head)) {
      issues.push({ file, path: label, message: `'${head}' cannot be swept (cells share the scenario's name and have no sweep of their own)` });
      continue;
    }
    const problem = path.some((p) => p === "") ? `'${key}' is not a dotted field path` : checkPath(ROOT, path, raw);
    if (problem) {
      issues.push({ file, path: label, message: problem });
      continue;
    }
    if (!Array.isArray(values)) continue; // the schema reports it
    for (const value of values) {
      const cell = cloneData(raw) as Mapping;
      cell["sweep"] = {};
      const source = `sweep value ${showValue(value)}`;
      const ov: Override = { path, value, file, label, source };
      const setIssues = applyOverrides(ROOT, cell, [ov], scenarioDefaults().agents.strategies);
      if (setIssues.length > 0) {
        issues.push(...setIssues);
        continue;
      }
      const r = validateData(cell, file, name, graphBase);
      if (r.ok) continue;
      for (const i of r.issues) {
        if (known.has(`${i.path}\u0000${i.message}`)) continue;
        const where = i.path === key ? "" : `${i.path}: `;
        issues.push({ file, path: label, message: `value ${showValue(value)}: ${where}${i.message}` });
      }
    }
  }
  return issues;
}
