import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { binShares, evaluateClaim, findFlip, parseClaim, wilsonShare } from "../../src/sensitivity/claims.js";

const parsed = (text: string) => {
  const r = parseClaim(text);
  if (!r.ok) throw new Error(r.message);
  return r.claim;
};

describe("claims", () => {
  it("parse comparisons with arithmetic and read the columns they name", () => {
    const c = parsed("a_x - 2 * (b + 0.5) >= -c / 4");
    expect(c.columns).toEqual(["a_x", "b", "c"]);
    const row: Record<string, number> = { a_x: 10, b: 1, c: 8 };
    expect(evaluateClaim(c, (n) => row[n] ?? NaN)).toBe(true); // 10 − 3 ≥ −2
    expect(evaluateClaim(parsed("a_x < b"), (n) => row[n] ?? NaN)).toBe(false);
    expect(evaluateClaim(parsed("a_x / 0 > 1"), (n) => row[n] ?? NaN)).toBeNull();
    expect(evaluateClaim(parsed("a_x > b"), () => NaN)).toBeNull();
  });
  it.each([
    ["a >", "expected a column, a number or '(' at the end"],
    ["a + b", "expected a comparison"],
    ["a > b > c", "expected the end of the claim at '>'"],
    ["a == b", "cannot read '== b'"],
    ["a > b $", "cannot read '$'"],
    ["(a > b", "expected ')' at '>'"],
  ])("rejects %s with a message that says what was expected", (text, message) => {
    const r = parseClaim(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
  it("Wilson interval: 8 of 10 gives [0.490, 0.943] (Wilson 1927; Newcombe 1998 Table I method 3 style)", () => {
    const s = wilsonShare(8, 10);
    expect(s.share).toBe(0.8);
    expect(s.ciLow).toBeCloseTo(0.4902, 3);
    expect(s.ciHigh).toBeCloseTo(0.9433, 3);
  });
  it("finds where the share against a parameter crosses one half", () => {
    const runs: [number, boolean][] = [];
    for (const v of [0, 1, 2, 3]) for (let i = 0; i < 10; i++) runs.push([v, i < at([9, 7, 3, 1], v)]);
    const bins = binShares(runs, 0, 3);
    expect(bins.map((b) => b.share)).toEqual([0.9, 0.7, 0.3, 0.1]);
    const flip = findFlip(runs, bins)!;
    expect(flip.at).toBeCloseTo(1.5, 12);
    expect(flip.shareBelow).toBe(0.8);
    expect(flip.shareAbove).toBe(0.2);
    expect(findFlip(runs.map(([v]) => [v, true] as [number, boolean]), bins.map((b) => ({ ...b, share: 1 })))).toBeNull();
  });
  it("cuts many distinct values into 8 equal-width bins", () => {
    const runs: [number, boolean][] = Array.from({ length: 100 }, (_, i) => [i / 100, i < 50]);
    const bins = binShares(runs, 0, 1);
    expect(bins).toHaveLength(8);
    expect(bins.reduce((n, b) => n + b.runs, 0)).toBe(100);
  });
});
