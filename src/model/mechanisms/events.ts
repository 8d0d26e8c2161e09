/**
 * Step 5, events (docs/MODEL.md One step: events): every `events.every` steps a round
 * of `perRound` events — perAgent × N, or the old absolute `events.count` — its
 * fractional part rounded up with that probability, each on a topic drawn uniformly;
 * with `minPerTopic` > 0 the round holds at least that many events on every topic
 * (the first K × minPerTopic events go round the topics, the rest are uniform).
 * Each active agent considers the round's events on topics it matches (similarity ≥
 * `minSimilarity`) and, with its strategy's `eventRate`, attends one of them drawn
 * uniformly: at most one event per round, so with events per capita an agent's
 * attendance and an event's size do not grow with N. Each attendee, in activation
 * order, makes `meetings` meetings: with probability `preferKnown`, when it has any,
 * with an attendee it follows or is followed by ("meet in person the people you talked
 * to online"), otherwise with a uniformly drawn other attendee. A meeting reinforces an
 * existing tie (an interaction) or creates one with strength `maintain.newTieStrength`
 * and trust `events.trust` on each side (or the follow trust already held, relations.ts).
 *
 * References: S. L. Feld, "The focused organization of social ties", AJS 86(5), 1981
 * (shared foci create ties); Jackson & Rogers 2007 (meeting strangers).
 */
import type { Rng } from "../../random/streams.js";
import { roundStochastic } from "../../random/draw.js";
import type { ModelState } from "../state.js";
import { isActive } from "../state.js";
import { topicAffinity } from "../interests.js";
import { formTie, interact } from "../relations.js";
import { ORIGIN_EVENT } from "../ties.js";

export interface EventsParams {
  readonly enabled: boolean;
  readonly every: number;
  /** Mean events per round (perAgent × N, or the absolute count). */
  readonly perRound: number;
  /** Events every topic holds at least, each round. */
  readonly minPerTopic: number;
  readonly minSimilarity: number;
  readonly meetings: number;
  readonly preferKnown: number;
  readonly trust: number;
  readonly newTieStrength: number;
}

export function events(state: ModelState, params: EventsParams, rng: Rng, step: number, order: Int32Array): void {
  if (!params.enabled || step % params.every !== 0) return;
  const { agents, strategies } = state;
  const n = state.n;
  const K = agents.interests.topics;
  const floor = K * params.minPerTopic;
  const count = Math.max(roundStochastic(rng, params.perRound), floor);
  if (count === 0) return;
  // The round's events grouped by topic (event ids ascending within a topic).
  const topicOf = new Int32Array(count);
  const perTopic = new Int32Array(K + 1);
  for (let e = 0; e < count; e++) {
    const t = e < floor ? e % K : Math.floor(rng() * K);
    topicOf[e] = t;
    perTopic[t + 1] = (perTopic[t + 1] as number) + 1;
  }
  for (let t = 0; t < K; t++) perTopic[t + 1] = (perTopic[t + 1] as number) + (perTopic[t] as number);
  const byTopic = new Int32Array(count);
  const fill = perTopic.slice(0, K);
  for (let e = 0; e < count; e++) {
    const t = topicOf[e] as number;
    const at = fill[t] as number;
    byTopic[at] = e;
    fill[t] = at + 1;
  }

  // Each agent picks at most one event; attendees are kept in activation order.
  const choice = new Int32Array(n).fill(-1);
  const size = new Int32Array(count + 1);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    if (!isActive(state, i, step)) continue;
    let options = 0;
    for (let t = 0; t < K; t++) {
      if (perTopic[t + 1] !== perTopic[t] && topicAffinity(agents.interests, i, t) >= params.minSimilarity) options += (perTopic[t + 1] as number) - (perTopic[t] as number);
    }
    if (options === 0 || !(rng() < (strategies.eventRate[agents.strategy[i] as number] as number))) continue;
    let r = Math.floor(rng() * options);
    for (let t = 0; t < K; t++) {
      const here = (perTopic[t + 1] as number) - (perTopic[t] as number);
      if (here === 0 || topicAffinity(agents.interests, i, t) < params.minSimilarity) continue;
      if (r < here) {
        const e = byTopic[(perTopic[t] as number) + r] as number;
        choice[i] = e;
        size[e + 1] = (size[e + 1] as number) + 1;
        break;
      }
      r -= here;
    }
  }
  for (let e = 0; e < count; e++) size[e + 1] = (size[e + 1] as number) + (size[e] as number);
  const attendees = new Int32Array(size[count] as number);
  const next = size.slice(0, count);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const e = choice[i] as number;
    if (e < 0) continue;
    const at = next[e] as number;
    attendees[at] = i;
    next[e] = at + 1;
  }
  const attending = new Uint8Array(n);
  for (let e = 0; e < count; e++) meet(state, params, rng, attendees.subarray(size[e] as number, size[e + 1] as number), attending);
}

/** The meetings of one event's attendees (in activation order). */
function meet(state: ModelState, params: EventsParams, rng: Rng, attendees: Int32Array, attending: Uint8Array): void {
  const m = attendees.length;
  if (m < 2) return;
  const { follows } = state;
  for (let x = 0; x < m; x++) attending[attendees[x] as number] = 1;
  const known: number[] = [];
  for (let x = 0; x < m; x++) {
    const a = attendees[x] as number;
    known.length = 0;
    const ob = follows.outBase(a);
    for (let f = ob; f < ob + (follows.outLen[a] as number); f++) if (attending[follows.outIds[f] as number]) known.push(follows.outIds[f] as number);
    const ib = follows.inBase(a);
    for (let f = ib; f < ib + (follows.inLen[a] as number); f++) {
      const c = follows.inIds[f] as number;
      if (attending[c] && !follows.follows(a, c)) known.push(c);
    }
    for (let r = 0; r < params.meetings; r++) {
      const preferKnown = rng() < params.preferKnown;
      let b: number;
      if (preferKnown && known.length > 0) b = known[Math.floor(rng() * known.length)] as number;
      else {
        const y = Math.floor(rng() * (m - 1));
        b = attendees[y >= x ? y + 1 : y] as number;
      }
      if (state.ties.has(a, b)) interact(state, a, b);
      else formTie(state, a, b, params.newTieStrength, params.trust, params.trust, ORIGIN_EVENT);
    }
  }
  for (let x = 0; x < m; x++) attending[attendees[x] as number] = 0;
}
