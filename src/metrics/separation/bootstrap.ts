/**
 * The percentile bootstrap of sampled separation (sample.ts): B resamples of the k
 * per-source hop histograms, with replacement, and for each the mean distance and the
 * effective diameter of the pooled resample.
 *
 * Notes: a resample is summarised by how many times it drew each source. Every
 * statistic needs only integer sums of the drawn histograms — pairs, distance sums,
 * and the cumulative count within h hops (prefix sums per source, the quantile's hop
 * found by binary search since it is monotone in h) — and integer sums below 2^53 are
 * exact in any order, so the numbers equal those of pooling the histograms hop by hop
 * and applying distanceStatistics / snapQuantile, at O(k log D) per resample instead
 * of O(k·D) (D the largest distance: thousands of hops on long, thin graphs).
 */
import type { Rng } from "../../random/streams.js";
import { integer } from "../../random/draw.js";

export interface BootstrapValues {
  /** Mean distance of each resample (NaN when it reaches no pair). */
  readonly means: number[];
  /** Effective diameter (SNAP's interpolated 0.9 quantile) of each resample. */
  readonly effs: number[];
}

/**
 * @param hists per-source histograms, hists[i][h] = nodes at distance h ≥ 1 from source i
 * @param B number of resamples; each draws k source indices from `rng`, in order
 */
export function bootstrapOverSources(hists: readonly Uint32Array[], k: number, B: number, rng: Rng): BootstrapValues {
  let width = 1;
  for (const h of hists) if (h.length > width) width = h.length;
  const pairs = new Float64Array(k);
  const sums = new Float64Array(k);
  const ecc = new Int32Array(k);
  const prefix = new Float64Array(k * width); // prefix[i·width + h] = Σ_{1≤d≤h} hists[i][d]
  for (let i = 0; i < hists.length; i++) {
    const hist = hists[i] as Uint32Array;
    const row = i * width;
    let c = 0;
    let s = 0;
    for (let d = 1; d < width; d++) {
      const x = d < hist.length ? (hist[d] as number) : 0;
      c += x;
      s += d * x;
      if (x > 0) ecc[i] = d;
      prefix[row + d] = c;
    }
    pairs[i] = c;
    sums[i] = s;
  }
  const mult = new Int32Array(k);
  const picked = new Int32Array(k);
  const means: number[] = [];
  const effs: number[] = [];
  for (let b = 0; b < B; b++) {
    let m = 0;
    for (let i = 0; i < k; i++) {
      const r = integer(rng, 0, k);
      if (mult[r] === 0) picked[m++] = r;
      mult[r] = (mult[r] as number) + 1;
    }
    let P = 0;
    let S = 0;
    let last = 0;
    for (let q = 0; q < m; q++) {
      const r = picked[q] as number;
      const w = mult[r] as number;
      P += w * (pairs[r] as number);
      S += w * (sums[r] as number);
      if ((ecc[r] as number) > last) last = ecc[r] as number;
    }
    means.push(P > 0 ? S / P : Number.NaN);
    effs.push(quantile(0.9, k, P, last, picked, m, mult, prefix, width));
    for (let q = 0; q < m; q++) mult[picked[q] as number] = 0;
  }
  return { means, effs };
}

/** snapQuantile of the pooled resample: the `sources` zero-hop pairs included. */
function quantile(
  q: number,
  sources: number,
  pairs: number,
  last: number,
  picked: Int32Array,
  m: number,
  mult: Int32Array,
  prefix: Float64Array,
  width: number,
): number {
  const total = sources + pairs;
  if (!(total > sources)) return Number.NaN;
  const target = q * total;
  if (sources > target) return -1 + target / sources;
  const within = (h: number): number => {
    let c = sources;
    for (let x = 0; x < m; x++) {
      const r = picked[x] as number;
      c += (mult[r] as number) * (prefix[r * width + h] as number);
    }
    return c;
  };
  // The first hop h in 1..last with N(h) > target (N(last) = total > target).
  let lo = 1;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (within(mid) > target) hi = mid;
    else lo = mid + 1;
  }
  const cum = within(lo);
  const prev = lo === 1 ? sources : within(lo - 1);
  return lo - 1 + (target - prev) / (cum - prev);
}
