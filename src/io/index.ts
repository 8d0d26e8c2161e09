/**
 * The package subpath `netvalue/io`: reading graph files (edge list, GEXF, GraphML)
 * and measuring them as `netvalue measure` does, and the printed summaries.
 * Re-exports only, by name.
 */
export { readCsr, readGraphFile, type GraphReadResult, type ReadGraphOptions, type GraphFileFormat } from "./graph-read.js";
export { measure, type MeasureOptions } from "./measure.js";
export { formatMeasurementTable, formatMeasurementJson, formatMeasurementCsv, type Measurement } from "./measure-report.js";
export { headlineTable } from "./report.js";
