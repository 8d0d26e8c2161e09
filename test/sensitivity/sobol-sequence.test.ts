import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { sobolPoints, SOBOL_MAX_DIMENSIONS } from "../../src/sensitivity/sobol-sequence.js";

describe("sobolPoints (Joe & Kuo 2008 direction numbers)", () => {
  it("gives the published first eight 3-D points (Joe & Kuo's sobol.cc output, Gray-code order)", () => {
    expect(sobolPoints(8, 3)).toEqual([
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
    ]);
  });
  it("the first 2^m points put exactly one point in each interval of width 2^-m, in every dimension (a (0, m, 1)-net)", () => {
    const pts = sobolPoints(256, SOBOL_MAX_DIMENSIONS);
    for (let d = 0; d < SOBOL_MAX_DIMENSIONS; d++) {
      const cells = new Set(pts.map((p) => Math.floor(at(p, d) * 256)));
      expect(cells.size).toBe(256);
    }
  });
  it("each pair of the first 12 dimensions has 16 points in each of the 4×4 squares of the first 256 points", () => {
    const pts = sobolPoints(256, 12);
    for (let a = 0; a < 12; a++) {
      for (let b = a + 1; b < 12; b++) {
        const counts = new Map<number, number>();
        for (const p of pts) {
          const c = Math.floor(at(p, a) * 4) * 4 + Math.floor(at(p, b) * 4);
          counts.set(c, (counts.get(c) ?? 0) + 1);
        }
        expect([...counts.values()]).toEqual(new Array(16).fill(16));
      }
    }
  });
  it("rejects dimensions beyond the table", () => {
    expect(() => sobolPoints(4, SOBOL_MAX_DIMENSIONS + 1)).toThrow(RangeError);
  });
});
