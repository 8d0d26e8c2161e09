/** The package subpath `netvalue/plot`: charts from a results folder (`netvalue plot`); vega loads on the first chart drawn. Re-exports only, by name. */
export { plotResults, planCharts, TIMESERIES_CHARTS, SWEEP_CHARTS } from "./plot-results.js";
export type { PlotFormat, PlotOptions, PlotResult, SkippedChart } from "./plot-results.js";
export { loadResults } from "./load.js";
export type { LoadedResults, LoadOptions, ResultsCaption } from "./load.js";
export { renderSvg, svgToPng, compileToVega } from "./render.js";
export type { VlSpec } from "./frame.js";
