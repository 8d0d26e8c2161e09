/**
 * Step 1, post (docs/ODD.md §3 Process overview): each active agent posts with its strategy's
 * `postRate`. The topic is drawn from its interests with probability w_t² (the
 * squared weights of a unit vector sum to 1); the post's quality is
 * Normal(author quality, `qualityNoise`) clipped to [0, 1]. Posts join the delivery
 * queue after the previous step's reshares.
 */
import type { Rng } from "../../random/streams.js";
import { normal } from "../../random/draw.js";
import type { ModelState } from "../state.js";
import { isActive } from "../state.js";
import { drawTopic } from "../interests.js";

export interface PostParams {
  readonly enabled: boolean;
  readonly qualityNoise: number;
}

export function post(state: ModelState, params: PostParams, rng: Rng, step: number, order: Int32Array): void {
  if (!params.enabled) return;
  const { agents, strategies, tallies } = state;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (!isActive(state, i, step)) continue;
    if (!(rng() < (strategies.postRate[agents.strategy[i] as number] as number))) continue;
    const topic = drawTopic(agents.interests, i, rng);
    let q = params.qualityNoise > 0 ? normal(rng, agents.quality[i] as number, params.qualityNoise) : (agents.quality[i] as number);
    q = q < 0 ? 0 : q > 1 ? 1 : q;
    state.queue.pushItem(state.postsMade++, i, false, i, topic, q);
    tallies.posts[i] = (tallies.posts[i] as number) + 1;
  }
}
