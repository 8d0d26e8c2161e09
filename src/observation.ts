/**
 * What the engine hands to the writers: observations at the collection period and
 * at the end, per-agent final state, and every opportunity. Plain data only; the
 * io/ writers turn these into the CSV files of README Outputs.
 */
import type { Layer } from "./scenario/schema.js";

/** Trust outcomes and activity of one strategy (or "all") at one step (docs/ODD.md §4 observation: outcomes). */
export interface StrategyObservation {
  readonly strategy: string; // a strategy name, or "all"
  readonly agents: number;
  readonly tiesMean: number; // stable ties per agent
  readonly followsMean: number; // follows made per agent
  readonly followersMean: number;
  readonly followersMedian: number;
  readonly trustReceivedMean: number | null; // mean over agents with ties of the mean trust their ties place in them; null when none has ties
  readonly unmaskedShare: number; // share of agents unmasked (detected deception known to half their ties) so far
  readonly timeToUnmaskMedianSteps: number | null; // median over unmasked agents; null when none
  readonly distrustedShare: number; // share of agents distrusted (mean trust received below the threshold) so far
  readonly timeToDistrustMedianSteps: number | null; // median over distrusted agents; null when none
  readonly detectionsReceived: number; // total detections of these agents' acts so far
  readonly opportunitiesPerAgent: number; // received so far, per agent
  readonly opportunitiesFromStrangersShare: number | null; // null when none received
  readonly opportunityChainMeanHops: number | null; // mean chain length of received opportunities
  readonly opportunityChainWeakTieShare: number | null; // share of their hops over weak ties; null without hops
  readonly opportunityChainStrongTieShare: number | null; // share over strong ties (1 − weak); null without hops
  readonly valueReceivedMean: number; // sum of relevance of content read, per agent, so far
  readonly postsMean: number; // posts made per agent so far
  readonly resharesMean: number; // reshares made per agent so far
  readonly unfollowsMean: number; // follows ended per agent so far (unfollow rules and the follow cap)
}

/** Separation on one layer (docs/ODD.md §4 observation: separation). Distances in hops over reachable ordered pairs. */
export interface SeparationObservation {
  readonly method: string; // exact | sample | hyperanf
  readonly meanDistance: number | null; // null when no pair is reachable
  readonly intermediaries: number | null; // meanDistance − 1
  readonly medianDistance: number | null; // SNAP interpolation (zero-hop pairs included)
  readonly medianDistanceOrdinary: number | null; // the ordinary median over reachable pairs
  readonly effectiveDiameter: number | null; // 90th percentile, SNAP interpolation
  readonly globalEfficiency: number | null; // mean of 1/d over all ordered pairs (unreachable: 0)
  readonly harmonicMeanDistance: number | null; // 1 / globalEfficiency; null when nothing is reachable
  readonly diameter: number | null;
  readonly diameterIsLowerBound: boolean;
  readonly reachablePairs: number; // share of ordered pairs (i ≠ j) connected
  readonly meanDistanceCiLow: number | null; // 95% CI when sampled; error bound when hyperanf
  readonly meanDistanceCiHigh: number | null;
  /** distribution[h] = ordered pairs at h hops (h ≥ 1; index 0 is 0); estimated when not exact. */
  readonly distribution: readonly number[];
}

/** Structure of one layer (docs/ODD.md §4 observation: structure). */
export interface LayerObservation {
  readonly layer: Layer;
  readonly nodes: number;
  readonly edges: number;
  readonly degreeMean: number;
  readonly degreeMax: number;
  readonly degreeGini: number;
  readonly giantShare: number;
  readonly clustering: number; // average local clustering, degree < 2 counts 0
  readonly transitivity: number;
  readonly modularity: number | null; // Louvain, when metrics.louvain
  readonly separation: SeparationObservation | null; // null when this layer's separation is not requested
}

/** Dunbar layers clustered from each agent's tie strengths (metrics/structure/strength-layers.ts). */
export interface DunbarLayersObservation {
  /** Mean cumulative size of layers 1..k (innermost first) over all agents; the last is the mean tie count. */
  readonly tiesMean: readonly number[];
  /** tiesMean[j] / tiesMean[j − 1] for j = 2..k (null when the inner layer is empty on average). */
  readonly ratio: readonly (number | null)[];
}

export interface SearchObservation {
  readonly pairs: number;
  readonly successRate: number;
  readonly chainMeanHops: number | null; // mean length of successful chains
}

export interface Observation {
  readonly step: number;
  readonly strategies: readonly StrategyObservation[]; // "all" first, then strategies by name
  readonly layers: readonly LayerObservation[]; // in metrics.layers order (∪ separation layers)
  readonly followReciprocity: number | null; // share of follows that are reciprocated; null without follows
  /** Dunbar layers measured from tie strength (docs/MODEL.md §5 Observations). */
  readonly dunbarLayers: DunbarLayersObservation;
  readonly unfollowsStep: number; // follows ended in the observed step, by all agents
  readonly search: SearchObservation | null;
}

/** One opportunity, as it ended. */
export interface OpportunityRecord {
  readonly step: number;
  readonly originator: number;
  readonly topic: number;
  readonly recipient: number | null; // null when lost
  readonly recipientStrategy: string | null;
  readonly chainLength: number; // hops travelled
  readonly weakHops: number; // of which over weak ties (below metrics.weakTieBelow, or a follow only)
  readonly stranger: boolean | null; // recipient had no tie and no follow with the originator at the start
  readonly outcome: "taken" | "attrition" | "max-hops" | "dead-end";
}

/** One agent at the end of a replicate. */
export interface AgentRecord {
  readonly id: number;
  readonly strategy: string;
  readonly community: number;
  readonly quality: number;
  readonly topics: string; // e.g. "3:0.8|7:0.6" (topic:weight)
  readonly ties: number;
  readonly tiesInitial: number; // ties by origin: from the initial network,
  readonly tiesEvent: number; // made at events,
  readonly tiesIntroduction: number; // made by introductions
  readonly follows: number;
  readonly followers: number;
  readonly trustReceived: number | null; // mean trust its ties place in it; null without ties
  readonly unmaskedStep: number | null;
  readonly distrustedStep: number | null;
  readonly detections: number;
  readonly opportunitiesReceived: number;
  readonly opportunitiesFromStrangers: number;
  readonly valueReceived: number;
  readonly posts: number;
  readonly reshares: number;
}

/** Everything one replicate produces. */
export interface ReplicateResult {
  readonly seed: number;
  readonly observations: readonly Observation[];
  readonly agents: readonly AgentRecord[];
  readonly opportunities: readonly OpportunityRecord[];
  /** The final network as a graphology graph, when asked for (output.graph). */
  readonly graph?: unknown;
}

/** The metrics whose series decide stationarity, in summary.csv column order. */
export const HEADLINE_METRICS = ["ties", "trust", "follows"] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

export interface Stationarity {
  /** The latest truncation step over the metrics judged; null when one of them never settles. */
  readonly step: number | null;
  /** Each metric's truncation step (null: not stationary or not judged). */
  readonly byMetric: Readonly<Record<HeadlineMetric, number | null>>;
}
