/**
 * netvalue's public API: re-exports only, each by name. Nothing outside this file
 * and the subpath entry files is promised to users. package.json "exports" exposes
 * this module as "netvalue" and, for scripts that need one part and want it to load
 * fast, netvalue/scenario, netvalue/model, netvalue/metrics, netvalue/io and
 * netvalue/plot (src/<part>/index.ts); every name there is also here.
 */

// Scenarios: load, validate, expand sweeps, print the schema (netvalue/scenario).
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
export { runFiles } from "./experiment/run-files.js";
export type { RunFilesOptions, RunPlan, FileOutcome } from "./experiment/run-files.js";
export { mergeShards } from "./experiment/merge.js";
export type { MergeResult } from "./experiment/merge.js";
export { compareResultDirs } from "./experiment/compare.js";
export type { Difference } from "./experiment/compare.js";
export type { ExecuteOptions, ExecuteProgress, PartFailure } from "./experiment/execute.js";
export { pairedComparison, unpairedComparison, compareBySeed } from "./experiment/paired.js";
export type { Comparison } from "./experiment/paired.js";

// The model: initial networks and one replicate in this thread (netvalue/model).
export {
  GENERATOR_NAMES,
  generateNetwork,
  wattsStrogatz,
  barabasiAlbert,
  connectedCaveman,
  erdosRenyi,
  stochasticBlock,
  karateClub,
  KARATE_CLUB_NODES,
  florentineFamilies,
  empty,
  kleinbergGrid,
  kleinbergUndirected,
  simulateReplicate,
} from "./model/index.js";
export type {
  GeneratorName,
  GeneratorSpec,
  GeneratedNetwork,
  WattsStrogatzOptions,
  BarabasiAlbertOptions,
  ConnectedCavemanOptions,
  ErdosRenyiOptions,
  StochasticBlockOptions,
  KarateClubOptions,
  FlorentineFamiliesOptions,
  EmptyOptions,
  KleinbergGrid,
  KleinbergOptions,
  ReplicateHooks,
  ReplicateOutput,
  Observation,
  StrategyObservation,
  LayerObservation,
  SeparationObservation,
  SearchObservation,
  OpportunityRecord,
  AgentRecord,
} from "./model/index.js";

// Global sensitivity analysis (Morris, Sobol') and claims.
export * from "./sensitivity/index.js";

// Classic validation experiments (Watts–Strogatz 1998, Kleinberg 2000).
export { runValidation, loadValidation, validationFromObject, isValidationFile } from "./validation/index.js";

// Metrics on CSR graphs, independent of the model (netvalue/metrics).
export {
  csrFromEdges,
  csrFromGraph,
  edgeCount,
  degree,
  separation,
  chooseMethod,
  bfsDistances,
  bfsDistribution,
  msbfsDistribution,
  distanceStatistics,
  sampledDistribution,
  sampleSources,
  hyperAnf,
  countTriangles,
  clusteringStats,
  connectedComponents,
  degreeStats,
  structureSummary,
  greedyChain,
  attritionCorrectedMean,
  attritionCorrectedDistribution,
  decentralizedSearch,
  kleinbergSearch,
  torusDistance,
} from "./metrics/index.js";
export type {
  Csr,
  CsrBuildStats,
  SeparationMethod,
  SeparationOptions,
  SeparationResult,
  SeparationError,
  MsbfsOptions,
  MsbfsResult,
  DistanceDistribution,
  SeparationStatistics,
  SampleOptions,
  SampledDistribution,
  Interval,
  HyperAnfOptions,
  HyperAnfRun,
  TriangleCounts,
  ClusteringStats,
  Components,
  DegreeStats,
  StructureSummary,
  Chain,
  ChainOptions,
  ChainOutcome,
  SearchScore,
  SearchOptions,
  SearchResult,
} from "./metrics/index.js";

// Graph files and measuring them (netvalue/io).
export { readCsr, readGraphFile, measure, formatMeasurementTable, formatMeasurementJson, formatMeasurementCsv, headlineTable } from "./io/index.js";
export type { GraphReadResult, ReadGraphOptions, GraphFileFormat, MeasureOptions, Measurement } from "./io/index.js";

// Charts (netvalue/plot); vega loads on the first chart drawn.
export { plotResults } from "./plot/index.js";
export type { PlotFormat, PlotOptions, PlotResult, SkippedChart } from "./plot/index.js";

// Seeded randomness.
export { stream, streamFromKey, replicateSeed, replicateSeeds } from "./random/streams.js";
export type { Rng, StreamPurpose } from "./random/streams.js";
export { uniform, integer, bernoulli, choice, weightedIndex, weightedChoice, shuffle, permutation, normal, gamma, beta, poisson } from "./random/draw.js";

// Errors and version.
export { ScenarioError, InputError, ModelError, MetricError, formatIssue } from "./errors.js";
export type { Issue } from "./errors.js";
export { VERSION } from "./version.js";
