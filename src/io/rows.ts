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
import { UNBOUNDED, type ValueRange } from "./value-range.js";
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

/**
 * How a column's value relates to time (the `kind` of columns.csv): a state at the observed
 * step, a per-agent quantity accumulated since step 0, a sum accumulated since step 0, what
 * happened within one step or to one record, or a key identifying the row.
 */
export type ColumnKind = "key" | "point-in-time" | "cumulative" | "running total" | "per-step" | "per-record";

/** A column's entry in the codebook (columns.csv), declared beside the function that writes it. */
export interface ColumnDoc {
  readonly name: string;
  readonly unit: string;
  readonly kind: ColumnKind;
  readonly definition: string;
}

/** A column: its codebook entry and how its value is read from `T`. */
export interface Column<T> extends ColumnDoc {
  readonly value: (x: T) => CsvValue;
}

function col<T>(name: string, unit: string, kind: ColumnKind, definition: string, value: (x: T) => CsvValue): Column<T> {
  return { name, unit, kind, definition, value };
}

/** The agents a strategy row describes; summary.csv's prefixed columns name the strategy instead. */
const S = "of the row's strategy (every agent on the `all` row)";

export const STRATEGY_METRICS: readonly Column<StrategyObservation>[] = [
  col("agents", "agents", "point-in-time", `number of agents ${S}`, (s) => s.agents),
  col("ties_mean", "ties per agent", "point-in-time", `mean number of stable ties of the agents ${S}`, (s) => s.tiesMean),
  col("follows_mean", "follows per agent", "point-in-time", `mean number of accounts followed by the agents ${S}`, (s) => s.followsMean),
  col("followers_mean", "followers per agent", "point-in-time", `mean number of followers of the agents ${S}`, (s) => s.followersMean),
  col("followers_median", "followers", "point-in-time", `median number of followers of the agents ${S}`, (s) => s.followersMedian),
  col("trust_received_mean", "trust (0–1)", "point-in-time", `mean, over the agents ${S} that have at least one tie, of the mean trust their ties place in them; empty when none has ties`, (s) => s.trustReceivedMean),
  col("unmasked_share", "share (0–1)", "cumulative", `share of the agents ${S} unmasked at or before this step (once unmasked, always unmasked)`, (s) => s.unmaskedShare),
  col("time_to_unmask_median_steps", "steps", "cumulative", `median, over the agents ${S} unmasked so far, of the step at which each was unmasked; agents not (yet) unmasked are left out, so read it with unmasked_share; empty when none is`, (s) => s.timeToUnmaskMedianSteps),
  col("distrusted_share", "share (0–1)", "cumulative", `share of the agents ${S} distrusted at or before this step (from the first step the mean trust their ties place in them fell below mechanisms.trust.distrusted)`, (s) => s.distrustedShare),
  col("time_to_distrust_median_steps", "steps", "cumulative", `median, over the agents ${S} distrusted so far, of the step at which each was first distrusted; agents not (yet) distrusted are left out, so read it with distrusted_share; empty when none is`, (s) => s.timeToDistrustMedianSteps),
  col("detections_received", "detections", "running total", `number of detections of acts by the agents ${S}, summed since step 0 (a count for the whole group, not a mean per agent)`, (s) => s.detectionsReceived),
  col("opportunities_per_agent", "opportunities per agent", "cumulative", `opportunities received since step 0 by the agents ${S}, divided by their number`, (s) => s.opportunitiesPerAgent),
  col("opportunities_from_strangers_share", "share (0–1)", "cumulative", `share of the opportunities received since step 0 by the agents ${S} that came from an originator with no tie and no follow to the recipient; empty when none received`, (s) => s.opportunitiesFromStrangersShare),
  col("opportunity_chain_mean_hops", "hops", "cumulative", `mean chain length of the opportunities received since step 0 by the agents ${S}; empty when none received`, (s) => s.opportunityChainMeanHops),
  col("opportunity_chain_weak_tie_share", "share (0–1)", "cumulative", `share of the hops of the opportunities received since step 0 by the agents ${S} that went over a weak tie (below metrics.weakTieBelow) or a follow without a tie; empty without hops`, (s) => s.opportunityChainWeakTieShare),
  col("opportunity_chain_strong_tie_share", "share (0–1)", "cumulative", `1 − opportunity_chain_weak_tie_share: the share of those hops over strong ties; empty without hops`, (s) => s.opportunityChainStrongTieShare),
  col("value_received_mean", "relevance units per agent", "cumulative", `sum since step 0 of the value of each distinct post read (the reader's weight on the post's topic × the post's quality, each in 0–1), averaged over the agents ${S}`, (s) => s.valueReceivedMean),
  col("posts_mean", "posts per agent", "cumulative", `posts made since step 0, per agent ${S}`, (s) => s.postsMean),
  col("reshares_mean", "reshares per agent", "cumulative", `reshares made since step 0, per agent ${S}`, (s) => s.resharesMean),
  col("unfollows_mean", "unfollows per agent", "cumulative", `follows ended since step 0 (by the unfollow rules and the follow cap), per agent ${S}`, (s) => s.unfollowsMean),
];

export const LAYER_METRICS: readonly Column<LayerObservation>[] = [
  col("edges", "edges", "point-in-time", "number of undirected edges in the layer", (l) => l.edges),
  col("degree_mean", "edges per node", "point-in-time", "mean degree (2 × edges / nodes)", (l) => l.degreeMean),
  col("degree_max", "edges", "point-in-time", "largest degree of a node", (l) => l.degreeMax),
  col("degree_gini", "index (0–1)", "point-in-time", "Gini coefficient of the degrees", (l) => l.degreeGini),
  col("giant_share", "share (0–1)", "point-in-time", "share of nodes in the largest connected component", (l) => l.giantShare),
  col("clustering", "coefficient (0–1)", "point-in-time", "average local clustering; nodes of degree < 2 count 0 (networkx, SNAP)", (l) => l.clustering),
  col("transitivity", "coefficient (0–1)", "point-in-time", "global transitivity: 3 × triangles / connected triples", (l) => l.transitivity),
  col("modularity", "index", "point-in-time", "modularity of the Louvain partition; empty unless metrics.louvain", (l) => l.modularity),
  col("mean_distance_hops", "hops", "point-in-time", "mean shortest-path distance over reachable ordered pairs; empty when no pair is reachable", (l) => l.separation?.meanDistance),
  col("mean_distance_ci_low_hops", "hops", "point-in-time", "lower end of the 95% interval of mean_distance_hops when sampled (bootstrap over sources), error bound when hyperanf; empty when exact", (l) => l.separation?.meanDistanceCiLow),
  col("mean_distance_ci_high_hops", "hops", "point-in-time", "upper end of the interval of mean_distance_hops (see the low end)", (l) => l.separation?.meanDistanceCiHigh),
  col("intermediaries", "agents", "point-in-time", "mean_distance_hops − 1 (Backstrom et al. 2012)", (l) => l.separation?.intermediaries),
  col("median_distance_hops", "hops", "point-in-time", "median distance with SNAP's interpolation (each source counted at distance 0, so it can fall below 1)", (l) => l.separation?.medianDistance),
  col("median_distance_ordinary_hops", "hops", "point-in-time", "the ordinary median distance over reachable ordered pairs (a single edge: 1)", (l) => l.separation?.medianDistanceOrdinary),
  col("effective_diameter_hops", "hops", "point-in-time", "90% effective diameter with SNAP's interpolation", (l) => l.separation?.effectiveDiameter),
  col("global_efficiency", "1/hops (0–1)", "point-in-time", "mean of 1/distance over all ordered pairs, unreachable pairs counting 0 (Latora & Marchiori 2001; networkx global_efficiency): defined on fragmented layers", (l) => l.separation?.globalEfficiency),
  col("harmonic_mean_distance_hops", "hops", "point-in-time", "1 / global_efficiency: the harmonic mean distance over all ordered pairs (infinite, so empty, when no pair is reachable)", (l) => l.separation?.harmonicMeanDistance),
  col("diameter_hops", "hops", "point-in-time", "largest finite distance (a lower bound when diameter_is_lower_bound)", (l) => l.separation?.diameter),
  col("diameter_is_lower_bound", "boolean", "point-in-time", "true when the diameter comes from sampled sources or HyperANF", (l) => l.separation?.diameterIsLowerBound),
  col("reachable_pairs_share", "share (0–1)", "point-in-time", "share of ordered pairs (i ≠ j) connected by a path", (l) => l.separation?.reachablePairs),
  col("separation_method", "label", "point-in-time", "how distances were computed: exact, sample or hyperanf", (l) => l.separation?.method),
];

/** Network-wide columns that are not per layer, on the `all` row of the time series. */
const NETWORK_METRICS: readonly Column<Observation>[] = [
  col("follow_reciprocity", "share (0–1)", "point-in-time", "share of follows that are reciprocated; empty without follows", (o) => o.followReciprocity),
  col("unfollows_step", "unfollows", "per-step", "follows ended in the observed step, by all agents", (o) => o.unfollowsStep),
  col("search_success_rate", "share (0–1)", "per-step", "share of the decentralized-search pairs tried at this observation whose chain reached its target", (o) => o.search?.successRate),
  col("search_chain_mean_hops", "hops", "per-step", "mean length of the successful search chains at this observation; empty when none succeeded", (o) => o.search?.chainMeanHops),
];

/** Dunbar layer k (1 = innermost), clustered from each agent's tie strengths (metrics/structure/strength-layers.ts). */
function dunbarColumn(k: number): Column<Observation> {
  return col(
    `dunbar_layer_${k}_ties_mean`,
    "ties per agent",
    "point-in-time",
    `mean cumulative size of Dunbar layers 1..${k} (innermost first), clustered from each agent's tie strengths, over all agents; the last layer's is the mean tie count`,
    (o) => o.dunbarLayers.tiesMean[k - 1] ?? null,
  );
}

/** The ratio of Dunbar layer k's cumulative size to layer k − 1's. */
function dunbarRatioColumn(k: number): Column<Observation> {
  return col(
    `dunbar_layer_ratio_${k}`,
    "ratio",
    "point-in-time",
    `dunbar_layer_${k}_ties_mean / dunbar_layer_${k - 1}_ties_mean (Dunbar's scaling ratio, about 3); empty when the inner layer is empty on average`,
    (o) => o.dunbarLayers.ratio[k - 2] ?? null,
  );
}

function layerColumn(layer: Layer, c: Column<LayerObservation>): Column<Observation> {
  return col(`${layer}_${c.name}`, c.unit, c.kind, `${layer} layer: ${c.definition}`, (o) => {
    const l = o.layers.find((x) => x.layer === layer);
    return l ? c.value(l) : null;
  });
}

/**
 * The values a column's quantity can take, from its unit: a share, trust, coefficient or
 * other "(0–1)" quantity lies in [0, 1]; modularity (unit "index") in [−1/2, 1]; every
 * other numeric column of ours (counts, hops, steps, means of them) is ≥ 0.
 */
export function unitRange(unit: string): ValueRange {
  if (unit.includes("0–1")) return { min: 0, max: 1 };
  if (unit === "index") return { min: -0.5, max: 1 };
  return { min: 0, max: Number.POSITIVE_INFINITY };
}

const RANGED: readonly ColumnDoc[] = [...STRATEGY_METRICS, ...LAYER_METRICS, ...NETWORK_METRICS];

/**
 * The range of a time series or summary column (`trust_received_mean`,
 * `opportunistic_unmasked_share`, `social_mean_distance_hops`, `dunbar_layer_5_ties_mean`);
 * unbounded for a name that is none of ours.
 */
export function metricRange(column: string): ValueRange {
  if (/^dunbar_layer_(ratio_)?\d+(_ties_mean)?$/.test(column)) return unitRange("ties per agent");
  for (const c of RANGED) if (column === c.name || column.endsWith(`_${c.name}`)) return unitRange(c.unit);
  return UNBOUNDED;
}

/** Network-wide columns of an observation (on the `all` row of the time series). */
function networkColumns(layers: readonly Layer[], dunbarLayers: readonly number[]): Column<Observation>[] {
  return [
    ...NETWORK_METRICS,
    ...dunbarLayers.map((_, k) => dunbarColumn(k + 1)),
    ...dunbarLayers.slice(1).map((_, k) => dunbarRatioColumn(k + 2)),
    ...layers.flatMap((layer) => LAYER_METRICS.map((c) => layerColumn(layer, c))),
  ];
}

/** The shape of a scenario's tables: which layers, strategies and parameters appear. */
export interface TableShape {
  readonly paramPaths: readonly string[];
  readonly layers: readonly Layer[];
  readonly dunbarLayers: readonly number[];
  readonly strategies: readonly string[]; // without "all"
}

/** A codebook entry (columns.csv row) for a column. */
export function doc(name: string, unit: string, kind: ColumnKind, definition: string): ColumnDoc {
  return { name, unit, kind, definition };
}

/** run_id, replicate, seed and the swept parameters: the first columns of every table. */
function keyDocs(shape: TableShape): ColumnDoc[] {
  return [
    doc("run_id", "label", "key", "the run: scenario name, and cell id in a sweep"),
    doc("replicate", "index", "key", "replicate number, from 0"),
    doc("seed", "integer", "key", "the replicate's master seed; every random stream derives from it"),
    ...shape.paramPaths.map((p) => doc(p, "as in the scenario", "key", `swept parameter ${p} (scenario path) of this cell`)),
  ];
}

const STEP = doc("step", "steps", "key", "the observed step (0 = the initial state; one step is one day)");
const STRATEGY = doc("strategy", "label", "key", "the strategy whose agents the row describes, or `all` for every agent");

export function timeseriesDocs(shape: TableShape): ColumnDoc[] {
  return [...keyDocs(shape), STEP, STRATEGY, ...STRATEGY_METRICS, ...networkColumns(shape.layers, shape.dunbarLayers)];
}

export function timeseriesColumns(shape: TableShape): string[] {
  return timeseriesDocs(shape).map((c) => c.name);
}

/** One row per strategy ("all" first); network-wide columns filled on the "all" row only. */
export function timeseriesRows(key: RunKey, o: Observation, shape: TableShape): CsvValue[][] {
  const network = networkColumns(shape.layers, shape.dunbarLayers);
  const blanks = network.map(() => null);
  const net = network.map((c) => c.value(o));
  return o.strategies.map((s) => [
    ...keyValues(key),
    o.step,
    s.strategy,
    ...STRATEGY_METRICS.map((c) => c.value(s)),
    ...(s.strategy === "all" ? net : blanks),
  ]);
}

/**
 * timeseries-long.csv: the time series in long (tidy) form, one row per replicate × step ×
 * strategy × layer × metric with a numeric value; `layer` is empty for metrics that are
 * not per layer, and network-wide metrics have strategy `all`. Empty and non-numeric
 * values (separation_method, diameter_is_lower_bound) are left out.
 */
export function timeseriesLongDocs(shape: TableShape): ColumnDoc[] {
  return [
    ...keyDocs(shape),
    STEP,
    STRATEGY,
    doc("layer", "label", "key", "the network layer (ties, social, trusted) of a per-layer metric; empty otherwise"),
    doc("metric", "label", "key", "a timeseries.csv column name, without the layer prefix (its unit, kind and definition are that column's)"),
    doc("value", "the metric's unit", "point-in-time", "the metric's value (the kind is the metric's own)"),
  ];
}

export function timeseriesLongColumns(shape: TableShape): string[] {
  return timeseriesLongDocs(shape).map((c) => c.name);
}

export function timeseriesLongRows(key: RunKey, o: Observation, shape: TableShape): CsvValue[][] {
  const rows: CsvValue[][] = [];
  const k = keyValues(key);
  const push = (strategy: string, layer: string, metric: string, v: CsvValue): void => {
    if (typeof v === "number") rows.push([...k, o.step, strategy, layer, metric, v]);
  };
  for (const s of o.strategies) for (const c of STRATEGY_METRICS) push(s.strategy, "", c.name, c.value(s));
  for (const c of NETWORK_METRICS) push("all", "", c.name, c.value(o));
  shape.dunbarLayers.forEach((_, i) => push("all", "", `dunbar_layer_${i + 1}_ties_mean`, o.dunbarLayers.tiesMean[i] ?? null));
  shape.dunbarLayers.slice(1).forEach((_, i) => push("all", "", `dunbar_layer_ratio_${i + 2}`, o.dunbarLayers.ratio[i] ?? null));
  for (const layer of shape.layers) {
    const l = o.layers.find((x) => x.layer === layer);
    if (l) for (const c of LAYER_METRICS) push("all", layer, c.name, c.value(l));
  }
  return rows;
}

function prefixed(strategy: string, c: ColumnDoc): ColumnDoc {
  return doc(`${strategy}_${c.name}`, c.unit, c.kind, c.definition.replace(S, strategy === "all" ? "(all agents)" : `with strategy ${strategy}`));
}

/** summary.csv: one row per replicate, final values; strategy metrics prefixed by strategy name. */
export function summaryDocs(shape: TableShape): ColumnDoc[] {
  return [
    ...keyDocs(shape),
    doc("steps", "steps", "key", "the final step of the replicate (the values are those observed at it)"),
    doc("stationary_step", "steps", "point-in-time", "MSER-5 truncation step: the latest over the headline metrics judged (engine/stationarity.ts); empty when one never settles"),
    ...HEADLINE_METRICS.map((m) => doc(`stationary_step_${m}`, "steps", "point-in-time", `MSER-5 truncation step of the ${m} series; empty when not stationary or not judged`)),
    ...["all", ...shape.strategies].flatMap((s) => STRATEGY_METRICS.map((c) => prefixed(s, c))),
    ...networkColumns(shape.layers, shape.dunbarLayers),
  ];
}

export function summaryColumns(shape: TableShape): string[] {
  return summaryDocs(shape).map((c) => c.name);
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
      return STRATEGY_METRICS.map((c) => (s ? c.value(s) : null));
    }),
    ...networkColumns(shape.layers, shape.dunbarLayers).map((c) => c.value(final)),
  ];
}

export function distancesDocs(shape: TableShape): ColumnDoc[] {
  return [
    ...keyDocs(shape),
    doc("step", "steps", "key", "the final step of the replicate"),
    doc("layer", "label", "key", "the network layer: ties, social or trusted"),
    doc("method", "label", "point-in-time", "how distances were computed: exact, sample or hyperanf"),
    doc("distance_hops", "hops", "key", "a distance h ≥ 1"),
    doc("pairs", "ordered pairs", "point-in-time", "number of ordered pairs at distance h (estimated when the method is not exact)"),
  ];
}

export function distancesColumns(shape: TableShape): string[] {
  return distancesDocs(shape).map((c) => c.name);
}

/** distances.csv: the final distance distribution of each layer, one row per hop count ≥ 1. */
export function distancesRows(key: RunKey, final: Observation): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const l of final.layers) {
    const sep = l.separation;
    if (!sep) continue;
    // Hop 0 (the sources themselves) is not a distance: rows start at h = 1.
    sep.distribution.forEach((pairs, h) => {
      if (h >= 1) rows.push([...keyValues(key), final.step, l.layer, sep.method, h, pairs]);
    });
  }
  return rows;
}

const OPPORTUNITY_COLUMNS: readonly Column<OpportunityRecord>[] = [
  col("step", "steps", "key", "the step at which the opportunity ended", (r) => r.step),
  col("originator", "agent id", "per-record", "the agent whose opportunity it is", (r) => r.originator),
  col("topic", "topic id", "per-record", "the opportunity's topic", (r) => r.topic),
  col("recipient", "agent id", "per-record", "the agent who took it; empty when lost", (r) => r.recipient),
  col("recipient_strategy", "label", "per-record", "the recipient's strategy; empty when lost", (r) => r.recipientStrategy),
  col("chain_length_hops", "hops", "per-record", "hops travelled from the originator", (r) => r.chainLength),
  col("weak_tie_hops", "hops", "per-record", "of those, hops over a weak tie (below metrics.weakTieBelow) or a follow without a tie", (r) => r.weakHops),
  col("stranger", "boolean", "per-record", "the recipient had no tie and no follow with the originator when the opportunity started; empty when lost", (r) => r.stranger),
  col("outcome", "label", "per-record", "how it ended: taken, attrition, max-hops or dead-end", (r) => r.outcome),
];

export function opportunitiesDocs(shape: TableShape): ColumnDoc[] {
  return [...keyDocs(shape), ...OPPORTUNITY_COLUMNS];
}

export function opportunitiesColumns(shape: TableShape): string[] {
  return opportunitiesDocs(shape).map((c) => c.name);
}

export function opportunityRow(key: RunKey, r: OpportunityRecord): CsvValue[] {
  return [...keyValues(key), ...OPPORTUNITY_COLUMNS.map((c) => c.value(r))];
}

const AGENT_COLUMNS: readonly Column<AgentRecord>[] = [
  col("agent_id", "agent id", "key", "the agent (index 0 … n − 1)", (a) => a.id),
  col("strategy", "label", "point-in-time", "the agent's strategy", (a) => a.strategy),
  col("community", "community id", "point-in-time", "the community the agent was placed in", (a) => a.community),
  col("quality", "quality (0–1)", "point-in-time", "the agent's quality", (a) => a.quality),
  col("topics", "topic:weight list", "point-in-time", "the agent's topics and weights, e.g. 3:0.8|7:0.6", (a) => a.topics),
  col("ties", "ties", "point-in-time", "stable ties at the end", (a) => a.ties),
  col("ties_initial", "ties", "point-in-time", "stable ties at the end that come from the initial network", (a) => a.tiesInitial),
  col("ties_event", "ties", "point-in-time", "stable ties at the end that were made at events", (a) => a.tiesEvent),
  col("ties_introduction", "ties", "point-in-time", "stable ties at the end that were made by introductions", (a) => a.tiesIntroduction),
  col("follows", "accounts", "point-in-time", "accounts the agent follows at the end", (a) => a.follows),
  col("followers", "accounts", "point-in-time", "accounts following the agent at the end", (a) => a.followers),
  col("trust_received", "trust (0–1)", "point-in-time", "mean trust the agent's ties place in it; empty without ties", (a) => a.trustReceived),
  col("unmasked_step", "steps", "point-in-time", "the step the agent was unmasked; empty when never", (a) => a.unmaskedStep),
  col("distrusted_step", "steps", "point-in-time", "the first step the mean trust its ties place in it fell below mechanisms.trust.distrusted; empty when never", (a) => a.distrustedStep),
  col("detections", "detections", "running total", "detections of the agent's acts since step 0", (a) => a.detections),
  col("opportunities_received", "opportunities", "running total", "opportunities the agent received since step 0", (a) => a.opportunitiesReceived),
  col("opportunities_from_strangers", "opportunities", "running total", "of those, the ones from an originator with no tie and no follow to the agent", (a) => a.opportunitiesFromStrangers),
  col("value_received", "relevance units", "running total", "sum since step 0 of the value of each distinct post the agent read (its weight on the post's topic × the post's quality, each in 0–1)", (a) => a.valueReceived),
  col("posts", "posts", "running total", "posts the agent made since step 0", (a) => a.posts),
  col("reshares", "reshares", "running total", "reshares the agent made since step 0", (a) => a.reshares),
];

export function agentsDocs(shape: TableShape): ColumnDoc[] {
  return [...keyDocs(shape), ...AGENT_COLUMNS];
}

export function agentsColumns(shape: TableShape): string[] {
  return agentsDocs(shape).map((c) => c.name);
}

export function agentRow(key: RunKey, a: AgentRecord): CsvValue[] {
  return [...keyValues(key), ...AGENT_COLUMNS.map((c) => c.value(a))];
}
