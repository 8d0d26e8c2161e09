import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import fc from "fast-check";
import { bareState } from "./state-helper.js";
import { dissolveTie, follow, formTie, setTrust, trustIn } from "../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../src/model/ties.js";

describe("ties", () => {
  it("keeps each agent's ties sorted by id, symmetric, with directed trust", () => {
    const st = bareState(10);
    for (const j of [7, 2, 9, 4]) formTie(st, 5, j, 0.3, 0.4, 0.7, ORIGIN_EVENT);
    expect(Array.from(st.ties.nbr.subarray(st.ties.base(5), st.ties.base(5) + 4))).toEqual([2, 4, 7, 9]);
    expect(trustIn(st, 5, 7)).toBe(0.4);
    expect(trustIn(st, 7, 5)).toBe(0.7);
    dissolveTie(st, 7, 5);
    expect(st.ties.has(5, 7) || st.ties.has(7, 5)).toBe(false);
    expect(st.ties.count[5]).toBe(3);
  });

  it("refuses self-ties and duplicates", () => {
    const st = bareState(5);
    expect(formTie(st, 1, 1, 0.3, 0.5, 0.5, ORIGIN_EVENT)).toBe(false);
    expect(formTie(st, 1, 2, 0.3, 0.5, 0.5, ORIGIN_EVENT)).toBe(true);
    expect(formTie(st, 2, 1, 0.3, 0.5, 0.5, ORIGIN_EVENT)).toBe(false);
  });

  it("at capacity, a new tie displaces the weakest only if it is stronger", () => {
    const st = bareState(10, { capacity: 2 });
    formTie(st, 0, 1, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    formTie(st, 0, 2, 0.2, 0.5, 0.5, ORIGIN_EVENT);
    expect(formTie(st, 0, 3, 0.1, 0.5, 0.5, ORIGIN_EVENT)).toBe(false); // weaker than the weakest (0.2)
    expect(formTie(st, 0, 3, 0.3, 0.5, 0.5, ORIGIN_EVENT)).toBe(true); // displaces 0–2
    expect(st.ties.has(0, 2)).toBe(false);
    expect(st.ties.has(2, 0)).toBe(false);
    expect(st.ties.count[0]).toBe(2);
  });

  it("clamps trust to [0,1]", () => {
    const st = bareState(3);
    formTie(st, 0, 1, 0.3, 0.5, 0.5, ORIGIN_EVENT);
    setTrust(st, 0, 1, 1.7);
    expect(trustIn(st, 0, 1)).toBe(1);
    setTrust(st, 0, 1, -2);
    expect(trustIn(st, 0, 1)).toBe(0);
  });

  it("never exceeds capacity under random tie formation (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(19), fc.nat(19), fc.double({ min: 0.01, max: 1, noNaN: true })), { maxLength: 200 }),
        (cap, ops) => {
          const st = bareState(20, { capacity: cap });
          for (const [a, b, s] of ops) formTie(st, a, b, s, 0.5, 0.5, ORIGIN_EVENT);
          for (let i = 0; i < 20; i++) {
            expect(st.ties.count[i]).toBeLessThanOrEqual(cap);
            const row = Array.from(st.ties.nbr.subarray(st.ties.base(i), st.ties.base(i) + at(st.ties.count, i)));
            expect(row).toEqual([...row].sort((x, y) => x - y));
            for (const j of row) {
              expect(j).not.toBe(i);
              expect(st.ties.has(j, i)).toBe(true);
              expect(st.ties.strength[st.ties.find(i, j)]).toBe(st.ties.strength[st.ties.find(j, i)]);
            }
          }
        },
      ),
    );
  });
});

describe("follows", () => {
  it("keeps out- and in-lists in step", () => {
    const st = bareState(6);
    follow(st, 0, 3, 0.5, 1);
    follow(st, 0, 1, 0.5, 1);
    follow(st, 2, 1, 0.5, 1);
    expect(Array.from(st.follows.outOf(0))).toEqual([1, 3]);
    expect(Array.from(st.follows.inOf(1))).toEqual([0, 2]);
    expect(st.follows.total).toBe(3);
    st.follows.remove(0, 1);
    expect(Array.from(st.follows.inOf(1))).toEqual([2]);
  });

  it("at the cap, drops the least recently useful follow to make room", () => {
    const st = bareState(6, { followCap: 2 });
    follow(st, 0, 1, 0.5, 1);
    follow(st, 0, 2, 0.5, 2);
    st.follows.markUseful(0, 1, 5); // 1 useful at step 5; 2 last useful at step 2
    expect(follow(st, 0, 3, 0.5, 6)).toBe(true);
    expect(st.follows.follows(0, 2)).toBe(false);
    expect(st.follows.follows(0, 1)).toBe(true);
    expect(st.follows.outLen[0]).toBe(2);
  });

  it("makes no follow at all when the cap is 0 (dunbar regime)", () => {
    const st = bareState(4, { followCap: 0 });
    expect(follow(st, 0, 1, 0.5, 1)).toBe(false);
    expect(st.follows.total).toBe(0);
  });

  it("carries trust between a follow and a tie", () => {
    const st = bareState(4);
    follow(st, 0, 1, 0.9, 1);
    formTie(st, 0, 1, 0.3, 0.2, 0.2, ORIGIN_EVENT);
    expect(trustIn(st, 0, 1)).toBe(0.9); // learned online, carried to the tie
    expect(trustIn(st, 1, 0)).toBe(0.2);
    setTrust(st, 0, 1, 0.4);
    dissolveTie(st, 0, 1);
    expect(trustIn(st, 0, 1)).toBe(0.4); // handed back to the follow
    expect(trustIn(st, 1, 0)).toBe(-1);
  });
});
