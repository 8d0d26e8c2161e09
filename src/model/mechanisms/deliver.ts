/**
 * Step 2, deliver (DESIGN §1.5, audiences of §1.4): every queued item reaches its
 * audience's inboxes, and each agent keeps a uniform random sample of at most
 * `network.attention` items to read (reservoir sampling, posts.ts).
 *
 * Audiences:
 * - an original post: the author's ties and, when follows exist, its followers;
 * - a reshare: the resharer's ties and, when reshares reach followers (amplified
 *   regime with `network.reshareReach: followers`), its followers.
 * The queue holds the previous step's reshares, then this step's posts, so a reshare
 * made at step t is read at step t+1.
 *
 * Implementation (pull): items are grouped by source (sharer), originals before
 * reshares, each in queue order; then every agent, in id order, takes the blocks of
 * its sources — its ties in id order, then the agents it follows in id order that
 * are not ties (their posts, and their reshares when reshares reach followers). The
 * sample is the same uniform sample a push would give, at a cost proportional to
 * the number of relations instead of items × audience. An agent's own post that
 * comes back in a reshare is sampled like any item and skipped when read.
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";

export interface DeliverParams {
  readonly enabled: boolean;
}

export function deliver(state: ModelState, params: DeliverParams, rng: Rng): void {
  const { inbox, queue, ties, follows, regime } = state;
  inbox.clear();
  if (params.enabled && queue.length > 0) {
    const n = state.n;
    const { start, items, originals } = groupBySource(state);
    const followsExist = regime.followCap > 0;
    for (let i = 0; i < n; i++) {
      const b = ties.base(i);
      const end = b + (ties.count[i] as number);
      for (let slot = b; slot < end; slot++) {
        const s = ties.nbr[slot] as number;
        const c = (start[s + 1] as number) - (start[s] as number);
        if (c > 0) inbox.offerBlock(i, queue, items, start[s] as number, c, rng);
      }
      if (!followsExist) continue;
      const out = follows.out[i] as Int32Array;
      const len = follows.outLen[i] as number;
      for (let k = 0; k < len; k++) {
        const s = out[k] as number;
        const c = regime.reshareToFollowers ? (start[s + 1] as number) - (start[s] as number) : (originals[s] as number);
        if (c > 0 && ties.find(i, s) < 0) inbox.offerBlock(i, queue, items, start[s] as number, c, rng);
      }
    }
  }
  queue.clear();
}

/** Queue indices grouped by sharer (counting sort): originals first, then reshares, each in queue order. */
function groupBySource(state: ModelState): { start: Int32Array; items: Int32Array; originals: Int32Array } {
  const { queue, posts } = state;
  const n = state.n;
  const start = new Int32Array(n + 1);
  const originals = new Int32Array(n);
  for (let k = 0; k < queue.length; k++) {
    const s = queue.sharer[k] as number;
    start[s + 1]++;
    if (posts.author[queue.post[k] as number] === s) originals[s]++;
  }
  for (let s = 0; s < n; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const fillOriginal = start.slice(0, n);
  const fillReshare = new Int32Array(n);
  for (let s = 0; s < n; s++) fillReshare[s] = (start[s] as number) + (originals[s] as number);
  const items = new Int32Array(queue.length);
  for (let k = 0; k < queue.length; k++) {
    const s = queue.sharer[k] as number;
    if (posts.author[queue.post[k] as number] === s) items[fillOriginal[s]++] = k;
    else items[fillReshare[s]++] = k;
  }
  return { start, items, originals };
}
