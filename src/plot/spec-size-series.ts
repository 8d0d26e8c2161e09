/**
 * Mean distance against world size N (log axis) per layer: each size's mean with its
 * 95% whisker (t interval from ≥ 3 replicates, else ±1.96·√variance), the weighted
 * ln N fit drawn from the smallest world to the extrapolation target (dashed beyond
 * the largest world run), its 95% prediction interval at the target, and the
 * published measurements as reference points:
 * - Travers & Milgram (1969): completed chains averaged 5.2 intermediaries = 6.2 hops,
 *   in a US population of about 2·10^8;
 * - Backstrom, Boldi, Rosa, Ugander & Vigna (2012): 4.74 hops on Facebook, 721 million users;
 * - Edunov, Diuk, Filiz, Bhagat & Burke (2016): 4.57 hops on Facebook, 1.59 billion users;
 * and the "two and a half degrees" claim (2.5 intermediaries = 3.5 hops) as a rule.
 */
import { frame, type VlSpec } from "./frame.js";
import { colourScale } from "./theme.js";

export interface SizeSeriesPointRow {
  readonly agents: number;
  readonly layer: string;
  readonly replicates: number;
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

export interface SizeSeriesFitRow {
  readonly layer: string;
  readonly intercept: number;
  readonly slope: number;
  readonly nMin: number;
  readonly nMax: number;
  readonly extrapolatedN: number;
  readonly extrapolatedHops: number;
  readonly piLow: number | null;
  readonly piHigh: number | null;
}

export const PUBLISHED_ANCHORS = [
  { source: "Travers & Milgram 1969", agents: 2e8, hops: 6.2, dy: -12, align: "right" },
  { source: "Backstrom et al. 2012", agents: 7.21e8, hops: 4.74, dy: 16, align: "right" },
  { source: "Edunov et al. 2016", agents: 1.59e9, hops: 4.57, dy: -12, align: "left" },
] as const;

/** The fitted line sampled on a log grid from nMin to the target: solid inside the data, dashed beyond. */
function fitLine(f: SizeSeriesFitRow): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const lo = Math.log10(f.nMin);
  const hi = Math.log10(f.extrapolatedN);
  const steps = 24;
  for (let i = 0; i <= steps; i++) {
    const n = 10 ** (lo + ((hi - lo) * i) / steps);
    const part = n <= f.nMax * 1.0000001 ? "fit" : "extrapolated";
    out.push({ kind: part, layer: f.layer, agents: n, hops: f.intercept + f.slope * Math.log(n) });
    if (part === "fit" && 10 ** (lo + ((hi - lo) * (i + 1)) / steps) > f.nMax) {
      const at = { layer: f.layer, agents: f.nMax, hops: f.intercept + f.slope * Math.log(f.nMax) };
      out.push({ kind: "fit", ...at }, { kind: "extrapolated", ...at });
    }
  }
  return out;
}

export function sizeSeriesSpec(points: readonly SizeSeriesPointRow[], fits: readonly SizeSeriesFitRow[], subtitle: string): VlSpec {
  const layers = [...new Set(points.map((p) => p.layer))];
  const color = { field: "layer", type: "nominal", title: "layer", scale: colourScale(layers), sort: layers };
  const x = { field: "agents", type: "quantitative", title: "agents N (log scale)", scale: { type: "log" }, axis: { format: "~s" } };
  const y = { field: "hops", type: "quantitative", title: "mean distance (hops)", scale: { zero: true } };
  const values: Record<string, unknown>[] = [
    ...points.map((p) => ({ kind: "measured", layer: p.layer, agents: p.agents, hops: p.mean, low: p.low, high: p.high, replicates: p.replicates })),
    ...fits.flatMap(fitLine),
    // Each layer's interval a little to the side of the target, so the bars do not hide each other.
    ...fits
      .filter((f) => f.piLow !== null)
      .map((f) => ({
        kind: "interval",
        layer: f.layer,
        agents: f.extrapolatedN * 10 ** (0.12 * (layers.indexOf(f.layer) - 1)),
        hops: f.extrapolatedHops,
        low: f.piLow,
        high: f.piHigh,
      })),
    ...PUBLISHED_ANCHORS.map((a) => ({ kind: "published", source: a.source, agents: a.agents, hops: a.hops })),
  ];
  const only = (kind: string) => ({ filter: `datum.kind === '${kind}'` });
  const layer: VlSpec[] = [
    { mark: { type: "rule", strokeDash: [2, 3], color: "#888888" }, encoding: { y: { datum: 3.5 } } },
    {
      mark: { type: "text", align: "left", dx: 4, dy: -6, fontSize: 10, color: "#666666" },
      encoding: { x: { datum: 2000 }, y: { datum: 3.5 }, text: { value: "“two and a half degrees” = 3.5 hops" } },
    },
    { transform: [only("measured")], mark: { type: "rule", strokeWidth: 1.5 }, encoding: { x, y: { ...y, field: "low" }, y2: { field: "high" }, color } },
    { transform: [only("measured")], mark: { type: "point", filled: true, size: 50 }, encoding: { x, y, color, tooltip: [{ field: "layer" }, { field: "agents", format: "," }, { field: "hops", format: ".3f" }, { field: "low", format: ".3f" }, { field: "high", format: ".3f" }, { field: "replicates" }] } },
    { transform: [only("fit")], mark: { type: "line", strokeWidth: 1.5 }, encoding: { x, y, color, detail: { field: "layer" } } },
    { transform: [only("extrapolated")], mark: { type: "line", strokeWidth: 1.5, strokeDash: [6, 4] }, encoding: { x, y, color, detail: { field: "layer" } } },
    ...(values.some((v) => v["kind"] === "interval")
      ? [{ transform: [only("interval")], mark: { type: "rule", strokeWidth: 3, opacity: 0.6 }, encoding: { x, y: { ...y, field: "low" }, y2: { field: "high" }, color } }]
      : []),
    { transform: [only("published")], mark: { type: "point", shape: "diamond", filled: true, size: 90, color: "#000000" }, encoding: { x, y, tooltip: [{ field: "source" }, { field: "agents", format: "," }, { field: "hops" }] } },
    ...PUBLISHED_ANCHORS.map((a) => ({
      transform: [{ filter: `datum.source === '${a.source}'` }],
      mark: { type: "text", align: a.align, dx: a.align === "right" ? 4 : -4, dy: a.dy, fontSize: 10 },
      encoding: { x, y, text: { field: "source" } },
    })),
  ];
  return frame({
    title: {
      text: "Mean distance against world size, fitted on ln N and extrapolated",
      subtitle: [subtitle, "point: mean, whisker 95% CI; line: weighted fit on ln N, dashed beyond the largest world; thick bar: 95% prediction interval; ◆ published"],
      anchor: "start",
    },
    values,
    layer,
  });
}
