import { describe, expect, it } from "vitest";
import { sampleSorted } from "../../src/model/posts.js";
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
      for (const x of v) hits[x]++;
    }
    const expected = (rounds * 4) / 10;
    const chi2 = hits.reduce((s, h) => s + (h - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.9); // 9 degrees of freedom, 99.9th percentile
  });
});
