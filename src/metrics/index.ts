/**
 * The package subpath `netvalue/metrics`: graph metrics on CSR graphs (separation,
 * structure, decentralized search). They take a graph and return numbers; they know
 * nothing of the model. Re-exports only, by name.
 */
export { csrFromEdges, csrFromGraph, edgeCount, degree, type Csr, type CsrBuildStats } from "../graph/csr.js";
export {
  separation,
  chooseMethod,
  type SeparationMethod,
  type SeparationOptions,
  type SeparationResult,
  type SeparationError,
} from "./separation/separation.js";
export { bfsDistances, bfsDistribution } from "./separation/bfs.js";
export { msbfsDistribution, type MsbfsOptions, type MsbfsResult } from "./separation/msbfs.js";
export type { DistanceDistribution } from "./separation/distribution.js";
export { distanceStatistics, type SeparationStatistics } from "./separation/statistics.js";
export { sampledDistribution, sampleSources, type SampleOptions, type SampledDistribution, type Interval } from "./separation/sample.js";
export { hyperAnf, type HyperAnfOptions, type HyperAnfRun } from "./separation/hyperanf.js";
export { countTriangles, clusteringStats, type TriangleCounts, type ClusteringStats } from "./structure/triangles.js";
export { connectedComponents, type Components } from "./structure/components.js";
export { degreeStats, type DegreeStats } from "./structure/degrees.js";
export { structureSummary, type StructureSummary } from "./structure/summary.js";
export { greedyChain, type Chain, type ChainOptions, type ChainOutcome, type SearchScore } from "./search/greedy.js";
export { attritionCorrectedMean, attritionCorrectedDistribution } from "./search/attrition.js";
export { decentralizedSearch, kleinbergSearch, type SearchOptions, type SearchResult } from "./search/decentralized-search.js";
export { torusDistance } from "../graph/torus.js";
// Sampled and HyperANF methods draw from a seeded stream.
export { streamFromKey, type Rng } from "../random/streams.js";
