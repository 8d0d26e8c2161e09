/**
 * From a scenario's `sensitivity:` block to its design and to the cells that run
 * it. Each design point is a cell: the scenario without the block, with the
 * point's parameter values applied as overrides (so the strategy-share rule of
 * overrides.ts applies) and validated. Every cell keeps the scenario's seed and
 * replicates, so every point runs the same replicate seeds (common random numbers):
 * a parameter the model ignores changes nothing, and its effect is exactly 0.
 *
 * The Morris trajectories are drawn from the stream `sensitivity:<seed>:design`,
 * so the design depends on the scenario alone and every shard rebuilds it alike.
 */
import { ScenarioError, type Issue } from "../errors.js";
import { at } from "../checked-index.js";
import type { Cell } from "../experiment/cell.js";
import { streamFromKey } from "../random/streams.js";
import { cloneData, type Mapping } from "../scenario/data.js";
import { applyOverrides } from "../scenario/overrides.js";
import type { SensitivitySpec } from "../scenario/schema.js";
import { numericKind } from "../scenario/schema-walk.js";
import { cellId } from "../scenario/sweep.js";
import type { Scenario } from "../scenario/types.js";
import { ROOT, scenarioDefaults, validateData } from "../scenario/validate.js";
import { buildDesign, type DesignParameter, type SensitivityDesign } from "./design.js";

/** The scenario's block; throws when there is none. */
export function sensitivitySpec(scenario: Scenario): SensitivitySpec {
  if (!scenario.sensitivity) throw new ScenarioError([{ file: scenario.name, path: "sensitivity", message: "the scenario has no sensitivity block" }]);
  return scenario.sensitivity;
}

/** The design of a scenario's block (deterministic in the scenario). */
export function designOf(scenario: Scenario): SensitivityDesign {
  const spec = sensitivitySpec(scenario);
  const parameters: DesignParameter[] = Object.entries(spec.parameters).map(([path, [low, high]]) => ({
    path,
    low,
    high,
    integer: numericKind(ROOT, path.split("."), scenario) === "integer",
  }));
  return buildDesign(parameters, spec, streamFromKey(`netvalue:sensitivity:${scenario.seed}:design`));
}

/** The parameters of design point `i`, as a cell's (path, value) list. */
export function pointParams(design: SensitivityDesign, i: number): [string, number][] {
  const values = at(design.values, i);
  return design.parameters.map((p, j) => [p.path, at(values, j)]);
}

/** The cell id of design point `i`: a sweep cell's id for the same values. */
export function pointId(design: SensitivityDesign, i: number): string {
  return cellId(i, pointParams(design, i));
}

/** Every design point as a validated cell, in design order. */
export function designCells(scenario: Scenario, design: SensitivityDesign = designOf(scenario)): Cell[] {
  const base = cloneData(scenario) as Mapping;
  delete base["sensitivity"];
  base["sweep"] = {};
  const cells: Cell[] = [];
  const issues: Issue[] = [];
  design.values.forEach((_, index) => {
    const params = pointParams(design, index);
    const id = cellId(index, params);
    const data = cloneData(base) as Mapping;
    const shown = params.map(([p, v]) => `${p}=${v}`).join(", ");
    const overrides = params.map(([p, value]) => ({ path: p.split("."), value, file: scenario.name, label: `sensitivity.parameters.${p}`, source: `design point ${id}: ${shown}` }));
    const setIssues = applyOverrides(ROOT, data, overrides, scenarioDefaults().agents.strategies);
    const r = setIssues.length > 0 ? { ok: false as const, issues: setIssues } : validateData(data, scenario.name, scenario.name);
    if (r.ok) cells.push({ index, id, params, scenario: r.scenario });
    else issues.push(...r.issues.map((i) => ({ ...i, message: `${i.message} (design point ${id}: ${shown})` })));
  });
  if (issues.length > 0) throw new ScenarioError(issues);
  return cells;
}
