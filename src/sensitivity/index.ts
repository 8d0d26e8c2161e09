/** Global sensitivity analysis: re-exports only. */
export { runSensitivity } from "./run-sensitivity.js";
export type { SensitivityOptions, SensitivityResult } from "./run-sensitivity.js";
export { buildDesign, analyseOutput, designSize, indexNames } from "./design.js";
export type { DesignOptions, DesignParameter, SensitivityDesign } from "./design.js";
export type { IndexEstimate } from "./types.js";
export { sobolPoints } from "./sobol-sequence.js";
export { parseClaim, evaluateClaim } from "./claims.js";
export type { Claim, ClaimParse } from "./claims.js";
