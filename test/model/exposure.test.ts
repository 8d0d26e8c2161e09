/** Who knows of an agent's detected deception (src/model/exposure.ts), against a plain map. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Exposure } from "../../src/model/exposure.js";
import { TieStore } from "../../src/model/ties.js";

describe("Exposure", () => {
  it("counts recent knowers and knowing ties as a map of (actor, knower) → last step does", () => {
    const n = 25;
    const op = fc.record({ learn: fc.integer({ min: 0, max: 3 }), knower: fc.integer({ min: 0, max: n - 1 }), actor: fc.integer({ min: 0, max: 4 }), since: fc.integer({ min: -1, max: 60 }) });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 400 }), fc.array(fc.integer({ min: 1, max: n - 1 }), { maxLength: 20 }), (ops, tied) => {
        const ties = new TieStore(n, 24);
        for (const j of new Set(tied)) {
          ties.insertSide(0, j, 1, 1, 0);
          ties.insertSide(j, 0, 1, 1, 0);
        }
        const ex = new Exposure(n);
        const ref = new Map<number, Map<number, number>>();
        ops.forEach(({ learn, knower, actor, since }, step) => {
          ex.now = step;
          if (learn > 0) {
            ex.learn(knower, actor);
            const m = ref.get(actor) ?? new Map<number, number>();
            m.set(knower, step);
            ref.set(actor, m);
            return;
          }
          const from = since < 0 ? -Infinity : since;
          const m = ref.get(actor) ?? new Map<number, number>();
          for (const [k, at] of m) if (at < from) m.delete(k);
          expect(ex.recent(actor, from)).toBe(m.size);
          const know = ref.get(0) ?? new Map<number, number>();
          let want = 0;
          for (let s = ties.base(0); s < ties.base(0) + (ties.count[0] as number); s++) {
            const at = know.get(ties.nbr[s] as number);
            if (at !== undefined && at >= from) want++;
          }
          expect(ex.tiesKnowing(ties, 0, from)).toBe(want);
        });
      }),
      { numRuns: 150 },
    );
  });
});
