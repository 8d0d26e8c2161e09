/**
 * Checks of a scenario's `sensitivity:` block that the schema alone cannot make:
 * each parameter path names a numeric field (checked like a `--set` path, with a
 * "did you mean"), its range is low < high and both ends are valid values there
 * (each applied alone to the scenario and validated, as a sweep value is), each
 * output is a summary.csv column of this scenario, and each claim parses and reads
 * summary.csv columns. Every problem names the file and the block's field.
 */
import type { Issue } from "../errors.js";
import { KEY_COLUMNS, summaryColumns } from "../io/rows.js";
import { scenarioTableShape } from "../io/table-shape.js";
import { parseClaim } from "../sensitivity/claims.js";
import { cloneData, isMapping, type Mapping } from "./data.js";
import { showValue } from "./describe-value.js";
import { applyOverrides, checkPath } from "./overrides.js";
import { numericKind } from "./schema-walk.js";
import { didYouMean } from "./suggest.js";
import type { Scenario } from "./types.js";
import { ROOT, scenarioDefaults, validateData } from "./validate.js";

/** Fields a design may not vary: they name the run, its seeds or its outputs, or are the design itself. */
const FIXED = new Set(["name", "$schema", "sweep", "sensitivity", "seed", "replicates", "output"]);

/** The metric columns of a scenario's summary.csv (without key columns). */
export function summaryMetricColumns(scenario: Scenario): string[] {
  const cols = summaryColumns(scenarioTableShape(scenario, []));
  return cols.filter((c) => !(KEY_COLUMNS as readonly string[]).includes(c));
}

/**
 * @param raw the scenario data after overrides (with the block); `scenario` the
 *   validated scenario when validation passed (outputs and claims need its columns).
 */
export function checkSensitivity(raw: Mapping, file: string, name: string, graphBase: string, scenario: Scenario | null): Issue[] {
  const block = raw["sensitivity"];
  if (!isMapping(block)) return [];
  const issues: Issue[] = [];
  const add = (path: string, message: string) => issues.push({ file, path: `sensitivity${path}`, message });
  const sweep = raw["sweep"];
  if (isMapping(sweep) && Object.keys(sweep).length > 0) add("", "a scenario with a sensitivity block cannot also have a sweep: the design chooses the points");
  const files = isMapping(raw["output"]) && isMapping(raw["output"]["files"]) ? raw["output"]["files"] : {};
  if (files["summary"] === false) add("", "needs output.files.summary: true (the analysis reads each point's summary.csv)");

  const params = block["parameters"];
  if (isMapping(params)) {
    if (Object.keys(params).length === 0) add(".parameters", "give at least one parameter: path: [low, high]");
    for (const [key, range] of Object.entries(params)) {
      const label = `.parameters.${key}`;
      const path = key.split(".");
      const [head = ""] = path;
      if (FIXED.has(head)) {
        add(label, `'${head}' cannot be a design parameter (every point shares the scenario's name, seeds and outputs)`);
        continue;
      }
      const problem = path.some((p) => p === "") ? `'${key}' is not a dotted field path` : checkPath(ROOT, path, raw);
      if (problem) {
        add(label, problem);
        continue;
      }
      const kind = numericKind(ROOT, path, raw);
      if (kind === null) {
        add(label, `'${key}' is not a numeric field: a design varies numbers only (use a sweep for other fields)`);
        continue;
      }
      if (!Array.isArray(range) || range.length !== 2 || !range.every((v) => typeof v === "number")) continue; // the schema reports it
      const [low, high] = range as [number, number];
      if (!(low < high)) {
        add(label, `expected [low, high] with low < high, found [${low}, ${high}]`);
        continue;
      }
      for (const end of [low, high]) {
        const value = kind === "integer" ? Math.round(end) : end;
        const point = cloneData(raw) as Mapping;
        delete point["sensitivity"];
        point["sweep"] = {};
        const setIssues = applyOverrides(ROOT, point, [{ path, value, file, label: `sensitivity${label}`, source: `range end ${showValue(value)}` }], scenarioDefaults().agents.strategies);
        const r = setIssues.length > 0 ? { ok: false as const, issues: setIssues } : validateData(point, file, name, graphBase);
        if (!r.ok) for (const i of r.issues) add(label, `range end ${showValue(value)}: ${i.path === key ? "" : `${i.path}: `}${i.message}`);
      }
    }
  }

  if (!scenario) return issues;
  const columns = summaryMetricColumns(scenario);
  const known = new Set(columns);
  const outputs = block["outputs"];
  if (Array.isArray(outputs)) {
    outputs.forEach((o, i) => {
      if (typeof o === "string" && !known.has(o)) add(`.outputs[${i}]`, `'${o}' is not a summary.csv column of this scenario${didYouMean(o, columns)}`);
    });
  }
  const claims = block["claims"];
  if (isMapping(claims)) {
    for (const [claimName, text] of Object.entries(claims)) {
      if (typeof text !== "string") continue;
      const r = parseClaim(text);
      if (!r.ok) {
        add(`.claims.${claimName}`, r.message);
        continue;
      }
      for (const c of r.claim.columns) if (!known.has(c)) add(`.claims.${claimName}`, `'${c}' is not a summary.csv column of this scenario${didYouMean(c, columns)}`);
    }
  }
  return issues;
}
