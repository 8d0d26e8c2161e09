/**
 * netvalue's public API: re-exports only. Nothing outside this file is promised to
 * users; package.json "exports" exposes only this module.
 */

// Scenarios: load, validate, expand sweeps, print the schema.
export {
  loadScenario,
  loadScenarioOrThrow,
  scenarioFromObject,
  scenarioFromObjectOrThrow,
  expandSweep,
  safeExpandSweep,
  sweepSize,
  scenarioJsonSchema,
  scenarioSchema,
  resolveStrategies,
  BUILTIN_STRATEGIES,
  GENERATORS,
  LAYERS,
  SEPARATION_METHODS,
} from "./scenario/index.js";
export type {
  LoadOptions,
  LoadResult,
  ObjectOptions,
  SweepCell,
  Scenario,
  ScenarioInput,
  StrategyParams,
  UserStrategy,
  InitialNetwork,
  Layer,
  ResolvedStrategies,
} from "./scenario/index.js";

// Running experiments.
export { runScenario, defaultOutDir } from "./experiment/run-scenario.js";
export type { RunOptions, RunSummary } from "./experiment/run-scenario.js";
export { runSweep, parseShard } from "./experiment/run-sweep.js";
export type { SweepOptions, SweepResult, Shard } from "./experiment/run-sweep.js";
export { mergeShards } from "./experiment/merge.js";
export type { MergeResult } from "./experiment/merge.js";
export { compareResultDirs } from "./experiment/compare.js";
export type { Difference } from "./experiment/compare.js";
export type { ExecuteOptions, ExecuteProgress, PartFailure } from "./experiment/execute.js";
export { pairedComparison, unpairedComparison, compareBySeed } from "./experiment/paired.js";
export type { Comparison } from "./experiment/paired.js";
export { simulateReplicate } from "./engine/run.js";
export type { ReplicateHooks, ReplicateOutput } from "./engine/run.js";
export type {
  Observation,
  StrategyObservation,
  LayerObservation,
  SeparationObservation,
  SearchObservation,
  OpportunityRecord,
  AgentRecord,
} from "./engine/observation.js";
export { headlineTable } from "./io/report.js";

// Global sensitivity analysis (Morris, Sobol') and claims.
export * from "./sensitivity/index.js";

// Classic validation experiments (Watts–Strogatz 1998, Kleinberg 2000).
export { runValidation, loadValidation, validationFromObject, isValidationFile } from "./validation/index.js";

// Charts.
export { plotResults } from "./plot/index.js";

// Measuring graphs (independent of the model).
export { measure } from "./io/measure.js";
export type { MeasureOptions } from "./io/measure.js";
export type { Measurement } from "./io/measure-report.js";
export { formatMeasurementTable, formatMeasurementJson, formatMeasurementCsv } from "./io/measure-report.js";
export { readCsr, readGraphFile } from "./io/graph-read.js";
export type { GraphReadResult, ReadGraphOptions, GraphFileFormat } from "./io/graph-read.js";
export * from "./metrics/index.js";

// Initial networks.
export * from "./model/network/index.js";

// Seeded randomness.
export * from "./random/index.js";

// Errors and version.
export { ScenarioError, InputError, ModelError, MetricError, formatIssue } from "./errors.js";
export type { Issue } from "./errors.js";
export { VERSION } from "./version.js";
