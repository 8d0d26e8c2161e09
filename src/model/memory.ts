/**
 * Memory of a model state (docs/MODEL.md "Memory"): what its typed arrays hold, measured,
 * and the formula the documentation states, so a test can hold the two together.
 *
 * Everything the model keeps per replicate lives in typed arrays (state.ts); the figures
 * count their bytes (capacity, not length: growable arrays hold slack) and leave out
 * the JavaScript objects around them and the temporaries a step or an observation
 * allocates.
 */
import type { ModelState } from "./state.js";

/**
 * Bytes of every distinct ArrayBuffer reachable from the state through its fields
 * (objects and arrays walked, functions skipped, each buffer counted once).
 */
export function stateBytes(state: ModelState): number {
  const buffers = new Set<ArrayBufferLike>();
  const seen = new Set<object>();
  const stack: unknown[] = [state];
  let bytes = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v)) {
      if (!buffers.has(v.buffer)) {
        buffers.add(v.buffer);
        bytes += v.buffer.byteLength;
      }
      continue;
    }
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push(x);
  }
  return bytes;
}

/** The documented bytes (docs/MODEL.md "Memory"). */
export const MEMORY = {
  /** Per agent, besides interests: agents 13, topic index ≈ 4 per topic held (2 on average), ties 12 (count, block start and size), follows 24 (the same for the follows and the followers), inbox 4, tallies 44, scratch 40. */
  perAgent: 13 + 8 + 12 + 24 + 4 + 44 + 40,
  /** Per agent and topic: the interest weights (Float64). */
  perAgentTopic: 8,
  /** Per tie slot of the arena (blocks sized on demand; ties.ts): nbr 4, strength 8, trust 8, origin 1, touches 2, mirror 4, back 8. */
  perTieSlot: 35,
  /** Per inbox slot, `attention` per agent: post, sharer, author, topic 4 each, selfish 1, quality 8. */
  perInboxSlot: 25,
  /** Per follow: followee 4, last useful step 4, trust 8, and the follower entry 4; blocks grow by half, the arena by a quarter (≈ × 1.5). */
  perFollow: 20,
  /** Per item in flight (a step's posts and reshares): two item buffers of 25 and the grouped record of 48. */
  perItem: 98,
} as const;

export interface MemoryShape {
  readonly agents: number;
  readonly topics: number;
  /** Slots of the tie arena (about 1.5 per tie side held, 1.2 to 1.9: blocks grow by half, the arena by a quarter). */
  readonly tieSlots: number;
  readonly attention: number;
  /** Follow slots (follows × the growth slack, ≈ 1.5). */
  readonly followSlots: number;
  /** Item slots of the largest step so far. */
  readonly itemSlots: number;
}

/** State bytes by the documented formula. */
export function expectedStateBytes(s: MemoryShape): number {
  const perAgent = MEMORY.perAgent + MEMORY.perAgentTopic * s.topics + MEMORY.perInboxSlot * s.attention;
  return s.agents * perAgent + MEMORY.perTieSlot * s.tieSlots + MEMORY.perFollow * s.followSlots + MEMORY.perItem * s.itemSlots;
}
