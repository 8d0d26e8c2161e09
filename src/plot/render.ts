/**
 * Vega-Lite spec → Vega → SVG, in Node with no browser and no canvas (a headless
 * vega View with `renderer: "none"`), and SVG → PNG through @resvg/resvg-js.
 *
 * Determinism: vega numbers SVG clip paths and gradients from process-wide
 * counters, so they are reset before every render; the same spec then gives the
 * same bytes. Without a canvas, text widths come from font-metrics.ts (DejaVu Sans
 * advance widths), also deterministic; label placement may differ slightly from a browser.
 * Warnings from vega-lite and vega are collected, never printed (library code does
 * not log). vega and vega-lite (about 280 modules) load on the first compile or
 * render, as @resvg/resvg-js loads on the first PNG, so importing the plot module is cheap.
 */
import type * as Vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import { InputError } from "../errors.js";
import { withTextMetrics } from "./font-metrics.js";
import type { VlSpec } from "./frame.js";
import { FONT } from "./theme.js";

type Logger = ReturnType<typeof Vega.logger>;

/** vega and vega-lite, imported once, when first needed. */
let modules: Promise<[typeof import("vega"), typeof import("vega-lite")]> | undefined;
function loadVega(): Promise<[typeof import("vega"), typeof import("vega-lite")]> {
  modules ??= Promise.all([import("vega"), import("vega-lite")]);
  return modules;
}

/** A vega/vega-lite logger that appends warnings and errors to `sink` instead of the console. */
function collectingLogger(vega: typeof Vega, sink: string[]): Logger {
  let level = vega.Warn;
  const push = (tag: string, args: unknown[]): void => {
    sink.push(`${tag}: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(" ")}`);
  };
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]) {
      if (level >= vega.Error) push("error", args);
      return logger;
    },
    warn(...args: unknown[]) {
      if (level >= vega.Warn) push("warning", args);
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as Logger;
}

/** Compiles a Vega-Lite spec to Vega; rejects (with vega-lite's error) when the spec is invalid. */
export async function compileToVega(spec: VlSpec, warnings: string[] = []): Promise<Vega.Spec> {
  const [vega, vegaLite] = await loadVega();
  return vegaLite.compile(spec as unknown as TopLevelSpec, { logger: collectingLogger(vega, warnings) }).spec;
}

/** Renders a Vega-Lite spec to an SVG document (a string). */
export async function renderSvg(spec: VlSpec, warnings: string[] = []): Promise<string> {
  const vg = await compileToVega(spec, warnings);
  const [vega] = await loadVega();
  return withTextMetrics(vega, async () => {
    vega.resetSVGDefIds();
    const view = new vega.View(vega.parse(vg), { renderer: "none", logger: collectingLogger(vega, warnings) });
    try {
      const svg = await view.toSVG();
      return svg.endsWith("\n") ? svg : `${svg}\n`;
    } finally {
      view.finalize();
    }
  });
}

/**
 * Rasterises an SVG to PNG bytes at `scale` × its size, with system fonts loaded
 * and DejaVu Sans as the fallback family.
 * @throws InputError when @resvg/resvg-js has no native binary for this platform.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  let resvg: typeof import("@resvg/resvg-js");
  try {
    resvg = await import("@resvg/resvg-js");
  } catch (err) {
    throw new InputError(
      `PNG output needs @resvg/resvg-js, which could not be loaded on this platform (${(err as Error).message}); use --format svg`,
    );
  }
  const family = FONT.split(",")[0]?.trim() ?? "DejaVu Sans";
  // renderAsync rasterises on a libuv worker thread, so the event loop stays free.
  const image = await resvg.renderAsync(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: family, sansSerifFamily: family },
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    logLevel: "off",
  });
  return new Uint8Array(image.asPng());
}
