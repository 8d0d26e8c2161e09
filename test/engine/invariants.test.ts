/**
 * Invariants checked after every step over random small scenarios (fast-check): no
 * agent above its Dunbar capacity or its follow cap; trust and strength in [0,1]
 * (strength > 0); ties symmetric, sorted, without self-ties; follow lists consistent;
 * no follows at all in the dunbar regime.
 */
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import fc from "fast-check";
import { buildState } from "../../src/engine/build.js";
import { step, stepParams, stepStreams } from "../../src/engine/step.js";
import type { ModelState } from "../../src/model/state.js";
import { makeScenario } from "./scenario-helper.js";

function checkInvariants(st: ModelState, capacity: number, followCap: number, dunbar: boolean): void {
  const { ties, follows } = st;
  let outTotal = 0;
  for (let i = 0; i < st.n; i++) {
    const c = at(ties.count, i);
    if (c > capacity) throw new Error(`agent ${i} has ${c} ties > capacity ${capacity}`);
    let prev = -1;
    for (let s = ties.base(i); s < ties.base(i) + c; s++) {
      const j = at(ties.nbr, s);
      if (j === i) throw new Error(`self-tie at ${i}`);
      if (j <= prev) throw new Error(`ties of ${i} not sorted`);
      prev = j;
      const other = ties.find(j, i);
      if (other < 0) throw new Error(`tie ${i}–${j} not symmetric`);
      const str = at(ties.strength, s);
      if (!(str > 0 && str <= 1) || str !== ties.strength[other]) throw new Error(`bad strength ${str} on ${i}–${j}`);
      const t = at(ties.trust, s);
      if (!(t >= 0 && t <= 1)) throw new Error(`trust ${t} outside [0,1] on ${i}→${j}`);
    }
    const len = at(follows.outLen, i);
    outTotal += len;
    if (len > followCap) throw new Error(`agent ${i} follows ${len} > cap ${followCap}`);
    if (dunbar && (len > 0 || at(follows.inLen, i) > 0)) throw new Error(`follows in the dunbar regime at ${i}`);
    const out = follows.outOf(i);
    const ob = follows.outBase(i);
    for (let k = 0; k < len; k++) {
      const j = at(out, k);
      if (j === i) throw new Error(`self-follow at ${i}`);
      if (k > 0 && j <= at(out, k - 1)) throw new Error(`follows of ${i} not sorted`);
      const t = at(follows.trust, ob + k);
      if (!(t >= 0 && t <= 1)) throw new Error(`follow trust outside [0,1] at ${i}→${j}`);
      if (!Array.from(follows.inOf(j)).includes(i)) throw new Error(`follow ${i}→${j} missing from ${j}'s followers`);
    }
  }
  if (outTotal !== follows.total) throw new Error(`follow total ${follows.total} ≠ ${outTotal}`);
}

const scenarioArb = fc.record({
  count: fc.integer({ min: 2, max: 60 }),
  regime: fc.constantFrom("dunbar" as const, "amplified" as const),
  capacity: fc.integer({ min: 1, max: 12 }),
  followCap: fc.integer({ min: 0, max: 8 }),
  opportunistic: fc.double({ min: 0, max: 1, noNaN: true }),
  generator: fc.constantFrom("connected-caveman", "erdos-renyi", "barabasi-albert", "empty"),
  decay: fc.double({ min: 0, max: 0.3, noNaN: true }),
  detection: fc.double({ min: 0, max: 1, noNaN: true }),
  seed: fc.integer({ min: 0, max: 1e6 }),
});

describe("model invariants at every step", () => {
  it("hold over random small scenarios", () => {
    fc.assert(
      fc.property(scenarioArb, (p) => {
        const initial =
          p.generator === "connected-caveman"
            ? { generator: "connected-caveman" as const, groupSize: Math.min(6, p.count) < 2 ? 2 : Math.min(6, p.count) }
            : p.generator === "erdos-renyi"
              ? { generator: "erdos-renyi" as const, meanDegree: Math.min(6, p.count - 1) }
              : p.generator === "barabasi-albert"
                ? { generator: "barabasi-albert" as const, m: 1 }
                : { generator: "empty" as const };
        const sc = makeScenario({
          steps: 15,
          agents: { count: p.count, strategies: { authentic: 1 - p.opportunistic, opportunistic: p.opportunistic } },
          network: { regime: p.regime, initial, dunbar: { capacity: p.capacity, layers: [p.capacity] }, followCap: p.followCap, discoveryRate: 0.3 },
          mechanisms: {
            maintain: { decay: p.decay },
            trust: { detection: p.detection },
            events: { every: 3, minSimilarity: 0.2 },
            opportunities: { rate: 3 },
          },
        });
        const st = buildState(sc, p.seed);
        const params = stepParams(sc, st);
        const rngs = stepStreams(p.seed);
        const followCap = p.regime === "dunbar" ? 0 : p.followCap;
        checkInvariants(st, p.capacity, followCap, p.regime === "dunbar");
        for (let t = 1; t <= sc.steps; t++) {
          step(st, params, rngs, t);
          checkInvariants(st, p.capacity, followCap, p.regime === "dunbar");
        }
      }),
      { numRuns: 60 },
    );
  });

  it("is broken by a corrupted state (the checker can fail)", () => {
    const sc = makeScenario({ steps: 1, agents: { count: 20 }, network: { initial: { generator: "connected-caveman", groupSize: 5 } } });
    const st = buildState(sc, 1);
    st.ties.trust[0] = 1.5;
    expect(() => checkInvariants(st, 150, 5000, false)).toThrow(/outside \[0,1\]/);
  });
});
