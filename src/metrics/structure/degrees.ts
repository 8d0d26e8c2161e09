/**
 * Degree statistics of a CSR: mean, maximum, minimum and the Gini coefficient of the
 * degree sequence (inequality of connectedness: 0 when all degrees are equal, towards
 * 1 when a few hubs hold every tie).
 *
 * Notes: Gini = Σ_i (2i − n − 1) x_(i) / (n Σ x) over degrees sorted ascending
 * (i = 1..n), the standard sample formula without small-sample correction. Decided:
 * an edgeless graph has Gini 0 (all degrees equal); n = 0 gives NaN for mean and Gini,
 * 0 for max and min. On a directed CSR these are out-degrees.
 *
 * References: C. Gini, "Variabilità e mutabilità", 1912; for degree inequality in
 * networks, e.g. H. Hu, X. Wang, "Unified index to quantifying heterogeneity of
 * complex networks", Physica A 387, 2008.
 */
import type { Csr } from "../../graph/csr.js";

export interface DegreeStats {
  readonly mean: number;
  readonly max: number;
  readonly min: number;
  readonly gini: number;
}

export function degreeStats(csr: Csr): DegreeStats {
  const { n, offsets } = csr;
  if (n === 0) return { mean: Number.NaN, max: 0, min: 0, gini: Number.NaN };
  let max = 0;
  let min = Infinity;
  let total = 0;
  for (let v = 0; v < n; v++) {
    const d = (offsets[v + 1] as number) - (offsets[v] as number);
    total += d;
    if (d > max) max = d;
    if (d < min) min = d;
  }
  // Counting sort: histogram of degrees, then Σ (2i − n − 1) x_(i) by runs.
  const hist = new Float64Array(max + 1);
  for (let v = 0; v < n; v++) hist[(offsets[v + 1] as number) - (offsets[v] as number)]!++;
  let weighted = 0;
  let i = 0; // nodes placed so far
  for (let d = 0; d <= max; d++) {
    const c = hist[d] as number;
    if (c === 0) continue;
    // ranks i+1 .. i+c: Σ (2r − n − 1) = c(2i + c + 1) − c(n + 1)
    weighted += d * (c * (2 * i + c + 1) - c * (n + 1));
    i += c;
  }
  return { mean: total / n, max, min, gini: total > 0 ? weighted / (n * total) : 0 };
}
