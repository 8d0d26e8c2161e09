export * from "./streams.js";
export * from "./draw.js";
