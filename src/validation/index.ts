/**
 * Validation experiments: classic results reproduced with netvalue's own
 * generators and metrics — Watts & Strogatz (1998) and Kleinberg (2000).
 * Re-exports only; `runValidation` is the entry point.
 */
export { runValidation, defaultValidationDir, type ValidationOptions, type ValidationOutcome } from "./run.js";
export { loadValidation, loadValidationOrThrow, validationFromObject, isValidationData, isValidationFile, type ValidationLoad } from "./load.js";
export {
  validationSchema,
  logSpace,
  type ValidationConfig,
  type ValidationKind,
  type WattsStrogatzValidation,
  type KleinbergValidation,
} from "./schema.js";
export { RATIO_COLUMNS, WS_RUN_COLUMNS, type RatioRow, type WattsStrogatzResults } from "./watts-strogatz.js";
export {
  ROUTING_COLUMNS,
  SLOPE_COLUMNS,
  kleinbergBoundExponent,
  carmiExponent,
  type RoutingRow,
  type SlopeRow,
  type KleinbergResults,
} from "./kleinberg.js";
export { validationTable } from "./report.js";
