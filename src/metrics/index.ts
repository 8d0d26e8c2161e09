/** Metrics: take a graph, return numbers; they know nothing of the model. */
export * from "../graph/csr.js";
export * from "./separation/index.js";
export * from "./structure/index.js";
