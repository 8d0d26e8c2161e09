/**
 * Wraps the layers of one chart into a complete top-level Vega-Lite spec: inline
 * data, title with caption, shared config and, when the data has several panels (the
 * cells of a sweep, or one per strategy), a wrapped facet. Every chart module builds
 * its layers and calls `frame`, so the specs written beside the images share a shape.
 */
import { baseConfig, FACET_HEADER, FACET_PANEL, PANEL } from "./theme.js";

/** A Vega-Lite spec as plain JSON (checked by vega-lite's compiler when rendered). */
export type VlSpec = Record<string, unknown>;

export const VL_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

export interface FrameOptions {
  readonly title: { text: string; subtitle: string[]; anchor: "start" };
  readonly values: readonly Record<string, unknown>[];
  readonly layer: readonly VlSpec[];
  /** Facet field and its values in display order; omitted for a single panel. */
  readonly facet?: { readonly field: string; readonly title: string | null; readonly order: readonly string[] };
  /** Resolve scales per panel (e.g. when panels hold different metrics). */
  readonly independentY?: boolean;
  /** `resolve` of the layered spec (e.g. one colour legend per layer, so a band layer can hide its own). */
  readonly layerResolve?: VlSpec;
}

export function frame(o: FrameOptions): VlSpec {
  const head = { $schema: VL_SCHEMA, title: o.title, data: { values: o.values.map((v) => ({ ...v })) } };
  if (!o.facet) {
    return { ...head, ...PANEL, layer: o.layer, ...(o.layerResolve ? { resolve: o.layerResolve } : {}), config: baseConfig() };
  }
  const panels = o.facet.order.length;
  return {
    ...head,
    facet: { field: o.facet.field, type: "nominal", sort: [...o.facet.order], title: o.facet.title, header: { ...FACET_HEADER } },
    columns: Math.min(3, Math.max(1, panels)),
    spec: { ...FACET_PANEL, layer: o.layer, ...(o.layerResolve ? { resolve: o.layerResolve } : {}) },
    ...(o.independentY ? { resolve: { scale: { y: "independent" } } } : {}),
    config: baseConfig(),
  };
}

/** The panels present in `values[field]`, in first-seen order. */
export function panelsOf(values: readonly Record<string, unknown>[], field: string): string[] {
  const out: string[] = [];
  for (const v of values) {
    const p = v[field];
    if (typeof p === "string" && !out.includes(p)) out.push(p);
  }
  return out;
}
