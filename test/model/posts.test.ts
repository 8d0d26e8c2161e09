import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { SampleBits, sampleSorted } from "../../src/model/posts.js";
import { stream } from "../../src/random/streams.js";

describe("sampleSorted (Floyd)", () => {
  it("draws k distinct sorted values of [0, n), each with probability k/n", () => {
    const rng = stream(3, "t");
    const out = new Int32Array(4);
    const hits = new Array<number>(10).fill(0);
    const rounds = 5000;
    for (let r = 0; r < rounds; r++) {
      sampleSorted(rng, 10, 4, out);
      const v = Array.from(out);
      expect(new Set(v).size).toBe(4);
      expect(v).toEqual([...v].sort((a, b) => a - b));
      for (const x of v) hits[x] = at(hits, x) + 1;
    }
    const expected = (rounds * 4) / 10;
    const chi2 = hits.reduce((s, h) => s + (h - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.9); // 9 degrees of freedom, 99.9th percentile
  });

  it("returns the sample of plain Floyd's algorithm, sorted, whether the bitset is scanned or the picks sorted", () => {
    // The reference: Floyd's algorithm with a Set, then a sort. Same draws, same sample.
    const floyd = (rng: () => number, n: number, k: number): number[] => {
      const chosen = new Set<number>();
      for (let j = n - k; j < n; j++) {
        const t = Math.floor(rng() * (j + 1));
        chosen.add(chosen.has(t) ? j : t);
      }
      return [...chosen].sort((a, b) => a - b);
    };
    const marks = new SampleBits();
    for (const [n, k] of [[1, 1], [31, 30], [33, 30], [64, 5], [500, 30], [15_000, 30], [16_000, 30], [200_000, 30], [100, 100]] as const) {
      const a = stream(n, "sample-a");
      const b = stream(n, "sample-a"); // a second stream with the same key: the same draws
      const out = new Int32Array(k);
      for (let r = 0; r < 20; r++) {
        sampleSorted(a, n, k, out, marks);
        expect(Array.from(out)).toEqual(floyd(b, n, k));
      }
    }
  });
});
