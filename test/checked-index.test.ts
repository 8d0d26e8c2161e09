/** at() and get(): the checked reads that replace `as number` casts (issue 15, strict indexing). */
import { describe, expect, it } from "vitest";
import { at, get } from "../src/checked-index.js";

describe("at", () => {
  it("reads arrays and typed arrays in range", () => {
    expect(at([10, 20, 30], 2)).toBe(30);
    expect(at(new Uint32Array([7, 8]), 0)).toBe(7);
  });

  it("returns an undefined element of an array whose type allows it (a bounds check, not an undefined check)", () => {
    expect(at<number | undefined>([1, undefined], 1)).toBeUndefined();
  });

  it.each([-1, 3, 1.5, NaN])("throws a RangeError naming index %s", (i) => {
    const read = () => at([1, 2, 3], i);
    expect(read).toThrow(RangeError);
    expect(read).toThrow(`index ${i} out of range (length 3)`);
  });
});

describe("get", () => {
  it("reads a present key, including a falsy value", () => {
    expect(get(new Map([["a", 0]]), "a")).toBe(0);
  });

  it("throws a RangeError naming a missing key", () => {
    expect(() => get(new Map([["a", 1]]), "b")).toThrow(new RangeError("key b not found"));
  });
});
