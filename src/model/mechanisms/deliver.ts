/**
 * Step 2, deliver (docs/ODD.md §3, audiences in §2): every queued item reaches its
 * audience's inboxes, and each agent keeps a uniform random sample of at most
 * `network.attention` items to read (a uniform sample without replacement).
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
 * are not ties (their posts, and their reshares when reshares reach followers) —
 * counts them, draws `attention` distinct positions uniformly (Floyd's algorithm)
 * and collects those items in a second pass. The cost is proportional to the number
 * of relations plus `attention`, instead of items × audience. An agent's own post that
 * comes back in a reshare is sampled like any item and skipped when read.
 */
import type { Rng } from "../../random/streams.js";
import type { ModelState } from "../state.js";
import { sampleSorted } from "../posts.js";

export interface DeliverParams {
  readonly enabled: boolean;
}

export function deliver(state: ModelState, params: DeliverParams, rng: Rng): void {
  const { inbox, queue, ties, follows, regime } = state;
  inbox.clear();
  if (params.enabled && queue.length > 0) {
    const n = state.n;
    const A = inbox.attention;
    const groups = state.scratch.groups;
    groups.group(queue);
    const { start } = groups;
    const followsExist = regime.followCap > 0;
    const all = regime.reshareToFollowers;
    const picks = new Int32Array(A);
    // What a follower takes from each source, [first record, count] side by side (one
    // cache line per followee); a tie's count is zeroed while its agent is served.
    const view = groups.followerView(all);
    let blockFrom = new Int32Array(256);
    let blockCount = new Int32Array(256);
    let hidden = new Int32Array(256);
    for (let i = 0; i < n; i++) {
      // The blocks agent i receives, in order: ties, then followees that are not ties.
      let m = 0;
      let total = 0;
      const b = ties.base(i);
      const end = b + (ties.count[i] as number);
      const len = followsExist ? (follows.outLen[i] as number) : 0;
      if (end - b + len > blockFrom.length) {
        blockFrom = new Int32Array(2 * (end - b + len));
        blockCount = new Int32Array(2 * (end - b + len));
      }
      for (let slot = b; slot < end; slot++) {
        const s = ties.nbr[slot] as number;
        const from = start[s] as number;
        const c = (start[s + 1] as number) - from;
        if (c === 0) continue;
        blockFrom[m] = from;
        blockCount[m++] = c;
        total += c;
      }
      if (len > 0) {
        // Followees that are not ties, in id order: the ties' counts are hidden (zeroed)
        // during the scan and put back after it, cheaper than a merge with the sorted
        // tie block (whose branches mispredict) or a mark per tie read for each followee.
        if (end - b > hidden.length) hidden = new Int32Array(2 * (end - b));
        for (let slot = b; slot < end; slot++) {
          const x = 2 * (ties.nbr[slot] as number) + 1;
          hidden[slot - b] = view[x] as number;
          view[x] = 0;
        }
        const out = follows.outIds;
        const ob = follows.outBase(i);
        for (let k = ob; k < ob + len; k++) {
          const x = 2 * (out[k] as number);
          const c = view[x + 1] as number;
          if (c === 0) continue;
          blockFrom[m] = view[x] as number;
          blockCount[m++] = c;
          total += c;
        }
        for (let slot = b; slot < end; slot++) view[2 * (ties.nbr[slot] as number) + 1] = hidden[slot - b] as number;
      }
      inbox.seen[i] = total;
      if (total === 0) continue;
      if (total <= A) {
        let k = 0;
        for (let x = 0; x < m; x++) {
          const from = blockFrom[x] as number;
          for (let y = 0; y < (blockCount[x] as number); y++) inbox.put(i, k++, groups, from + y);
        }
        continue;
      }
      sampleSorted(rng, total, A, picks, state.scratch.sample);
      let k = 0;
      let offset = 0;
      for (let x = 0; x < m && k < A; x++) {
        const c = blockCount[x] as number;
        while (k < A && (picks[k] as number) < offset + c) {
          inbox.put(i, k, groups, (blockFrom[x] as number) + (picks[k] as number) - offset);
          k++;
        }
        offset += c;
      }
    }
  }
  queue.clear();
}
