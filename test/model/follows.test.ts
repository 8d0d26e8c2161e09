/** The follow store (src/model/follows.ts): sorted blocks in two arenas, moved when they grow, compacted. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FollowStore } from "../../src/model/follows.js";

describe("FollowStore", () => {
  it("keeps the same follows, followers, trust and useful steps as a reference through adds, removals, unfollow sweeps and compactions", () => {
    const n = 30;
    const op = fc.record({ kind: fc.integer({ min: 0, max: 5 }), i: fc.integer({ min: 0, max: n - 1 }), j: fc.integer({ min: 0, max: n - 1 }), t: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 800 }), (ops) => {
        const f = new FollowStore(n);
        const ref = new Map<string, [number, number]>(); // "i>j" → [trust, useful step]
        ops.forEach(({ kind, i, j, t }, step) => {
          const key = `${i}>${j}`;
          if (kind <= 3) {
            if (i !== j && !ref.has(key)) {
              f.add(i, j, t, step);
              ref.set(key, [t, step]);
            }
          } else if (kind === 4) {
            expect(f.remove(i, j)).toBe(ref.delete(key));
          } else {
            // an unfollow sweep over agent i: drop every other follow
            const drop = new Uint8Array(f.outLen[i] as number).map((_, k) => k % 2);
            const gone = Array.from(f.outOf(i)).filter((_, k) => k % 2 === 1);
            expect(f.removeFlagged(i, drop)).toBe(gone.length);
            f.settleRemovals();
            for (const g of gone) ref.delete(`${i}>${g}`);
          }
        });
        expect(f.total).toBe(ref.size);
        for (let i = 0; i < n; i++) {
          const out = [...ref.keys()].filter((k) => k.startsWith(`${i}>`)).map((k) => Number(k.split(">")[1])).sort((a, b) => a - b);
          const inn = [...ref.keys()].filter((k) => k.endsWith(`>${i}`)).map((k) => Number(k.split(">")[0])).sort((a, b) => a - b);
          expect(Array.from(f.outOf(i))).toEqual(out);
          expect(Array.from(f.inOf(i))).toEqual(inn);
          out.forEach((j, k) => {
            const [t, u] = ref.get(`${i}>${j}`) as [number, number];
            expect(f.findOut(i, j)).toBe(k);
            expect(f.trust[f.outBase(i) + k]).toBe(t);
            expect(f.useful[f.outBase(i) + k]).toBe(u);
            expect(f.follows(i, j)).toBe(true);
          });
        }
      }),
      { numRuns: 120 },
    );
  });

  it("grows its arenas as many agents follow many others, and counts about 29 bytes per follow", () => {
    const n = 2000;
    const f = new FollowStore(n);
    for (let d = 1; d <= 100; d++) for (let i = 0; i < n; i++) f.add(i, (i + d * 7) % n, 0.5, d);
    expect(f.total).toBe(100 * n);
    for (let i = 0; i < n; i += 97) {
      expect(f.outLen[i]).toBe(100);
      expect(f.inLen[i]).toBe(100);
      for (let d = 1; d <= 100; d++) expect(f.follows(i, (i + d * 7) % n)).toBe(true);
    }
    const perFollow = (f.bytes() - 24 * n) / f.total;
    expect(perFollow).toBeGreaterThanOrEqual(20);
    expect(perFollow).toBeLessThan(35);
  });
});
