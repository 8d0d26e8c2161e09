/**
 * Step 2, deliver (DESIGN §1.5, audiences of §1.4): every queued item reaches its
 * audience's inboxes, and each agent keeps a uniform random sample of at most
 * `network.attention` items to read (reservoir sampling, see posts.ts).
 *
 * Audiences:
 * - an original post: the author's ties and, when follows exist, its followers;
 * - a reshare: the resharer's ties and, when reshares reach followers (amplified
 *   regime with `network.reshareReach: followers`), its followers.
 * Nobody receives its own post; a follower who is also a tie receives the item once.
 * The queue holds the previous step's reshares, then this step's posts, so a reshare
 * made at step t is read at step t+1.
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";

export interface DeliverParams {
  readonly enabled: boolean;
}

export function deliver(state: ModelState, params: DeliverParams, rng: Rng): void {
  const { inbox, queue, ties, follows, posts, regime } = state;
  inbox.clear();
  if (params.enabled) {
    const followsExist = regime.followCap > 0;
    for (let k = 0; k < queue.length; k++) {
      const p = queue.post[k] as number;
      const s = queue.sharer[k] as number;
      const selfish = queue.selfish[k] as number;
      const author = posts.author[p] as number;
      const b = ties.base(s);
      const end = b + (ties.count[s] as number);
      for (let slot = b; slot < end; slot++) {
        const r = ties.nbr[slot] as number;
        if (r !== author) inbox.offer(r, p, s, selfish, rng);
      }
      if (!followsExist || (s !== author && !regime.reshareToFollowers)) continue;
      const fol = follows.in_[s] as Int32Array;
      const len = follows.inLen[s] as number;
      for (let f = 0; f < len; f++) {
        const r = fol[f] as number;
        if (r !== author && ties.find(s, r) < 0) inbox.offer(r, p, s, selfish, rng);
      }
    }
  }
  queue.clear();
}
