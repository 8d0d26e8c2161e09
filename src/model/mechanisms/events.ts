/**
 * Step 5, events (docs/ODD.md §3 Process overview): every `events.every` steps, `events.count` events,
 * each on a topic drawn uniformly. Active agents whose similarity to the topic is
 * ≥ `minSimilarity` attend with their strategy's `eventRate` (an agent may attend
 * several events of a round). Each attendee, in activation order, makes
 * `meetings` meetings: with probability `preferKnown`, when it has any, with an
 * attendee it follows or is followed by ("meet in person the people you talked to
 * online"), otherwise with a uniformly drawn other attendee. A meeting reinforces an
 * existing tie (an interaction) or creates one with strength
 * `maintain.newTieStrength` and trust `events.trust` on each side (or the follow
 * trust already held, relations.ts).
 *
 * References: S. L. Feld, "The focused organization of social ties", AJS 86(5), 1981
 * (shared foci create ties); Jackson & Rogers 2007 (meeting strangers).
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";
import { isActive } from "../state.js";
import { topicAffinity } from "../interests.js";
import { formTie, interact } from "../relations.js";
import { ORIGIN_EVENT } from "../ties.js";

export interface EventsParams {
  readonly enabled: boolean;
  readonly every: number;
  readonly count: number;
  readonly minSimilarity: number;
  readonly meetings: number;
  readonly preferKnown: number;
  readonly trust: number;
  readonly newTieStrength: number;
}

export function events(state: ModelState, params: EventsParams, rng: Rng, step: number, order: Int32Array): void {
  if (!params.enabled || step % params.every !== 0) return;
  const { agents, strategies, follows } = state;
  const n = state.n;
  const attending = new Uint8Array(n);
  const attendees = new Int32Array(n);
  const known: number[] = [];
  for (let e = 0; e < params.count; e++) {
    const topic = Math.floor(rng() * agents.interests.topics);
    let m = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k] as number;
      if (!isActive(state, i, step) || topicAffinity(agents.interests, i, topic) < params.minSimilarity) continue;
      if (rng() < (strategies.eventRate[agents.strategy[i] as number] as number)) {
        attendees[m++] = i;
        attending[i] = 1;
      }
    }
    if (m >= 2) {
      for (let x = 0; x < m; x++) {
        const a = attendees[x] as number;
        known.length = 0;
        const out = follows.out[a] as Int32Array;
        for (let f = 0; f < (follows.outLen[a] as number); f++) if (attending[out[f] as number]) known.push(out[f] as number);
        const inn = follows.in_[a] as Int32Array;
        for (let f = 0; f < (follows.inLen[a] as number); f++) {
          const c = inn[f] as number;
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
    }
    for (let x = 0; x < m; x++) attending[attendees[x] as number] = 0;
  }
}
