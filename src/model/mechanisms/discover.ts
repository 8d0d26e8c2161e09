/**
 * Discovery by topic search (docs/ODD.md §2 Entities, amplified regime; part of step 3): with
 * probability `network.discoveryRate` per step an active agent searches one of its
 * topics (drawn with probability w_t²) and comes across a uniformly random agent
 * spanning that topic. If they are strangers it follows that agent with probability
 * equal to its follow score (`value`: similarity × the found agent's quality;
 * `popularity`: the found agent's popularity), and the found agent answers
 * (follow-acts.ts). In the dunbar regime the rate is 0 and nothing is drawn.
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";
import { isActive } from "../state.js";
import { drawTopic, similarity } from "../interests.js";
import { popularity } from "../acts.js";
import { followAndAnswer } from "../follow-acts.js";
import { FOLLOW_VALUE } from "../strategy-table.js";

export interface DiscoverParams {
  readonly rate: number;
}

export function discover(state: ModelState, params: DiscoverParams, rng: Rng, step: number, order: Int32Array): void {
  if (params.rate <= 0 || state.regime.followCap === 0) return;
  const { agents, strategies } = state;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (!isActive(state, i, step) || !(rng() < params.rate)) continue;
    const members = state.topicMembers[drawTopic(agents.interests, i, rng)] as Int32Array;
    const j = members[Math.floor(rng() * members.length)] as number;
    if (j === i || state.ties.has(i, j) || state.follows.follows(i, j)) continue;
    const st = agents.strategy[i] as number;
    const score =
      strategies.follow[st] === FOLLOW_VALUE
        ? similarity(agents.interests, i, j) * (agents.quality[j] as number)
        : popularity(state, j);
    if (rng() < score) followAndAnswer(state, i, j, rng, step);
  }
}
