/** BlockArena (src/model/arena.ts): blocks that grow, move to the end, and are compacted in place. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BlockArena, type ArenaGrowth } from "../../src/model/arena.js";

/** Inserts `value` at position `pos` of agent i's block (column 0 holds the values). */
function insert(arena: BlockArena, i: number, pos: number, value: number): void {
  arena.open(i, pos);
  (arena.columns[0] as Int32Array)[(arena.start[i] as number) + pos] = value;
}

/** Agent i's values in slot order. */
function values(arena: BlockArena, i: number): number[] {
  const b = arena.start[i] as number;
  return Array.from((arena.columns[0] as Int32Array).subarray(b, b + (arena.len[i] as number)));
}

describe("BlockArena", () => {
  it("keeps every block's entries through inserts, removals, moves, compactions and growth", () => {
    const rules: ArenaGrowth = { blockShift: 2, minBlock: 4, maxBlock: Infinity, growth: 1.125, compactAt: 1 / 4 };
    const op = fc.record({ insert: fc.boolean(), i: fc.integer({ min: 0, max: 29 }), at: fc.nat(), value: fc.integer() });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 800 }), (ops) => {
        const arena = new BlockArena(30, [Int32Array], rules);
        const ref: number[][] = Array.from({ length: 30 }, () => []);
        for (const { insert: add, i, at, value } of ops) {
          const mine = ref[i] as number[];
          if (add || mine.length === 0) {
            const pos = at % (mine.length + 1);
            insert(arena, i, pos, value);
            mine.splice(pos, 0, value);
          } else {
            const pos = at % mine.length;
            arena.close(i, pos);
            mine.splice(pos, 1);
          }
        }
        for (let i = 0; i < 30; i++) expect(values(arena, i)).toEqual(ref[i]);
        expect(arena.slots()).toBeLessThanOrEqual(arena.size);
      }),
    );
  });

  it("compacts in place, without a new arena, blocks that lie beyond 2^16 slots", () => {
    // 1,000 agents with blocks of 100 slots: 100,000 slots, so a block's first slot
    // needs both 16-bit digits of the position sort.
    const n = 1000;
    const arena = new BlockArena(n, [Int32Array, Float64Array], { blockShift: 1, minBlock: 4, maxBlock: Infinity, growth: 1.25, compactAt: 1 / 8 });
    arena.layout(new Int32Array(n).fill(80)); // 80 + 40 = 120 slots each
    for (let i = 0; i < n; i++) for (let k = 0; k < 120; k++) insert(arena, i, k, i * 1000 + k);
    const before = arena.columns[0];
    const size = arena.size;
    // 200 agents in a scattered order outgrow their blocks (120 → 180 slots), which
    // move to the end; after 166 moves the arena (150,000 slots) runs out and compacts,
    // the moved-out blocks being an eighth of it, leaving room for the rest.
    let rearranged = 0;
    const moved = new Set<number>();
    for (let k = 0; k < 200; k++) {
      const i = (k * 617) % n;
      if (arena.open(i, 0)) rearranged++;
      (arena.columns[0] as Int32Array)[arena.start[i] as number] = -i - 1;
      (arena.columns[1] as Float64Array)[arena.start[i] as number] = i / 2;
      moved.add(i);
    }
    expect(rearranged).toBe(1);
    for (let i = 0; i < n; i++) {
      const want = [...(moved.has(i) ? [-i - 1] : []), ...Array.from({ length: 120 }, (_, k) => i * 1000 + k)];
      expect(values(arena, i)).toEqual(want);
      if (moved.has(i)) expect((arena.columns[1] as Float64Array)[arena.start[i] as number]).toBe(i / 2);
    }
    // Compacted at least once in place: the same column, and the blocks lie without overlap.
    expect(arena.columns[0]).toBe(before);
    expect(arena.size).toBe(size);
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (arena.start[a] as number) - (arena.start[b] as number));
    for (let k = 1; k < n; k++) {
      const prev = order[k - 1] as number;
      expect(arena.start[order[k] as number]).toBeGreaterThanOrEqual((arena.start[prev] as number) + (arena.room[prev] as number));
    }
  });
});
