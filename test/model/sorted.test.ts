import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insertionSort, insertSorted } from "../../src/model/sorted.js";

describe("insertSorted", () => {
  it("puts a value after the smaller and equal ones and shifts the rest", () => {
    const a = new Int32Array([1, 3, 3, 7, 0]);
    expect(insertSorted(a, 4, 3)).toBe(3);
    expect(Array.from(a)).toEqual([1, 3, 3, 3, 7]);
    const b = new Uint32Array([5, 0]);
    expect(insertSorted(b, 1, 2)).toBe(0);
    expect(Array.from(b)).toEqual([2, 5]);
    const c = new Int32Array(1);
    expect(insertSorted(c, 0, -4)).toBe(0);
    expect(Array.from(c)).toEqual([-4]);
  });

  it("insertionSort sorts a prefix as Array.prototype.sort does and leaves the rest", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 60 }), fc.nat(), (values, cut) => {
        const a = Int32Array.from(values);
        const len = values.length === 0 ? 0 : cut % (values.length + 1);
        insertionSort(a, len);
        const expected = [...values.slice(0, len)].sort((x, y) => x - y).concat(values.slice(len));
        expect(Array.from(a)).toEqual(expected);
      }),
      { seed: 15 },
    );
  });
});
