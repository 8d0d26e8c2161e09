/** The package subpath `netvalue/scenario`: load and validate scenario files, expand sweeps, the schema. Re-exports only, by name. */
export { loadScenario, loadScenarioOrThrow, scenarioFromObject, scenarioFromObjectOrThrow } from "./load.js";
export type { LoadOptions, LoadResult, ObjectOptions } from "./load.js";
export { expandSweep, safeExpandSweep, sweepSize } from "./sweep.js";
export type { SweepCell, SweepResult } from "./sweep.js";
export { scenarioJsonSchema } from "./json-schema.js";
export { scenarioSchema, strategyParamsSchema, BUILTIN_STRATEGIES, GENERATORS, LAYERS, SEPARATION_METHODS } from "./schema.js";
export type { ScenarioInput, ParsedScenario, StrategyParams, UserStrategy, InitialNetwork, Layer, BuiltinStrategy } from "./schema.js";
export type { Scenario } from "./types.js";
export { resolveStrategies } from "./strategies.js";
export type { ResolvedStrategies } from "./strategies.js";
