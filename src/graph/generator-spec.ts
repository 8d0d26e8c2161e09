/**
 * The initial-network generator a scenario asks for (docs/ODD.md §5 Initialization), as plain data.
 * Parameters describe shape, never size: the node count comes from
 * `agents.count`. The scenario schema's `network.initial` mirrors this type.
 */

/** One generator and its shape parameters; see each generator's module for their meaning. */
export type GeneratorSpec =
  | { readonly generator: "connected-caveman"; readonly groupSize: number }
  | { readonly generator: "watts-strogatz"; readonly k: number; readonly p: number }
  | { readonly generator: "erdos-renyi"; readonly meanDegree: number }
  | { readonly generator: "barabasi-albert"; readonly m: number }
  | {
      readonly generator: "stochastic-block";
      /** The number of equal blocks, or the blocks' relative sizes; else round(n / blockSize). */
      readonly blocks?: number | readonly number[] | undefined;
      readonly pIn?: number | undefined;
      readonly pOut?: number | undefined;
      /** Per-capita forms, used where the absolute one is absent (see `perCapitaBlocks`). */
      readonly blockSize?: number | undefined;
      readonly degreeIn?: number | undefined;
      readonly degreeOut?: number | undefined;
    }
  | { readonly generator: "karate-club" }
  | { readonly generator: "florentine-families" }
  | { readonly generator: "empty" };

/** The generator names, in the order docs/ODD.md §5 lists them. */
export const GENERATOR_NAMES = [
  "connected-caveman",
  "watts-strogatz",
  "erdos-renyi",
  "barabasi-albert",
  "stochastic-block",
  "karate-club",
  "florentine-families",
  "empty",
] as const satisfies readonly GeneratorSpec["generator"][];

export type GeneratorName = GeneratorSpec["generator"];
