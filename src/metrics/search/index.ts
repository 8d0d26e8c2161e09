/** Decentralized search (DESIGN §2.1, issue 4 item 6). Re-exports only. */
export * from "./greedy.js";
export * from "./attrition.js";
export * from "./decentralized-search.js";
