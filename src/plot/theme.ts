/**
 * The look shared by every chart: the Okabe–Ito colour-blind-safe palette, a font
 * stack that resvg can find on a plain Linux box (DejaVu Sans first), and the caption
 * line (title subtitle) naming the scenario, seed and netvalue version.
 *
 * References: Okabe M. & Ito K. (2008), "Color Universal Design (CUD): how to make
 * figures and presentations that are friendly to colorblind people",
 * https://jfly.uni-koeln.de/color/. Yellow (#F0E442) is placed last because thin
 * lines in it are hard to see on white.
 */
import type { ResultsCaption } from "./load.js";
import { at } from "../checked-index.js";

export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000", "#F0E442"] as const;

export const FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";

/** Width and height of one plot panel, in pixels. */
export const PANEL = { width: 420, height: 260 } as const;
export const FACET_PANEL = { width: 260, height: 200 } as const;

/** A colour scale with an explicit domain, so a series keeps its colour across charts. */
export function colourScale(domain: readonly string[]): { domain: string[]; range: string[] } {
  return { domain: [...domain], range: domain.map((_, i) => at(OKABE_ITO, i % OKABE_ITO.length)) };
}

/** "quickstart · seed 42 · netvalue 0.1.0". */
export function captionLine(c: ResultsCaption): string {
  return [c.name, c.seed === null ? null : `seed ${c.seed}`, c.version === null ? null : `netvalue ${c.version}`]
    .filter((s): s is string => s !== null)
    .join(" · ");
}

/** The title block: the chart's title, then the caption line and a note on what the marks show. */
export function titleBlock(text: string, caption: ResultsCaption, note: string): { text: string; subtitle: string[]; anchor: "start" } {
  return { text, subtitle: [captionLine(caption), note], anchor: "start" };
}

/**
 * Replicates note: "mean and 95% CI over 3 replicates" from the largest group size;
 * below 3 replicates there is no interval (experiment/statistics.ts), and the note says so.
 */
export function replicatesNote(maxN: number, what = "mean and 95% CI"): string {
  return `${what} over ${maxN} replicate${maxN === 1 ? "" : "s"}${maxN < 3 ? " (no interval: n < 3)" : ""}`;
}

/** Whether any point has a 95% interval to draw (none exists below 3 replicates). */
export function hasIntervals(points: readonly { readonly ciLow: number | null; readonly ciHigh: number | null }[]): boolean {
  return points.some((p) => p.ciLow !== null && p.ciHigh !== null);
}

/** "; band clipped to [0, 1]" when an interval was clipped to the quantity's range, else "". */
export function clippedNote(notes: readonly string[], mark: string): string {
  const clipped = notes.find((n) => n.startsWith("clipped"));
  return clipped ? `; ${mark} ${clipped}` : "";
}

/**
 * Facet header labels in full, one line per parameter (`regime=dunbar, opportunistic=0.5`
 * becomes two lines), never cut by a width limit: cut labels of two cells could read alike.
 */
export const FACET_HEADER = { labelExpr: "split(datum.value, ', ')", labelLimit: 0 } as const;

/** Vega-Lite config shared by all charts. */
export function baseConfig(): Record<string, unknown> {
  return {
    font: FONT,
    background: "white",
    view: { stroke: "#dddddd" },
    range: { category: [...OKABE_ITO] },
    title: { fontSize: 14, subtitleFontSize: 11, subtitleColor: "#555555", offset: 12 },
    axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridColor: "#eeeeee" },
    legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
    header: { labelFontSize: 11, titleFontSize: 12, labelLimit: 0 },
  };
}

/** A Vega-Lite field name from free text: `network.followCap` → `network_followCap` (a dot would mean a nested field). */
export function fieldName(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, "_");
}
