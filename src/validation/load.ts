/**
 * Loading a validation file: file → parse (YAML, or JSON for `.json`, by the
 * scenario loader's reader) → zod validation → cross-field rules → resolved config.
 * Returns `{ ok: true, config }` or `{ ok: false, issues }` with every problem,
 * each naming the file, the field path, what was expected and what was found. Bad
 * input never throws; `loadValidationOrThrow` raises one ScenarioError.
 */
import { ScenarioError, type Issue } from "../errors.js";
import { describeValue } from "../scenario/describe-value.js";
import { defaultName } from "../scenario/load.js";
import { readScenarioFile } from "../scenario/parse-file.js";
import type { ZodLike } from "../scenario/schema-walk.js";
import { mapZodIssues } from "../scenario/zod-issues.js";
import { logSpace, validationSchema, type ValidationConfig } from "./schema.js";

export type ValidationLoad = { readonly ok: true; readonly config: ValidationConfig } | { readonly ok: false; readonly issues: Issue[] };

const ROOT = validationSchema as unknown as ZodLike;

/** true when `data` is a mapping with a top-level `validation` key (a validation file, not a model scenario). */
export function isValidationData(data: unknown): boolean {
  return typeof data === "object" && data !== null && !Array.isArray(data) && Object.hasOwn(data, "validation");
}

/** true when `file` parses and has a top-level `validation` key. Unreadable files are not (the model loader reports them). */
export function isValidationFile(file: string): boolean {
  const read = readScenarioFile(file);
  return read.ok && isValidationData(read.data);
}

/** Loads and validates a validation file. */
export function loadValidation(file: string): ValidationLoad {
  const read = readScenarioFile(file);
  if (!read.ok) return { ok: false, issues: read.issues };
  return validationFromObject(read.data, { file, name: defaultName(file) });
}

/** loadValidation, throwing a ScenarioError with every issue. */
export function loadValidationOrThrow(file: string): ValidationConfig {
  const r = loadValidation(file);
  if (!r.ok) throw new ScenarioError(r.issues);
  return r.config;
}

/**
 * Validates validation data given as an object.
 * @param data the parsed file
 * @param options `file` labels issues (default "<object>"); `name` is the default name (default: the experiment's kind)
 */
export function validationFromObject(data: unknown, options: { readonly file?: string; readonly name?: string } = {}): ValidationLoad {
  const file = options.file ?? "<object>";
  if (!isValidationData(data)) {
    return { ok: false, issues: [{ file, path: "validation", message: `required: expected 'watts-strogatz' or 'kleinberg', found ${describeValue(data)}` }] };
  }
  const parsed = validationSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: mapZodIssues(parsed.error.issues, data, ROOT, file) };
  const v = parsed.data;
  const issues: Issue[] = [];
  const at = (path: string, message: string) => issues.push({ file, path, message });
  const name = v.name ?? options.name ?? v.validation;
  if (v.validation === "watts-strogatz") {
    if (v.k % 2 !== 0 || v.k >= v.n) at("k", `expected an even integer < n (n = ${v.n}), found ${v.k}`);
    if (v.p) duplicates(v.p, "p", at);
    if (v.p && v.pRange) at("pRange", "give either p (a list) or pRange (log-spaced), not both");
    if (v.pRange && v.pRange.from >= v.pRange.to) at("pRange.to", `expected a number > pRange.from (${v.pRange.from}), found ${v.pRange.to}`);
    if (issues.length > 0) return { ok: false, issues };
    const range = v.pRange ?? { from: 1e-4, to: 1, count: 14 };
    const { pRange: _range, ...rest } = v;
    return { ok: true, config: { ...rest, name, p: v.p ? [...v.p] : logSpace(range.from, range.to, range.count) } };
  }
  duplicates(v.r, "r", at);
  duplicates(v.sides, "sides", at);
  const fitted = v.sides.filter((s) => s >= v.slopeFrom).length;
  if (fitted < 2) at("slopeFrom", `expected at most the second-largest side (${[...v.sides].sort((a, b) => b - a)[1]}) so the slope fits ≥ 2 sides, found ${v.slopeFrom}`);
  if (v.pairs < v.grids) at("pairs", `expected at least one chain per grid (grids = ${v.grids}), found ${v.pairs}`);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, config: { ...v, name } };
}

function duplicates(values: readonly number[], path: string, at: (path: string, message: string) => void): void {
  const seen = new Set<number>();
  values.forEach((x, i) => {
    if (seen.has(x)) at(`${path}[${i}]`, `expected a value not listed before, found ${x} again`);
    seen.add(x);
  });
}
