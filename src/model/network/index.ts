/**
 * Initial-network generators (docs/ODD.md §5 Initialization) and the Kleinberg grid (issue 4).
 * Re-exports only; `generateNetwork` lives in generate.ts.
 */
export * from "../../graph/generator-spec.js";
export * from "./generate.js";
export * from "./watts-strogatz.js";
export * from "./barabasi-albert.js";
export * from "./connected-caveman.js";
export * from "./erdos-renyi.js";
export * from "./stochastic-block.js";
export * from "./karate-club.js";
export * from "./florentine-families.js";
export * from "./empty.js";
export * from "./kleinberg.js";
