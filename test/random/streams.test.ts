import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { replicateSeed, replicateSeeds, stream, streamFromKey } from "../../src/random/streams.js";

const draws = (rng: () => number, k: number) => Array.from({ length: k }, () => rng());

describe("seeded streams", () => {
  it("the same (seed, purpose) gives the same sequence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.string(), (seed, purpose) => {
        expect(draws(stream(seed, purpose), 20)).toEqual(draws(stream(seed, purpose), 20));
      }),
    );
  });

  it("different purposes and seeds give different sequences", () => {
    expect(draws(stream(1, "agents"), 5)).not.toEqual(draws(stream(1, "post"), 5));
    expect(draws(stream(1, "agents"), 5)).not.toEqual(draws(stream(2, "agents"), 5));
  });

  it("draws from one stream never change another's", () => {
    const a = stream(7, "react");
    const b = stream(7, "sampling");
    const before = draws(stream(7, "react"), 10);
    draws(b, 1000);
    expect(draws(a, 10)).toEqual(before);
  });

  it("numbers are in [0, 1)", () => {
    for (const x of draws(streamFromKey("range"), 10_000)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("golden values pin the generator (a change of PRNG must be deliberate)", () => {
    // Recorded from this implementation (seedrandom 3.0.5 Alea); if this fails,
    // every committed result changes: bump the version and regenerate them.
    const v = draws(stream(42, "agents"), 3).map((x) => x.toFixed(12));
    expect(v).toEqual(GOLDEN);
  });
});

describe("replicate seeds", () => {
  it("replicate k's seed depends only on (master, k)", () => {
    const ten = replicateSeeds(5, 10);
    expect(ten).toHaveLength(10);
    for (let k = 0; k < 10; k++) expect(replicateSeed(5, k)).toBe(ten[k]);
    expect(new Set(ten).size).toBe(10);
  });

  it("an explicit list is used as given", () => {
    expect(replicateSeeds(5, [3, 1, 4])).toEqual([3, 1, 4]);
  });

  it("seeds are unsigned 32-bit integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.nat(1000), (m, k) => {
        const s = replicateSeed(m, k);
        expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
      }),
    );
  });
});

const GOLDEN = ["0.827944034943", "0.257670073770", "0.331512311939"];
