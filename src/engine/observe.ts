/**
 * Step 8, observe (docs/ODD.md §3, §4): the observation of the model's state at a step.
 *
 * - per strategy and "all": trust outcomes and activity (outcomes.ts);
 * - per layer (metrics.layers ∪ metrics.separation.layers, in that order): structure
 *   (the metrics library's structureSummary), Louvain modularity when `metrics.louvain`, and separation
 *   through the metrics library when the layer is in `metrics.separation.layers`;
 * - follow reciprocity, Dunbar layers measured from tie strength, and Milgram-style search on the
 *   social layer (ties ∪ follows) with interest cosine as the guide.
 *
 * Every sampled metric draws from a stream keyed by (seed, step, layer), derived
 * fresh for each observation, so measuring never shifts the model's draws and one
 * layer's measurement never shifts another's.
 */
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";
import type { Layer } from "../scenario/schema.js";
import type { Scenario } from "../scenario/types.js";
import { streamFromKey } from "../random/streams.js";
import type { Csr } from "../graph/csr.js";
import { separation, type SeparationResult } from "../metrics/separation/index.js";
import { structureSummary, strengthLayers } from "../metrics/structure/index.js";
import { decentralizedSearch } from "../metrics/search/index.js";
import { cjsDefault } from "../model/network/internal.js";
import type { ModelState } from "../model/state.js";
import { similarity, type Interests } from "../model/interests.js";
import { layerCsr } from "./layers.js";
import { strategyRows } from "./outcomes.js";
import type { DunbarLayersObservation, LayerObservation, Observation, SearchObservation, SeparationObservation, StrategyObservation } from "../observation.js";

const louvain = cjsDefault(louvainModule);

/**
 * What an observation measures, taken from the model's state at its step: the rows
 * that need the live state (outcomes, follow reciprocity, unfollows) and fresh
 * copies of what the measurements read (the layer graphs in CSR, the ties'
 * strengths). It holds no reference into the state, so it can be measured later or
 * on another thread (observer-thread.ts) while the model steps on.
 */
export interface ObservationInput {
  readonly step: number;
  readonly strategies: readonly StrategyObservation[];
  readonly followReciprocity: number | null;
  readonly unfollowsStep: number;
  /** The wanted layers (metrics.layers ∪ separation layers, in that order) with their graphs. */
  readonly layers: readonly { readonly layer: Layer; readonly csr: Csr }[];
  /** The social layer for search when search runs and social is not among `layers`. */
  readonly social: Csr | null;
  /** Agent i's tie strengths are strengths[strengthOffsets[i] .. strengthOffsets[i + 1]). */
  readonly strengthOffsets: Uint32Array;
  readonly strengths: Float64Array;
}

/** Takes what an observation of `state` at `step` needs (see ObservationInput). */
export function takeObservation(state: ModelState, scenario: Scenario, step: number): ObservationInput {
  const m = scenario.metrics;
  const wanted: Layer[] = [];
  for (const l of [...m.layers, ...(m.separation.enabled ? m.separation.layers : [])]) if (!wanted.includes(l)) wanted.push(l);
  const layers = wanted.map((layer) => ({ layer, csr: layerCsr(state, layer, m.trustThreshold) }));
  const searched = m.search.enabled && state.n >= 2;
  const social = searched && !wanted.includes("social") ? layerCsr(state, "social", m.trustThreshold) : null;
  const { ties } = state;
  const strengthOffsets = new Uint32Array(state.n + 1);
  for (let i = 0; i < state.n; i++) strengthOffsets[i + 1] = (strengthOffsets[i] as number) + (ties.count[i] as number);
  const strengths = new Float64Array(strengthOffsets[state.n] as number);
  for (let i = 0; i < state.n; i++) {
    const b = ties.base(i);
    strengths.set(ties.strength.subarray(b, b + (ties.count[i] as number)), strengthOffsets[i] as number);
  }
  return {
    step,
    strategies: strategyRows(state),
    followReciprocity: followReciprocity(state),
    unfollowsStep: state.tallies.unfollowsThisStep,
    layers,
    social,
    strengthOffsets,
    strengths,
  };
}

/** Options of measureObservation. */
export interface MeasureOptions {
  /** Worker threads for separation (default: the metrics library's choice by graph size). */
  readonly separationThreads?: number;
}

/**
 * Measures a taken observation: per layer the structure, Louvain modularity and
 * separation, then search and the Dunbar layers. Depends only on its arguments, so
 * it gives the same observation on any thread.
 */
export function measureObservation(input: ObservationInput, scenario: Scenario, seed: number, interests: Interests, options: MeasureOptions = {}): Observation {
  const m = scenario.metrics;
  const { step } = input;
  const layers: LayerObservation[] = input.layers.map(({ layer, csr }) => {
    const sum = structureSummary(csr);
    const s = {
      nodes: sum.nodes,
      edges: sum.edges,
      degreeMean: sum.degree.mean,
      degreeMax: sum.degree.max,
      degreeGini: sum.degree.gini,
      giantShare: sum.giantShare,
      clustering: sum.averageClustering,
      transitivity: sum.transitivity,
    };
    const key = `netvalue:${seed}:sampling:${step}:${layer}`;
    const sep =
      m.separation.enabled && m.separation.layers.includes(layer)
        ? separationObservation(
            separation(csr, {
              method: m.separation.method,
              samples: m.separation.samples,
              registers: m.separation.registers,
              rng: streamFromKey(key),
              ...(options.separationThreads !== undefined ? { threads: options.separationThreads } : {}),
            }),
          )
        : null;
    return { layer, ...s, modularity: m.louvain ? modularity(csr, streamFromKey(`${key}:louvain`)) : null, separation: sep };
  });
  let search: SearchObservation | null = null;
  const social = input.social ?? input.layers.find((l) => l.layer === "social")?.csr;
  if (m.search.enabled && social && social.n >= 2) {
    const r = decentralizedSearch(
      social,
      { similarity: (node, target) => similarity(interests, node, target) },
      { pairs: m.search.pairs, attrition: m.search.attrition, maxHops: m.search.maxHops },
      streamFromKey(`netvalue:${seed}:search:${step}`),
    );
    search = { pairs: r.chains, successRate: r.successRate, chainMeanHops: Number.isFinite(r.meanLength) ? r.meanLength : null };
  }
  return {
    step,
    strategies: input.strategies,
    layers,
    followReciprocity: input.followReciprocity,
    dunbarLayers: dunbarLayers(input.strengthOffsets, input.strengths, scenario.network.dunbar.layers.length),
    unfollowsStep: input.unfollowsStep,
    search,
  };
}

/** The observation of `state` at `step`, on the calling thread. */
export function observe(state: ModelState, scenario: Scenario, seed: number, step: number): Observation {
  return measureObservation(takeObservation(state, scenario, step), scenario, seed, state.agents.interests);
}

function finite(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

function separationObservation(r: SeparationResult): SeparationObservation {
  const scale = r.distribution.sources > 0 ? r.nodes / r.distribution.sources : 0;
  let ci: readonly [number, number] | null = null;
  if (r.error.kind === "bootstrap") ci = r.error.meanDistance;
  else if (r.error.kind === "hyperloglog" && r.error.meanDistance) ci = r.error.meanDistance;
  const mean = finite(r.meanDistance);
  return {
    method: r.method,
    meanDistance: mean,
    intermediaries: finite(r.intermediaries),
    medianDistance: finite(r.medianDistance),
    medianDistanceOrdinary: finite(r.medianDistanceOrdinary),
    effectiveDiameter: finite(r.effectiveDiameter),
    globalEfficiency: finite(r.globalEfficiency),
    harmonicMeanDistance: finite(r.harmonicMeanDistance),
    diameter: mean === null ? null : r.diameter,
    diameterIsLowerBound: r.diameterIsLowerBound,
    reachablePairs: Number.isFinite(r.reachablePairShare) ? r.reachablePairShare : 0,
    meanDistanceCiLow: ci ? finite(ci[0]) : null,
    meanDistanceCiHigh: ci ? finite(ci[1]) : null,
    distribution: r.distribution.counts.map((c) => c * scale),
  };
}

/** Share of follows i → j for which j → i also exists; null without follows. */
function followReciprocity(state: ModelState): number | null {
  const f = state.follows;
  if (f.total === 0) return null;
  // i → j is returned when j is also among i's followers: intersect the two sorted lists.
  let mutual = 0;
  for (let i = 0; i < state.n; i++) {
    const out = f.outOf(i);
    const inn = f.inOf(i);
    const outLen = f.outLen[i] as number;
    const inLen = f.inLen[i] as number;
    for (let a = 0, b = 0; a < outLen && b < inLen; ) {
      const x = out[a] as number;
      const y = inn[b] as number;
      if (x === y) {
        mutual++;
        a++;
        b++;
      } else if (x < y) a++;
      else b++;
    }
  }
  return mutual / f.total;
}

/**
 * Dunbar layers measured from tie strength (strength-layers.ts): per agent, its ties
 * clustered by strength into k = `network.dunbar.layers.length` layers; the mean
 * cumulative size of each layer over all agents, and the ratio of each layer's mean
 * size to the previous one's (null when that is 0), to hold against the ≈ 3 of Zhou et
 * al. (2005).
 */
function dunbarLayers(offsets: Uint32Array, strengths: Float64Array, k: number): DunbarLayersObservation {
  const n = offsets.length - 1;
  const sum = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const sizes = strengthLayers(strengths.subarray(offsets[i] as number, offsets[i + 1] as number), k);
    for (let j = 0; j < k; j++) sum[j] = (sum[j] as number) + (sizes[j] as number);
  }
  const tiesMean = sum.map((v) => (n > 0 ? v / n : 0));
  const ratio = tiesMean.map((v, j) => (j === 0 ? null : (tiesMean[j - 1] as number) > 0 ? v / (tiesMean[j - 1] as number) : null)).slice(1);
  return { tiesMean, ratio };
}

/** Louvain modularity of a layer (graphology-communities-louvain, seeded). */
function modularity(csr: Csr, rng: () => number): number | null {
  if (csr.neighbors.length === 0) return null;
  const g = new UndirectedGraph();
  for (let u = 0; u < csr.n; u++) g.addNode(String(u));
  for (let u = 0; u < csr.n; u++) {
    for (let k = csr.offsets[u] as number; k < (csr.offsets[u + 1] as number); k++) {
      const v = csr.neighbors[k] as number;
      if (u < v) g.addEdge(String(u), String(v));
    }
  }
  return louvain.detailed(g, { rng }).modularity;
}
