/**
 * Correcting chain lengths for attrition. When every holder drops out with
 * probability a before forwarding, a chain that needs L hops completes with
 * probability (1 − a)^L, so completed chains over-represent short ones.
 *
 * References:
 * - P. S. Dodds, R. Muhamad and D. J. Watts, "An experimental study of search in
 *   global social networks", Science 301:827–829, 2003 (the correction, with
 *   attrition estimated per step; supporting online material).
 * - D. J. White, "Search parameters for the small world problem", Social Forces
 *   49(2):259–264, 1970 (the same idea for Travers & Milgram's chains).
 */
import { MetricError } from "../../errors.js";

/**
 * The length distribution chains would have had without attrition.
 *
 * @param lengthCounts - completed chains of each length L (index L)
 * @param attrition - drop-out probability per hop, a, in [0, 1]
 * @returns probabilities p*(L) ∝ n(L) / (1 − a)^L summing to 1, or all zeros if no chain completed
 * @throws MetricError if attrition is outside [0, 1] or a count is negative
 *
 * Notes: Dodds et al. weight each completed chain of length L by 1 / Π (1 − a_i)
 * over its steps; with one known attrition rate a per hop this is (1 − a)^−L. The
 * weights are computed relative to the longest chain, (1 − a)^(Lmax − L), so they
 * never overflow. With a = 1 only 0-hop chains complete, and the observed
 * distribution is returned unchanged.
 */
export function attritionCorrectedDistribution(lengthCounts: ArrayLike<number>, attrition: number): Float64Array {
  if (!(attrition >= 0 && attrition <= 1)) {
    throw new MetricError(`attrition must be a probability in [0, 1] (attrition = ${attrition})`);
  }
  const len = lengthCounts.length;
  let lmax = -1;
  for (let l = 0; l < len; l++) {
    const c = lengthCounts[l] as number;
    if (!(c >= 0)) throw new MetricError(`lengthCounts[${l}] must be ≥ 0 (lengthCounts[${l}] = ${c})`);
    if (c > 0) lmax = l;
  }
  const p = new Float64Array(len);
  if (lmax < 0) return p;
  const keep = attrition === 1 ? 1 : 1 - attrition;
  let total = 0;
  for (let l = 0; l <= lmax; l++) {
    p[l] = (lengthCounts[l] as number) * Math.pow(keep, lmax - l);
    total += p[l] as number;
  }
  for (let l = 0; l <= lmax; l++) p[l] = (p[l] as number) / total;
  return p;
}

/**
 * Mean chain length corrected for attrition: Σ L·n(L)(1 − a)^−L / Σ n(L)(1 − a)^−L.
 * Never below the raw mean, since the weights grow with L. NaN if no chain completed.
 */
export function attritionCorrectedMean(lengthCounts: ArrayLike<number>, attrition: number): number {
  const p = attritionCorrectedDistribution(lengthCounts, attrition);
  let mean = 0;
  let mass = 0;
  for (let l = 0; l < p.length; l++) {
    mean += l * (p[l] as number);
    mass += p[l] as number;
  }
  return mass > 0 ? mean : Number.NaN;
}
