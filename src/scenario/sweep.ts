/**
 * Sweep expansion: `sweep: { path: [values…] }` → the cartesian product of cells.
 *
 * Order: the sweep's keys in the order written, the first key varying slowest
 * (like nested loops, first key outermost), values in the order listed. Cell
 * `index` is the position in that order. Each cell's scenario is the base with the
 * cell's values applied as overrides (so the strategy-share rule of overrides.ts
 * applies: sweeping one share rescales the others), re-validated, with `sweep: {}`.
 * A scenario without a sweep has one cell with no parameters.
 *
 * Cell ids: `cell-<index, 3+ digits>-<first 8 hex of SHA-256 of the canonical JSON
 * of its params>`, e.g. `cell-003-1a2b3c4d`. The hash makes an id name the same
 * parameter values even when the grid changes; both parts are filesystem-safe.
 *
 * Limitation: a cell re-validates the resolved scenario, where `agents.count` is
 * always explicit, so sweeping `network.initial.generator` to karate-club or
 * florentine-families also needs `agents.count` set to 34 / 15.
 */
import { createHash } from "node:crypto";
import { ScenarioError, type Issue } from "../errors.js";
import { cloneData, isMapping, type Mapping } from "./data.js";
import { showValue } from "./describe-value.js";
import { applyOverrides, type Override } from "./overrides.js";
import type { Scenario } from "./types.js";
import { ROOT, scenarioDefaults, validateData } from "./validate.js";

export type SweepParams = readonly (readonly [path: string, value: unknown])[];

export interface SweepCell {
  /** Position in the documented order (0-based). */
  readonly index: number;
  /** Stable, filesystem-safe id, e.g. "cell-003-1a2b3c4d". */
  readonly id: string;
  /** The cell's values, in the sweep's key order. */
  readonly params: SweepParams;
  /** The cell's fully resolved and validated scenario, with `sweep: {}`. */
  readonly scenario: Scenario;
}

export type SweepResult = { readonly ok: true; readonly cells: SweepCell[] } | { readonly ok: false; readonly issues: Issue[] };

/** Number of cells (1 without a sweep). */
export function sweepSize(scenario: Pick<Scenario, "sweep">): number {
  return Object.values(scenario.sweep).reduce((n, values) => n * values.length, 1);
}

/** JSON with object keys sorted, so equal values always hash alike. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isMapping(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(",")}}`;
  return JSON.stringify(v) ?? "null";
}

/** The id of a cell (see the module comment). */
export function cellId(index: number, params: SweepParams): string {
  const hash = createHash("sha256").update(canonical(params)).digest("hex").slice(0, 8);
  return `cell-${String(index).padStart(3, "0")}-${hash}`;
}

/** The parameters of cell `index`: mixed-radix digits, first key most significant. */
function paramsOf(entries: readonly (readonly [string, readonly unknown[]])[], index: number): [string, unknown][] {
  const out: [string, unknown][] = [];
  let rest = index;
  for (const [path, values] of [...entries].reverse()) {
    out.unshift([path, values[rest % values.length]]);
    rest = Math.floor(rest / values.length);
  }
  return out;
}

/**
 * Expands a scenario's sweep into validated cells.
 * @param options.file labels issues (default: the scenario's name).
 */
export function safeExpandSweep(scenario: Scenario, options: { readonly file?: string } = {}): SweepResult {
  const file = options.file ?? scenario.name;
  const entries = Object.entries(scenario.sweep);
  const base = cloneData(scenario) as Mapping;
  base["sweep"] = {};
  const total = sweepSize(scenario);
  const cells: SweepCell[] = [];
  const issues: Issue[] = [];
  for (let index = 0; index < total; index++) {
    const params = paramsOf(entries, index);
    const id = cellId(index, params);
    const shown = params.map(([p, v]) => `${p}=${showValue(v)}`).join(", ");
    const data = cloneData(base) as Mapping;
    const overrides: Override[] = params.map(([p, value]) => ({ path: p.split("."), value, file, label: `sweep.${p}`, source: `sweep cell ${id}: ${shown}` }));
    const setIssues = applyOverrides(ROOT, data, overrides, scenarioDefaults().agents.strategies);
    if (setIssues.length > 0) {
      issues.push(...setIssues);
      continue;
    }
    const r = validateData(data, file, scenario.name);
    if (r.ok) cells.push({ index, id, params, scenario: r.scenario });
    else issues.push(...r.issues.map((i) => ({ ...i, message: `${i.message} (sweep cell ${id}: ${shown})` })));
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, cells };
}

/** safeExpandSweep, throwing a ScenarioError with every issue. */
export function expandSweep(scenario: Scenario, options: { readonly file?: string } = {}): SweepCell[] {
  const r = safeExpandSweep(scenario, options);
  if (!r.ok) throw new ScenarioError(r.issues);
  return r.cells;
}
