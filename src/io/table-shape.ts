/**
 * The shape of the tables a scenario's runs write, from the scenario alone: which
 * layers, Dunbar layers and strategies get columns (rows.ts builds the columns).
 */
import type { Layer } from "../scenario/schema.js";
import type { Scenario } from "../scenario/types.js";
import type { TableShape } from "./rows.js";

/** The shape of the tables a scenario's runs write (strategies sorted, measured layers in order, then separation's). */
export function scenarioTableShape(scenario: Scenario, paramPaths: readonly string[]): TableShape {
  const m = scenario.metrics;
  const layers: Layer[] = [];
  for (const l of [...m.layers, ...(m.separation.enabled ? m.separation.layers : [])]) if (!layers.includes(l)) layers.push(l);
  return {
    paramPaths: [...paramPaths],
    layers,
    dunbarLayers: scenario.network.dunbar.layers,
    strategies: Object.keys(scenario.agents.strategies).sort(),
  };
}
