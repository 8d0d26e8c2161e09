/**
 * Each draw helper: deterministic for a seed, and distributed as it claims, by a
 * seeded statistical test with a stated tolerance. Tolerances are several standard
 * errors wide for the sample sizes used, so a correct helper passes for any seed,
 * and the seeds are fixed so the tests never flake.
 */
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import fc from "fast-check";
import { streamFromKey } from "../../src/random/streams.js";
import {
  bernoulli,
  beta,
  choice,
  gamma,
  integer,
  normal,
  permutation,
  poisson,
  shuffle,
  uniform,
  weightedChoice,
  weightedIndex,
} from "../../src/random/draw.js";

const N = 50_000;

function moments(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

/** Pearson chi-square statistic of observed counts against expected probabilities. */
function chiSquare(counts: number[], probs: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.reduce((s, c, i) => s + (c - total * at(probs, i)) ** 2 / (total * at(probs, i)), 0);
}

function sample(key: string, f: (rng: () => number) => number, n = N): number[] {
  const rng = streamFromKey(key);
  return Array.from({ length: n }, () => f(rng));
}

describe("determinism", () => {
  const helpers: Record<string, (rng: () => number) => unknown> = {
    uniform: (r) => uniform(r, 2, 5),
    integer: (r) => integer(r, 0, 10),
    bernoulli: (r) => bernoulli(r, 0.3),
    choice: (r) => choice(r, ["a", "b", "c"]),
    weightedChoice: (r) => weightedChoice(r, ["a", "b"], [1, 3]),
    shuffle: (r) => shuffle(r, [1, 2, 3, 4, 5]),
    normal: (r) => normal(r, 1, 2),
    beta: (r) => beta(r, 2, 2),
    poisson: (r) => poisson(r, 50),
  };
  for (const [name, f] of Object.entries(helpers)) {
    it(`${name}: same seed, same draws`, () => {
      fc.assert(
        fc.property(fc.string(), (key) => {
          const a = streamFromKey(key);
          const b = streamFromKey(key);
          for (let i = 0; i < 20; i++) expect(f(a)).toEqual(f(b));
        }),
        { numRuns: 20 },
      );
    });
  }
});

describe("distributions (seeded; tolerance stated per test)", () => {
  it("uniform(2, 5): mean 3.5, variance 0.75 (±2%)", () => {
    const { mean, variance } = moments(sample("u", (r) => uniform(r, 2, 5)));
    expect(mean).toBeCloseTo(3.5, 1);
    expect(Math.abs(variance - 0.75) / 0.75).toBeLessThan(0.02);
  });

  it("integer(0, 10): uniform over 0..9 (chi-square, 9 df, below 27.9 = p 0.001)", () => {
    const counts = new Array(10).fill(0);
    for (const x of sample("i", (r) => integer(r, 0, 10))) counts[x]++;
    expect(chiSquare(counts, new Array(10).fill(0.1))).toBeLessThan(27.9);
  });

  it("bernoulli(0.3): frequency within 4 standard errors", () => {
    const xs = sample("b", (r) => (bernoulli(r, 0.3) ? 1 : 0));
    const se = Math.sqrt((0.3 * 0.7) / N);
    expect(Math.abs(moments(xs).mean - 0.3)).toBeLessThan(4 * se);
  });

  it("choice: each of 4 items equally often (chi-square, 3 df, below 16.3)", () => {
    const items = ["a", "b", "c", "d"];
    const counts = [0, 0, 0, 0];
    const rng = streamFromKey("c");
    for (let i = 0; i < N; i++) {
      const k = items.indexOf(choice(rng, items));
      counts[k] = at(counts, k) + 1;
    }
    expect(chiSquare(counts, [0.25, 0.25, 0.25, 0.25])).toBeLessThan(16.3);
  });

  it("weightedIndex: proportional to weights, zero weight never drawn (chi-square, 2 df, below 13.8)", () => {
    const w = [1, 0, 2, 5];
    const counts = [0, 0, 0, 0];
    for (const x of sample("w", (r) => weightedIndex(r, w))) counts[x] = at(counts, x) + 1;
    expect(counts[1]).toBe(0);
    expect(chiSquare([at(counts, 0), at(counts, 2), at(counts, 3)], [1 / 8, 2 / 8, 5 / 8])).toBeLessThan(13.8);
  });

  it("weightedIndex rejects negative weights and an all-zero vector", () => {
    const rng = streamFromKey("x");
    expect(() => weightedIndex(rng, [1, -1])).toThrow(RangeError);
    expect(() => weightedIndex(rng, [0, 0])).toThrow(RangeError);
  });

  it("shuffle: a permutation, each position uniform (chi-square over 3! orders, 5 df, below 20.5)", () => {
    const rng = streamFromKey("s");
    const orders = new Map<string, number>();
    for (let i = 0; i < 30_000; i++) {
      const key = shuffle(rng, [0, 1, 2]).join("");
      orders.set(key, (orders.get(key) ?? 0) + 1);
    }
    expect(orders.size).toBe(6);
    expect(chiSquare([...orders.values()], new Array(6).fill(1 / 6))).toBeLessThan(20.5);
    const p = permutation(rng, 100);
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it("normal(1, 2): mean within 4 SE, variance within 3%", () => {
    const { mean, variance } = moments(sample("n", (r) => normal(r, 1, 2)));
    expect(Math.abs(mean - 1)).toBeLessThan(4 * (2 / Math.sqrt(N)));
    expect(Math.abs(variance - 4) / 4).toBeLessThan(0.03);
  });

  it("gamma(0.5) and gamma(3): mean = shape, variance = shape (±4%)", () => {
    for (const shape of [0.5, 3]) {
      const { mean, variance } = moments(sample(`g${shape}`, (r) => gamma(r, shape)));
      expect(Math.abs(mean - shape) / shape).toBeLessThan(0.04);
      expect(Math.abs(variance - shape) / shape).toBeLessThan(0.06);
    }
  });

  it("beta(2, 2) and beta(2, 5): mean a/(a+b), variance ab/((a+b)^2(a+b+1)) (±3%), support [0,1]", () => {
    for (const [a, b] of [
      [2, 2],
      [2, 5],
    ] as const) {
      const xs = sample(`beta${a}${b}`, (r) => beta(r, a, b));
      const { mean, variance } = moments(xs);
      const m = a / (a + b);
      const v = (a * b) / ((a + b) ** 2 * (a + b + 1));
      expect(Math.abs(mean - m) / m).toBeLessThan(0.03);
      expect(Math.abs(variance - v) / v).toBeLessThan(0.05);
      expect(xs.every((x) => x >= 0 && x <= 1)).toBe(true);
    }
  });

  it("poisson(4) and poisson(200) (both algorithms): mean = variance = λ (±3%)", () => {
    for (const lambda of [4, 200]) {
      const { mean, variance } = moments(sample(`p${lambda}`, (r) => poisson(r, lambda)));
      expect(Math.abs(mean - lambda) / lambda).toBeLessThan(0.03);
      expect(Math.abs(variance - lambda) / lambda).toBeLessThan(0.05);
    }
    expect(poisson(streamFromKey("z"), 0)).toBe(0);
  });

  it("poisson(4): probability mass matches exp(-λ)λ^k/k! (chi-square on 0..9 and ≥10, 10 df, below 29.6)", () => {
    const lambda = 4;
    const counts = new Array(11).fill(0);
    for (const x of sample("pm", (r) => poisson(r, lambda))) counts[Math.min(x, 10)]++;
    const probs: number[] = [];
    let pk = Math.exp(-lambda);
    for (let k = 0; k < 10; k++) {
      probs.push(pk);
      pk *= lambda / (k + 1);
    }
    probs.push(1 - probs.reduce((a, b) => a + b, 0));
    expect(chiSquare(counts, probs)).toBeLessThan(29.6);
  });

  it("parameter errors are RangeErrors that name the value", () => {
    const rng = streamFromKey("e");
    expect(() => integer(rng, 3, 3)).toThrow(/lo = 3, hi = 3/);
    expect(() => gamma(rng, 0)).toThrow(/shape = 0/);
    expect(() => poisson(rng, -1)).toThrow(/lambda = -1/);
    expect(() => choice(rng, [])).toThrow(RangeError);
  });
});
