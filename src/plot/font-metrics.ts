/**
 * Text widths for vega's layout without a canvas. Vega's own fallback guesses
 * 0.8 em per character, far wider than real text, which leaves large blank margins
 * around rotated axis titles and legends. This module gives per-character advance
 * widths of DejaVu Sans (the first font of the chart font stack, and the widest of
 * it, so the fallbacks never overflow), in em, rounded up from the font's hmtx table
 * (2048 units per em); bold adds 10%. The result is deterministic, like the estimate
 * it replaces.
 *
 * vega-scenegraph supports this: `textMetrics.width` may be replaced by a user
 * function ("User defined textMetrics.width function in use (e.g. vl-convert)").
 * `withTextMetrics` installs it for the duration of one render and restores the
 * previous function afterwards.
 */
import type * as Vega from "vega";

const GROUPS: readonly [string, number][] = [
  [" .,:;'|!·", 0.32],
  ["ijl", 0.28],
  ["ft()[]{}", 0.4],
  ["r-", 0.42],
  ["s\"*", 0.53],
  ["cz_–", 0.56],
  ["kvxy", 0.6],
  ["abdegnopqu0123456789$#?", 0.64],
  ["h", 0.64],
  ["JILEFTZ/\\", 0.62],
  ["PSBKXY", 0.69],
  ["ACRV", 0.72],
  ["DGHNOQU+<>=~", 0.84],
  ["w", 0.82],
  ["m", 0.98],
  ["M", 0.87],
  ["W%", 1.0],
];

const WIDTH = new Map<string, number>();
for (const [chars, w] of GROUPS) for (const c of chars) WIDTH.set(c, w);
const DEFAULT_WIDTH = 0.7;

interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: string | number | null;
  limit?: number | null;
  ellipsis?: string | null;
}

/** Width in pixels of `text` at `fontSize`, bold when `weight` is bold or ≥ 600. */
export function textWidth(text: string, fontSize: number, weight: string | number | null | undefined): number {
  let em = 0;
  for (const c of text) em += WIDTH.get(c) ?? DEFAULT_WIDTH;
  const bold = weight === "bold" || weight === "bolder" || (typeof weight === "number" && weight >= 600) || (typeof weight === "string" && Number(weight) >= 600);
  return em * fontSize * (bold ? 1.1 : 1);
}

function measure(item: TextItem, text: unknown): number {
  const size = item.fontSize !== null && item.fontSize !== undefined ? Number(item.fontSize) || 0 : 11;
  const t = text === null || text === undefined ? "" : String(text).trim();
  const full = textWidth(t, size, item.fontWeight);
  const limit = Number(item.limit ?? 0);
  if (!(limit > 0) || full <= limit) return full;
  // vega truncates to the limit with an ellipsis; the rendered width is at most the limit.
  return limit;
}

type WidthFn = (item: unknown, text: unknown) => number;

/** Runs `f` with DejaVu Sans metrics installed in vega, restoring the previous ones after. */
export async function withTextMetrics<T>(vega: typeof Vega, f: () => Promise<T>): Promise<T> {
  const metrics = (vega as unknown as { textMetrics: { width: WidthFn } }).textMetrics;
  const previous = metrics.width;
  metrics.width = (item, text) => measure(item as TextItem, text);
  try {
    return await f();
  } finally {
    metrics.width = previous;
  }
}
