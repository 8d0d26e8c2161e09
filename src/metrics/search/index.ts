/** Decentralized search (docs/ODD.md §4 observation: separation, issue 4 item 6). Re-exports only. */
export * from "./greedy.js";
export * from "./attrition.js";
export * from "./decentralized-search.js";
