/**
 * Draw helpers over a seeded stream. Each takes its `Rng` first and as a required
 * parameter. Algorithms:
 * - normal: Box–Muller (one variate per call, so each call uses exactly two uniforms
 *   and no hidden state is carried between calls);
 * - gamma: Marsaglia & Tsang (2000), "A simple method for generating gamma variables";
 * - beta: X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b);
 * - poisson: Knuth's product method for λ < 30, Hörmann's PTRS (1993, "The transformed
 *   rejection method for generating Poisson random variables") above.
 */
import type { Rng } from "./streams.js";
import { at } from "../checked-index.js";

/** Uniform in [lo, hi). */
export function uniform(rng: Rng, lo = 0, hi = 1): number {
  return lo + (hi - lo) * rng();
}

/** Integer uniform in [lo, hi) (hi exclusive). */
export function integer(rng: Rng, lo: number, hi: number): number {
  if (!(hi > lo)) throw new RangeError(`integer: need hi > lo (lo = ${lo}, hi = ${hi})`);
  return lo + Math.floor(rng() * (hi - lo));
}

/** true with probability p. */
export function bernoulli(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** One element of a non-empty array, uniformly. */
export function choice<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError("choice: empty array");
  return at(items, Math.floor(rng() * items.length));
}

/**
 * An index drawn with probability proportional to its weight. Weights must be
 * non-negative with a positive sum.
 */
export function weightedIndex(rng: Rng, weights: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = at(weights, i);
    if (!(w >= 0)) throw new RangeError(`weightedIndex: negative or NaN weight at ${i} (${w})`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError("weightedIndex: weights sum to 0");
  let u = rng() * total;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = at(weights, i);
    if (w <= 0) continue;
    last = i;
    if (u < w) return i;
    u -= w;
  }
  return last; // floating-point remainder: the last positive weight
}

/** One element, with probability proportional to its weight. */
export function weightedChoice<T>(rng: Rng, items: readonly T[], weights: ArrayLike<number>): T {
  if (items.length !== weights.length) {
    throw new RangeError(`weightedChoice: ${items.length} items but ${weights.length} weights`);
  }
  return at(items, weightedIndex(rng, weights));
}

/** Fisher–Yates shuffle, in place; returns the array. */
export function shuffle<T, A extends { length: number; [i: number]: T }>(rng: Rng, items: A): A {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = at(items, i);
    items[i] = at(items, j);
    items[j] = tmp;
  }
  return items;
}

/** A random permutation of 0..n-1 as an Int32Array. */
export function permutation(rng: Rng, n: number): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  return shuffle<number, Int32Array>(rng, p);
}

/** Normal(mean, sd). */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  let u = rng();
  while (u === 0) u = rng();
  const v = rng();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, 1), Marsaglia & Tsang; shape > 0. */
export function gamma(rng: Rng, shape: number): number {
  if (!(shape > 0)) throw new RangeError(`gamma: shape must be > 0 (shape = ${shape})`);
  if (shape < 1) {
    // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a)
    const u = rng();
    return gamma(rng, shape + 1) * Math.pow(u === 0 ? Number.MIN_VALUE : u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta(a, b) in [0, 1]; a, b > 0. */
export function beta(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a);
  const y = gamma(rng, b);
  return x / (x + y);
}

/**
 * x ≥ 0 rounded to an integer with expectation x: ⌊x⌋, plus one with probability
 * x − ⌊x⌋. An integer x draws nothing, so integer totals leave the stream untouched.
 */
export function roundStochastic(rng: Rng, x: number): number {
  if (!(x >= 0)) throw new RangeError(`roundStochastic: x must be ≥ 0 (x = ${x})`);
  const whole = Math.floor(x);
  const frac = x - whole;
  return frac > 0 && rng() < frac ? whole + 1 : whole;
}

/** Poisson(lambda); lambda ≥ 0. */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda >= 0)) throw new RangeError(`poisson: lambda must be ≥ 0 (lambda = ${lambda})`);
  if (lambda === 0) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    return k;
  }
  // PTRS (Hörmann 1993)
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng() - 0.5;
    const v = rng();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor((2 * a / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -lambda + k * loglam - logFactorial(k)
    ) {
      return k;
    }
  }
}

function logFactorial(k: number): number {
  if (k < 2) return 0;
  // Stirling series; exact enough for k ≥ 2 in the PTRS acceptance test.
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}
