/**
 * Human-readable summaries of a run: the headline table printed at the end of
 * `netvalue run` (means over replicates of the final observation, per strategy and
 * per layer). The only formatting code; the library returns the text, the CLI
 * prints it.
 */
import type { Observation } from "../observation.js";

function mean(xs: readonly (number | null | undefined)[]): number | null {
  const v = xs.filter((x): x is number => typeof x === "number" && Number.isFinite(x));
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

function fmt(x: number | null, digits = 2, pct = false): string {
  if (x === null) return "–";
  return pct ? `${(100 * x).toFixed(0)}%` : x.toFixed(digits);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The headline numbers of a run: one table per strategy, one per layer. */
export function headlineTable(finals: readonly Observation[]): string {
  const [first] = finals;
  if (first === undefined) return "(no observations)";
  const strategies = first.strategies.map((s) => s.strategy);
  const pick = (name: string) => finals.map((o) => o.strategies.find((s) => s.strategy === name));
  const strategyRows = strategies.map((name) => {
    const s = pick(name);
    return [
      name,
      fmt(mean(s.map((x) => x?.agents)), 0),
      fmt(mean(s.map((x) => x?.trustReceivedMean))),
      fmt(mean(s.map((x) => x?.unmaskedShare)), 0, true),
      fmt(mean(s.map((x) => x?.timeToUnmaskMedianSteps)), 0),
      fmt(mean(s.map((x) => x?.distrustedShare)), 0, true),
      fmt(mean(s.map((x) => x?.tiesMean)), 1),
      fmt(mean(s.map((x) => x?.followersMean)), 1),
      fmt(mean(s.map((x) => x?.opportunitiesPerAgent))),
      fmt(mean(s.map((x) => x?.opportunitiesFromStrangersShare)), 0, true),
    ];
  });
  const layers = first.layers.map((l) => l.layer);
  const layerRows = layers.map((layer) => {
    const l = finals.map((o) => o.layers.find((x) => x.layer === layer));
    return [
      layer,
      fmt(mean(l.map((x) => x?.edges)), 0),
      fmt(mean(l.map((x) => x?.degreeMean)), 1),
      fmt(mean(l.map((x) => x?.clustering))),
      fmt(mean(l.map((x) => x?.giantShare)), 0, true),
      fmt(mean(l.map((x) => x?.separation?.meanDistance))),
      fmt(mean(l.map((x) => x?.separation?.intermediaries))),
      fmt(mean(l.map((x) => x?.separation?.effectiveDiameter))),
    ];
  });
  const n = finals.length;
  return [
    `Final step ${first.step}, mean over ${n} replicate${n === 1 ? "" : "s"}:`,
    "",
    table(
      ["strategy", "agents", "trust recv", "unmasked", "unmask step", "distrusted", "ties", "followers", "opps/agent", "from strangers"],
      strategyRows,
    ),
    "",
    table(["layer", "edges", "degree", "clustering", "giant", "distance", "intermediaries", "eff. diameter"], layerRows),
  ].join("\n");
}
