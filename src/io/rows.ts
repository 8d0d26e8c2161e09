/**
 * Observations → CSV rows, with the fixed column order of README Outputs
 * ("run_id, replicate, seed, step, then parameters, then metrics"). Column names are
 * snake_case with units in the name where there is one; swept parameters keep their
 * scenario path (`network.followCap`) so a chart can map them back to the file.
 */
import type {
  AgentRecord,
  LayerObservation,
  Observation,
  OpportunityRecord,
  StrategyObservation,
  Stationarity,
} from "../observation.js";
import { HEADLINE_METRICS } from "../observation.js";
import type { Layer } from "../scenario/schema.js";
import type { Scenario } from "../scenario/types.js";
import type { CsvValue } from "./csv.js";

/** Identifies the rows of one replicate: its run id, index, seed and the cell's swept parameters. */
export interface RunKey {
  readonly runId: string;
  readonly replicate: number;
  readonly seed: number;
  readonly params: readonly (readonly [string, unknown])[];
}

export const KEY_COLUMNS = ["run_id", "replicate", "seed"] as const;

function keyValues(key: RunKey): CsvValue[] {
  return [key.runId, key.replicate, key.seed, ...key.params.map(([, v]) => paramValue(v))];
}

function paramValue(v: unknown): CsvValue {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

const STRATEGY_METRICS: readonly [string, (s: StrategyObservation) => CsvValue][] = [
  ["agents", (s) => s.agents],
  ["ties_mean", (s) => s.tiesMean],
  ["follows_mean", (s) => s.followsMean],
  ["followers_mean", (s) => s.followersMean],
  ["followers_median", (s) => s.followersMedian],
  ["trust_received_mean", (s) => s.trustReceivedMean],
  ["unmasked_share", (s) => s.unmaskedShare],
  ["time_to_unmask_median_steps", (s) => s.timeToUnmaskMedianSteps],
  ["distrusted_share", (s) => s.distrustedShare],
  ["time_to_distrust_median_steps", (s) => s.timeToDistrustMedianSteps],
  ["detections_received", (s) => s.detectionsReceived],
  ["opportunities_per_agent", (s) => s.opportunitiesPerAgent],
  ["opportunities_from_strangers_share", (s) => s.opportunitiesFromStrangersShare],
  ["opportunity_chain_mean_hops", (s) => s.opportunityChainMeanHops],
  ["opportunity_chain_weak_tie_share", (s) => s.opportunityChainWeakTieShare],
  ["opportunity_chain_strong_tie_share", (s) => s.opportunityChainStrongTieShare],
  ["value_received_mean", (s) => s.valueReceivedMean],
  ["posts_mean", (s) => s.postsMean],
  ["reshares_mean", (s) => s.resharesMean],
  ["unfollows_mean", (s) => s.unfollowsMean],
];

const LAYER_METRICS: readonly [string, (l: LayerObservation) => CsvValue][] = [
  ["edges", (l) => l.edges],
  ["degree_mean", (l) => l.degreeMean],
  ["degree_max", (l) => l.degreeMax],
  ["degree_gini", (l) => l.degreeGini],
  ["giant_share", (l) => l.giantShare],
  ["clustering", (l) => l.clustering],
  ["transitivity", (l) => l.transitivity],
  ["modularity", (l) => l.modularity],
  ["mean_distance_hops", (l) => l.separation?.meanDistance],
  ["mean_distance_ci_low_hops", (l) => l.separation?.meanDistanceCiLow],
  ["mean_distance_ci_high_hops", (l) => l.separation?.meanDistanceCiHigh],
  ["intermediaries", (l) => l.separation?.intermediaries],
  ["median_distance_hops", (l) => l.separation?.medianDistance],
  ["effective_diameter_hops", (l) => l.separation?.effectiveDiameter],
  ["diameter_hops", (l) => l.separation?.diameter],
  ["diameter_is_lower_bound", (l) => l.separation?.diameterIsLowerBound],
  ["reachable_pairs_share", (l) => l.separation?.reachablePairs],
  ["separation_method", (l) => l.separation?.method],
];

/** Network-wide columns of an observation (on the `all` row of the time series). */
function networkColumns(layers: readonly Layer[], dunbarLayers: readonly number[]): string[] {
  return [
    "follow_reciprocity",
    "unfollows_step",
    "search_success_rate",
    "search_chain_mean_hops",
    ...dunbarLayers.map((_, k) => `dunbar_layer_${k + 1}_ties_mean`),
    ...dunbarLayers.slice(1).map((_, k) => `dunbar_layer_ratio_${k + 2}`),
    ...layers.flatMap((layer) => LAYER_METRICS.map(([name]) => `${layer}_${name}`)),
  ];
}

function networkValues(o: Observation, layers: readonly Layer[]): CsvValue[] {
  const byLayer = new Map(o.layers.map((l) => [l.layer, l]));
  return [
    o.followReciprocity,
    o.unfollowsStep,
    o.search?.successRate,
    o.search?.chainMeanHops,
    ...o.dunbarLayers.tiesMean,
    ...o.dunbarLayers.ratio,
    ...layers.flatMap((layer) => {
      const l = byLayer.get(layer);
      return LAYER_METRICS.map(([, f]) => (l ? f(l) : null));
    }),
  ];
}

/** The shape of a scenario's tables: which layers, strategies and parameters appear. */
export interface TableShape {
  readonly paramPaths: readonly string[];
  readonly layers: readonly Layer[];
  readonly dunbarLayers: readonly number[];
  readonly strategies: readonly string[]; // without "all"
}

export function timeseriesColumns(shape: TableShape): string[] {
  return [
    ...KEY_COLUMNS,
    ...shape.paramPaths,
    "step",
    "strategy",
    ...STRATEGY_METRICS.map(([n]) => n),
    ...networkColumns(shape.layers, shape.dunbarLayers),
  ];
}

/** One row per strategy ("all" first); network-wide columns filled on the "all" row only. */
export function timeseriesRows(key: RunKey, o: Observation, shape: TableShape): CsvValue[][] {
  const blanks = networkColumns(shape.layers, shape.dunbarLayers).map(() => null);
  const net = networkValues(o, shape.layers);
  return o.strategies.map((s) => [
    ...keyValues(key),
    o.step,
    s.strategy,
    ...STRATEGY_METRICS.map(([, f]) => f(s)),
    ...(s.strategy === "all" ? net : blanks),
  ]);
}

/** summary.csv: one row per replicate, final values; strategy metrics prefixed by strategy name. */
export function summaryColumns(shape: TableShape): string[] {
  return [
    ...KEY_COLUMNS,
    ...shape.paramPaths,
    "steps",
    "stationary_step",
    ...HEADLINE_METRICS.map((m) => `stationary_step_${m}`),
    ...["all", ...shape.strategies].flatMap((s) => STRATEGY_METRICS.map(([n]) => `${s}_${n}`)),
    ...networkColumns(shape.layers, shape.dunbarLayers),
  ];
}

/** `stationary` is the replicate's MSER-5 verdict (engine/stationarity.ts); null cells are empty. */
export function summaryRow(key: RunKey, final: Observation, shape: TableShape, stationary: Stationarity): CsvValue[] {
  const byName = new Map(final.strategies.map((s) => [s.strategy, s]));
  return [
    ...keyValues(key),
    final.step,
    stationary.step,
    ...HEADLINE_METRICS.map((m) => stationary.byMetric[m]),
    ...["all", ...shape.strategies].flatMap((name) => {
      const s = byName.get(name);
      return STRATEGY_METRICS.map(([, f]) => (s ? f(s) : null));
    }),
    ...networkValues(final, shape.layers),
  ];
}

export function distancesColumns(shape: TableShape): string[] {
  return [...KEY_COLUMNS, ...shape.paramPaths, "step", "layer", "method", "distance_hops", "pairs"];
}

/** distances.csv: the final distance distribution of each layer, one row per hop count ≥ 1. */
export function distancesRows(key: RunKey, final: Observation): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const l of final.layers) {
    const sep = l.separation;
    if (!sep) continue;
    for (let h = 1; h < sep.distribution.length; h++) {
      rows.push([...keyValues(key), final.step, l.layer, sep.method, h, sep.distribution[h] as number]);
    }
  }
  return rows;
}

export function opportunitiesColumns(shape: TableShape): string[] {
  return [
    ...KEY_COLUMNS,
    ...shape.paramPaths,
    "step",
    "originator",
    "topic",
    "recipient",
    "recipient_strategy",
    "chain_length_hops",
    "weak_tie_hops",
    "stranger",
    "outcome",
  ];
}

export function opportunityRow(key: RunKey, r: OpportunityRecord): CsvValue[] {
  return [...keyValues(key), r.step, r.originator, r.topic, r.recipient, r.recipientStrategy, r.chainLength, r.weakHops, r.stranger, r.outcome];
}

export function agentsColumns(shape: TableShape): string[] {
  return [
    ...KEY_COLUMNS,
    ...shape.paramPaths,
    "agent_id",
    "strategy",
    "community",
    "quality",
    "topics",
    "ties",
    "ties_initial",
    "ties_event",
    "ties_introduction",
    "follows",
    "followers",
    "trust_received",
    "unmasked_step",
    "distrusted_step",
    "detections",
    "opportunities_received",
    "opportunities_from_strangers",
    "value_received",
    "posts",
    "reshares",
  ];
}

export function agentRow(key: RunKey, a: AgentRecord): CsvValue[] {
  return [
    ...keyValues(key),
    a.id,
    a.strategy,
    a.community,
    a.quality,
    a.topics,
    a.ties,
    a.tiesInitial,
    a.tiesEvent,
    a.tiesIntroduction,
    a.follows,
    a.followers,
    a.trustReceived,
    a.unmaskedStep,
    a.distrustedStep,
    a.detections,
    a.opportunitiesReceived,
    a.opportunitiesFromStrangers,
    a.valueReceived,
    a.posts,
    a.reshares,
  ];
}

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
