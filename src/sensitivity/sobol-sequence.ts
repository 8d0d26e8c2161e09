/**
 * The Sobol' low-discrepancy sequence in base 2, up to 41 dimensions, in Gray-code
 * order (Antonov & Saleev 1979), with the direction numbers of Joe & Kuo (2008).
 *
 * Notes: dimension 1 is van der Corput's radical inverse; dimension d ≥ 2 uses a
 * primitive polynomial of degree s with coefficients a and initial numbers
 * m_1…m_s (odd, m_k < 2^k), extended by the recurrence of Bratley & Fox (1988).
 * Points are 32-bit fractions. Point 0 is the origin; it is kept (Owen 2020 argues
 * against dropping it), so the first 2^m points form a (t, m, s)-net.
 *
 * References:
 * - I. M. Sobol' (1967), "On the distribution of points in a cube and the
 *   approximate evaluation of integrals", USSR Comput. Math. Math. Phys. 7(4).
 * - S. Joe & F. Y. Kuo (2008), "Constructing Sobol sequences with better
 *   two-dimensional projections", SIAM J. Sci. Comput. 30, 2635–2654
 *   (direction numbers new-joe-kuo-6.21201, dimensions 2–41 below).
 * - P. Bratley & B. L. Fox (1988), "Algorithm 659: Implementing Sobol's
 *   quasirandom sequence generator", ACM TOMS 14(1).
 * - A. B. Owen (2020), "On dropping the first Sobol' point", arXiv:2008.08051.
 */

import { at } from "../checked-index.js";
/** Dimensions 2… as `s a m_1 … m_s` (Joe & Kuo 2008, new-joe-kuo-6.21201). */
const JOE_KUO = [
  "1 0 1", "2 1 1 3", "3 1 1 3 1", "3 2 1 1 1", "4 1 1 1 3 3", "4 4 1 3 5 13", "5 2 1 1 5 5 17", "5 4 1 1 5 5 5",
  "5 7 1 1 7 11 19", "5 11 1 1 5 1 1", "5 13 1 1 1 3 11", "5 14 1 3 5 5 31", "6 1 1 3 3 9 7 49", "6 13 1 1 1 15 21 21",
  "6 16 1 3 1 13 27 49", "6 19 1 1 1 15 7 5", "6 22 1 3 1 15 13 25", "6 25 1 1 5 5 19 61", "7 1 1 3 7 11 23 15 103",
  "7 4 1 3 7 13 13 15 69", "7 7 1 1 3 13 7 35 63", "7 8 1 3 5 9 1 25 53", "7 14 1 3 1 13 9 35 107", "7 19 1 3 1 5 27 61 31",
  "7 21 1 1 5 11 19 41 61", "7 28 1 3 5 3 3 13 69", "7 31 1 1 7 13 1 19 1", "7 32 1 3 7 5 13 19 59", "7 37 1 1 3 9 25 29 41",
  "7 41 1 3 5 13 23 1 55", "7 42 1 3 7 3 13 59 17", "7 50 1 3 1 3 5 53 69", "7 55 1 1 5 5 23 33 13", "7 56 1 1 7 7 1 61 123",
  "7 59 1 1 7 9 13 61 49", "7 62 1 3 3 5 3 55 33", "8 14 1 3 1 15 31 13 49 245", "8 21 1 3 5 15 31 59 63 97",
  "8 22 1 3 1 11 11 11 77 249", "8 38 1 3 1 11 27 43 71 9",
];

export const SOBOL_MAX_DIMENSIONS = JOE_KUO.length + 1;
const BITS = 32;
const SCALE = 2 ** 32;

/** Direction numbers v[k] (k = 0…31) of dimension `d` (0-based), as 32-bit integers. */
function directions(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let k = 0; k < BITS; k++) v[k] = 2 ** (BITS - 1 - k);
    return v;
  }
  const [s, a, ...m] = at(JOE_KUO, d - 1).split(" ").map(Number);
  if (s === undefined || a === undefined) throw new RangeError(`sobol: no direction numbers for dimension ${d}`);
  for (let k = 0; k < Math.min(s, BITS); k++) v[k] = (at(m, k) * 2 ** (BITS - 1 - k)) >>> 0;
  for (let k = s; k < BITS; k++) {
    let x = at(v, k - s) ^ (at(v, k - s) >>> s);
    for (let j = 1; j < s; j++) if ((a >>> (s - 1 - j)) & 1) x ^= at(v, k - j);
    v[k] = x >>> 0;
  }
  return v;
}

/**
 * The first `n` points of the `dims`-dimensional Sobol' sequence, each in [0, 1)^dims.
 * @throws RangeError when dims is outside 1…41 or n is outside 0…2^30.
 */
export function sobolPoints(n: number, dims: number): number[][] {
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`sobolPoints: dims must be an integer from 1 to ${SOBOL_MAX_DIMENSIONS} (dims = ${dims})`);
  }
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 30) throw new RangeError(`sobolPoints: n must be an integer from 0 to 2^30 (n = ${n})`);
  const v = Array.from({ length: dims }, (_, d) => directions(d));
  const x = new Uint32Array(dims);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      // Gray code: point i differs from point i−1 by the direction of the lowest zero bit of i−1.
      let c = 0;
      let value = i - 1;
      while (value & 1) {
        value >>>= 1;
        c++;
      }
      for (let d = 0; d < dims; d++) x[d] = (at(x, d) ^ at(at(v, d), c)) >>> 0;
    }
    out.push(Array.from(x, (xi) => xi / SCALE));
  }
  return out;
}
