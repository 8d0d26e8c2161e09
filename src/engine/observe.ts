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
import { similarity } from "../model/interests.js";
import { layerCsr } from "./layers.js";
import { strategyRows } from "./outcomes.js";
import type { DunbarLayersObservation, LayerObservation, Observation, SearchObservation, SeparationObservation } from "../observation.js";

const louvain = cjsDefault(louvainModule);

export function observe(state: ModelState, scenario: Scenario, seed: number, step: number): Observation {
  const m = scenario.metrics;
  const wanted: Layer[] = [];
  for (const l of [...m.layers, ...(m.separation.enabled ? m.separation.layers : [])]) if (!wanted.includes(l)) wanted.push(l);
  const csrs = new Map<Layer, Csr>();
  const csrOf = (l: Layer) => {
    let c = csrs.get(l);
    if (!c) {
      c = layerCsr(state, l, m.trustThreshold);
      csrs.set(l, c);
    }
    return c;
  };
  const layers: LayerObservation[] = wanted.map((layer) => {
    const csr = csrOf(layer);
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
            }),
          )
        : null;
    return { layer, ...s, modularity: m.louvain ? modularity(csr, streamFromKey(`${key}:louvain`)) : null, separation: sep };
  });
  let search: SearchObservation | null = null;
  if (m.search.enabled && state.n >= 2) {
    const r = decentralizedSearch(
      csrOf("social"),
      { similarity: (node, target) => similarity(state.agents.interests, node, target) },
      { pairs: m.search.pairs, attrition: m.search.attrition, maxHops: m.search.maxHops },
      streamFromKey(`netvalue:${seed}:search:${step}`),
    );
    search = { pairs: r.chains, successRate: r.successRate, chainMeanHops: Number.isFinite(r.meanLength) ? r.meanLength : null };
  }
  return {
    step,
    strategies: strategyRows(state),
    layers,
    followReciprocity: followReciprocity(state),
    dunbarLayers: dunbarLayers(state, scenario.network.dunbar.layers.length),
    unfollowsStep: state.tallies.unfollowsThisStep,
    search,
  };
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
    const out = f.out[i] as Int32Array;
    const inn = f.in_[i] as Int32Array;
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
function dunbarLayers(state: ModelState, k: number): DunbarLayersObservation {
  const sum = new Array<number>(k).fill(0);
  const { ties } = state;
  for (let i = 0; i < state.n; i++) {
    const b = ties.base(i);
    const sizes = strengthLayers(ties.strength.subarray(b, b + (ties.count[i] as number)), k);
    for (let j = 0; j < k; j++) sum[j] = (sum[j] as number) + (sizes[j] as number);
  }
  const tiesMean = sum.map((v) => (state.n > 0 ? v / state.n : 0));
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
