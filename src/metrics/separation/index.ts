/** Degrees of separation: exact (MS-BFS), sampled and HyperANF methods and their statistics. */
export { bfsDistances, bfsDistribution } from "./bfs.js";
export { msbfsDistribution, type MsbfsOptions, type MsbfsResult } from "./msbfs.js";
export { makeDistribution, type DistanceDistribution } from "./distribution.js";
export { distanceStatistics, snapQuantile, type SeparationStatistics } from "./statistics.js";
export { sampledDistribution, sampleSources, type SampleOptions, type SampledDistribution, type Interval } from "./sample.js";
export { hyperAnf, type HyperAnfOptions, type HyperAnfRun } from "./hyperanf.js";
export {
  separation,
  chooseMethod,
  type SeparationMethod,
  type SeparationOptions,
  type SeparationResult,
  type SeparationError,
} from "./separation.js";
