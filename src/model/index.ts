/**
 * The package subpath `netvalue/model`: the initial-network generators (docs/ODD.md
 * §5 Initialization) and the Kleinberg grid, and one replicate of the model run
 * in this thread with the observations it makes. Re-exports only, by name.
 */
export { GENERATOR_NAMES, type GeneratorName, type GeneratorSpec } from "../graph/generator-spec.js";
export { generateNetwork, type GeneratedNetwork } from "./network/generate.js";
export { wattsStrogatz, type WattsStrogatzOptions } from "./network/watts-strogatz.js";
export { barabasiAlbert, type BarabasiAlbertOptions } from "./network/barabasi-albert.js";
export { connectedCaveman, type ConnectedCavemanOptions } from "./network/connected-caveman.js";
export { erdosRenyi, type ErdosRenyiOptions } from "./network/erdos-renyi.js";
export { stochasticBlock, type StochasticBlockOptions } from "./network/stochastic-block.js";
export { karateClub, KARATE_CLUB_NODES, type KarateClubOptions } from "./network/karate-club.js";
export { florentineFamilies, type FlorentineFamiliesOptions } from "./network/florentine-families.js";
export { empty, type EmptyOptions } from "./network/empty.js";
export { kleinbergGrid, kleinbergUndirected, type KleinbergGrid, type KleinbergOptions } from "./network/kleinberg.js";
export { simulateReplicate, type ReplicateHooks, type ReplicateOutput } from "../engine/run.js";
export type {
  Observation,
  StrategyObservation,
  LayerObservation,
  SeparationObservation,
  SearchObservation,
  OpportunityRecord,
  AgentRecord,
} from "../observation.js";
