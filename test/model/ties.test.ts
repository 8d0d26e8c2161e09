/** The tie store's arena (src/model/ties.ts): blocks sized on demand, moved when they grow, compacted. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TieStore } from "../../src/model/ties.js";
import { ModelError } from "../../src/errors.js";

/** Agent i's ties as [neighbour, strength, trust, origin] in slot order. */
function block(ties: TieStore, i: number): number[][] {
  const rows: number[][] = [];
  for (let s = ties.base(i); s < ties.base(i) + (ties.count[i] as number); s++) {
    rows.push([ties.nbr[s] as number, ties.strength[s] as number, ties.trust[s] as number, ties.origin[s] as number]);
  }
  return rows;
}

describe("TieStore arena", () => {
  it("holds the same sorted blocks as a reference through inserts, removals, moves and compactions", () => {
    const n = 12;
    const cap = 40;
    const op = fc.record({ insert: fc.boolean(), i: fc.integer({ min: 0, max: n - 1 }), j: fc.integer({ min: 0, max: 200 }), v: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 600 }), fc.boolean(), (ops, laidOut) => {
        const ties = new TieStore(201, cap);
        if (laidOut) ties.layout(new Int32Array(201).fill(3));
        const ref = new Map<number, Map<number, number[]>>();
        for (const { insert, i, j, v } of ops) {
          const mine = ref.get(i) ?? new Map<number, number[]>();
          ref.set(i, mine);
          if (insert && !mine.has(j) && !ties.full(i)) {
            ties.insertSide(i, j, v, 1 - v, j % 3);
            mine.set(j, [j, v, 1 - v, j % 3]);
          } else if (!insert && mine.size > 0) {
            const drop = [...mine.keys()].sort((a, b) => a - b)[j % mine.size] as number;
            ties.removeSide(i, ties.find(i, drop));
            mine.delete(drop);
          }
        }
        for (let i = 0; i < n; i++) {
          const want = [...(ref.get(i) ?? new Map<number, number[]>()).values()].sort((a, b) => (a[0] as number) - (b[0] as number));
          expect(block(ties, i)).toEqual(want);
          for (const [j] of want) expect(ties.find(i, j as number)).toBeGreaterThanOrEqual(0);
        }
        // no two blocks overlap
        const owner = new Int32Array(ties.nbr.length).fill(-1);
        for (let i = 0; i < 201; i++) {
          for (let s = ties.base(i); s < ties.base(i) + (ties.count[i] as number); s++) {
            expect(owner[s]).toBe(-1);
            owner[s] = i;
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("moves a growing block, compacts moved-out blocks, and keeps mirrors right", () => {
    const n = 400;
    const ties = new TieStore(n, 150);
    ties.layout(new Int32Array(n).fill(8));
    const slotsAtStart = ties.nbr.length;
    // a ring, then every agent tied to its next 60 ids: blocks grow 8 → 12 → … and move
    for (let d = 1; d <= 60; d++) {
      for (let i = 0; i < n; i++) {
        const j = (i + d) % n;
        if (ties.has(i, j)) continue;
        ties.insertSide(i, j, 0.5, i / n, 0);
        ties.insertSide(j, i, 0.5, j / n, 0);
      }
    }
    expect(ties.nbr.length).toBeGreaterThan(slotsAtStart);
    expect(ties.slots()).toBeLessThanOrEqual(ties.nbr.length);
    // every agent holds 120 ties, in blocks of at most the cap
    for (let i = 0; i < n; i++) expect(ties.count[i]).toBe(120);
    expect(ties.slots()).toBeLessThanOrEqual(n * 150);
    const { mirror, back } = ties.mirrorsAndBack();
    for (let i = 0; i < n; i++) {
      for (let s = ties.base(i); s < ties.base(i) + 120; s++) {
        const j = ties.nbr[s] as number;
        expect(ties.nbr[mirror[s] as number]).toBe(i);
        expect(mirror[s]).toBe(ties.find(j, i));
        expect(back[s]).toBe(j / n); // j's trust in i
      }
    }
  });

  it("refuses a tie above the cap instead of writing into another block", () => {
    const ties = new TieStore(10, 3);
    for (const j of [1, 2, 3]) ties.insertSide(0, j, 1, 1, 0);
    expect(() => ties.insertSide(0, 4, 1, 1, 0)).toThrow(ModelError);
  });
});
