/**
 * Human-readable tables of a validation outcome, for the command line: the ratios
 * per p (Watts & Strogatz 1998, Fig. 2), or the slope per r beside the theory's
 * exponents (Kleinberg 2000; Carmi et al. 2009). Returns text; never prints.
 */
import { carmiExponent, kleinbergBoundExponent } from "./kleinberg.js";
import type { ValidationOutcome } from "./run.js";

const fix = (x: number, d: number) => (Number.isFinite(x) ? x.toFixed(d) : "–");

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((s, c) => (c === 0 ? s.padEnd(widths[c] ?? 0) : s.padStart(widths[c] ?? 0))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

/** The outcome's headline table. */
export function validationTable(outcome: ValidationOutcome): string {
  if (outcome.validation === "watts-strogatz") {
    const { lattice, ratios } = outcome.results;
    const head = `L(0) = ${fix(lattice.meanDistance, 3)}, C(0) = ${fix(lattice.clustering, 4)} (ring lattice, n = ${outcome.config.n}, k = ${outcome.config.k})`;
    const rows = ratios.map((r) => [
      r.p.toPrecision(3),
      `${fix(r.meanDistanceRatio, 4)} ± ${fix(r.meanDistanceRatioSe, 4)}`,
      `${fix(r.clusteringRatio, 4)} ± ${fix(r.clusteringRatioSe, 4)}`,
    ]);
    return `${head}\n${table(["p", "L(p)/L(0) ± se", "C(p)/C(0) ± se"], rows)}`;
  }
  const { routing, slopes } = outcome.results;
  const largest = Math.max(...outcome.config.sides);
  const rows = slopes.map((s) => {
    const at = routing.find((r) => r.r === s.r && r.side === largest);
    return [String(s.r), fix(s.slope, 3), fix(kleinbergBoundExponent(s.r), 3), fix(carmiExponent(s.r), 3), at ? `${fix(at.meanSteps, 1)} ± ${fix(at.meanStepsSe, 1)}` : "–"];
  });
  return [
    `log–log slope of greedy-routing steps against side, sides ≥ ${outcome.config.slopeFrom}`,
    table(["r", "slope", "Kleinberg bound", "Carmi et al.", `steps at side ${largest}`], rows),
  ].join("\n");
}
