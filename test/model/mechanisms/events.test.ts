/**
 * Events: who attends (topic affinity, eventRate, patience), whom attendees meet
 * (preferKnown), and what a meeting does (a new tie with the event's strength and
 * trust, the follow trust carried over, or an interaction on an existing tie).
 */
import { describe, expect, it } from "vitest";
import { events, type EventsParams } from "../../../src/model/mechanisms/events.js";
import { follow, formTie, trustIn } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";
import type { ModelState } from "../../../src/model/state.js";
import { stream, type Rng } from "../../../src/random/streams.js";
import { counting, handState, strategyIndex, type HandAgents } from "./hand-state.js";

const everyone = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** A state where everybody attends every event it qualifies for (eventRate 1), and the events parameters under test. */
function world(agents: HandAgents, p: Partial<EventsParams> = {}): { state: ModelState; p: EventsParams } {
  const { state, params } = handState(agents);
  state.strategies.eventRate.fill(1);
  return { state, p: { ...params.events, every: 1, perRound: 1, minSimilarity: 0, meetings: 1, preferKnown: 0, trust: 0.3, ...p } };
}

function rounds(state: ModelState, p: EventsParams, steps: number, rng: Rng = stream(1, "events")): void {
  for (let t = 1; t <= steps; t++) events(state, p, rng, t, everyone(state.n));
}

function ties(state: ModelState): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < state.n; i++) for (let j = i + 1; j < state.n; j++) if (state.ties.has(i, j)) out.push([i, j]);
  return out;
}

describe("events", () => {
  it("two strangers who attend meet and form a tie with the event's strength and trust on both sides", () => {
    const { state, p } = world({ weights: [[1], [1]] });
    rounds(state, p, 1);
    const slot = state.ties.find(0, 1);
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(state.ties.strength[slot]).toBe(p.newTieStrength);
    expect(state.ties.origin[slot]).toBe(ORIGIN_EVENT);
    expect([trustIn(state, 0, 1), trustIn(state, 1, 0)]).toEqual([0.3, 0.3]);
  });

  it("meeting an existing tie is an interaction on each side, one per meeting; strength and trust stay", () => {
    const { state, p } = world({ weights: [[1], [1]] }, { meetings: 3 });
    formTie(state, 0, 1, 0.9, 0.2, 0.8, ORIGIN_EVENT);
    rounds(state, p, 1); // one event, two attendees: each makes its 3 meetings with the other
    expect(state.ties.touches[state.ties.find(0, 1)]).toBe(3);
    expect(state.ties.touches[state.ties.find(1, 0)]).toBe(3);
    expect(state.ties.strength[state.ties.find(0, 1)]).toBe(0.9);
    expect([trustIn(state, 0, 1), trustIn(state, 1, 0)]).toEqual([0.2, 0.8]);
  });

  it("only agents whose weight on the event's topic is at least minSimilarity attend: no tie ever crosses topics", () => {
    // 0–2 on topic 0; 3–4 on topic 1; 5 leans to topic 1 (weights 0.6, 0.8)
    const agents: HandAgents = { weights: [[1, 0], [1, 0], [1, 0], [0, 1], [0, 1], [0.6, 0.8]] };
    const { state, p } = world(agents, { minSimilarity: 0.7, meetings: 2 });
    rounds(state, p, 30);
    const found = ties(state);
    const side = (i: number) => (i <= 2 ? 0 : 1);
    expect(found.every(([i, j]) => side(i) === side(j))).toBe(true);
    expect(found.some(([i]) => side(i) === 0)).toBe(true);
    expect(found.some(([i]) => side(i) === 1)).toBe(true);
    expect(found.some(([i, j]) => i === 5 || j === 5)).toBe(true);

    const open = world(agents, { minSimilarity: 0.5, meetings: 2 }); // 5 now qualifies for topic 0 too
    rounds(open.state, open.p, 30);
    expect(ties(open.state).some(([i, j]) => side(i) === 0 && j === 5)).toBe(true);
  });

  it("with preferKnown 1 an attendee meets someone it follows or who follows it; the follow's trust carries into the tie", () => {
    const agents: HandAgents = { weights: [[1], [1], [1], [1], [1], [1]] };
    const { state, p } = world(agents, { preferKnown: 1 });
    follow(state, 0, 1, 0.7, 0);
    rounds(state, p, 1);
    expect(state.ties.has(0, 1)).toBe(true);
    expect(trustIn(state, 0, 1)).toBe(0.7); // learned online, kept offline
    expect(trustIn(state, 1, 0)).toBe(0.3); // the event's trust
    // 1 is followed by 0 (and does not follow back): its one meeting goes to 0, now an interaction
    expect(state.ties.touches[state.ties.find(1, 0)]).toBe(1);

    // Without the preference the pair meets by chance: 0 picks 1 or 1 picks 0, 1 − (4/5)² = 0.36.
    let met = 0;
    const trials = 300;
    const rng = stream(2, "events");
    for (let r = 0; r < trials; r++) {
      const chance = world(agents, { preferKnown: 0 });
      follow(chance.state, 0, 1, 0.7, 0);
      rounds(chance.state, chance.p, 1, rng);
      if (chance.state.ties.has(0, 1)) met++;
    }
    // binomial sd √(300·0.36·0.64) ≈ 8.3: ±35 is about 4 sd
    expect(met).toBeGreaterThan(108 - 35);
    expect(met).toBeLessThan(108 + 35);
  });

  it("nobody attends with eventRate 0 or in patience steps; off-round steps and a disabled mechanism draw nothing", () => {
    const zero = world({ weights: [[1], [1], [1]] });
    zero.state.strategies.eventRate.fill(0);
    rounds(zero.state, zero.p, 10);
    expect(zero.state.ties.edges()).toBe(0);

    const waiting = world({ weights: [[1], [1], [1]] });
    waiting.state.strategies.patience[strategyIndex(waiting.state, "authentic")] = 10;
    rounds(waiting.state, waiting.p, 10);
    expect(waiting.state.ties.edges()).toBe(0);

    const every = world({ weights: [[1], [1], [1]] }, { every: 3 });
    const c = counting(stream(3, "events"));
    for (const t of [1, 2, 4, 5]) events(every.state, every.p, c.rng, t, everyone(3));
    events(every.state, { ...every.p, enabled: false }, c.rng, 3, everyone(3));
    expect(c.draws()).toBe(0);
    events(every.state, every.p, c.rng, 3, everyone(3));
    expect(c.draws()).toBeGreaterThan(0);
    expect(every.state.ties.edges()).toBeGreaterThan(0);
  });
});
