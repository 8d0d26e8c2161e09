/**
 * Interest vectors (docs/ODD.md §2 Entities): each agent's sparse, unit-length weights over K
 * topics, stored densely (N × K Float64Array) because K is small and the cosine of
 * two unit vectors is then a K-term dot product.
 *
 * This model's choice of how they are drawn: an agent spans m topics, m uniform in
 * [interests.min, interests.max] (capped at K). The first is its community's topic,
 * `community mod K`, with raw weight 1; the others are distinct topics drawn
 * uniformly, each with raw weight uniform in [0.2, 0.8); the vector is then
 * normalised to unit length. So the home topic always dominates, as a city or
 * sector does, and secondary topics bridge communities.
 */
import { integer, uniform } from "../random/draw.js";
import type { Rng } from "../random/streams.js";

export interface Interests {
  readonly n: number;
  readonly topics: number;
  /** weights[i * topics + t]: agent i's weight on topic t (0 for topics it does not span). */
  readonly weights: Float64Array;
}

/** Draws every agent's interests from the "agents" stream, agent by agent in id order. */
export function drawInterests(
  community: Int32Array,
  topics: number,
  span: { readonly min: number; readonly max: number },
  rng: Rng,
): Interests {
  const n = community.length;
  const weights = new Float64Array(n * topics);
  const lo = Math.min(span.min, topics);
  const hi = Math.min(Math.max(span.max, lo), topics);
  for (let i = 0; i < n; i++) {
    const base = i * topics;
    const home = (((community[i] as number) % topics) + topics) % topics;
    weights[base + home] = 1;
    const m = integer(rng, lo, hi + 1);
    for (let extra = 1; extra < m; extra++) {
      let t = integer(rng, 0, topics);
      while ((weights[base + t] as number) > 0) t = (t + 1) % topics; // next free topic
      weights[base + t] = uniform(rng, 0.2, 0.8);
    }
    let norm = 0;
    for (let t = 0; t < topics; t++) norm += (weights[base + t] as number) ** 2;
    norm = Math.sqrt(norm);
    for (let t = 0; t < topics; t++) weights[base + t] = (weights[base + t] as number) / norm;
  }
  return { n, topics, weights };
}

/** Cosine similarity of two agents' interests (both unit vectors), in [0, 1]. */
export function similarity(interests: Interests, i: number, j: number): number {
  const k = interests.topics;
  const w = interests.weights;
  const a = i * k;
  const b = j * k;
  let s = 0;
  for (let t = 0; t < k; t++) s += (w[a + t] as number) * (w[b + t] as number);
  return s > 1 ? 1 : s;
}

/** Cosine similarity of agent i's interests with topic t (a unit basis vector): its weight on t. */
export function topicAffinity(interests: Interests, i: number, t: number): number {
  return interests.weights[i * interests.topics + t] as number;
}

/**
 * A topic drawn from agent i's interests with probability w_t² (the squared
 * weights of a unit vector sum to 1).
 */
export function drawTopic(interests: Interests, i: number, rng: Rng): number {
  const k = interests.topics;
  const base = i * k;
  let u = rng();
  let last = 0;
  for (let t = 0; t < k; t++) {
    const w = interests.weights[base + t] as number;
    if (w <= 0) continue;
    last = t;
    const p = w * w;
    if (u < p) return t;
    u -= p;
  }
  return last;
}

/** Agents spanning each topic (weight > 0), in id order: the index topic search uses. */
export function topicMembers(interests: Interests): Int32Array[] {
  const k = interests.topics;
  const lists: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < interests.n; i++) {
    for (let t = 0; t < k; t++) if ((interests.weights[i * k + t] as number) > 0) (lists[t] as number[]).push(i);
  }
  return lists.map((l) => Int32Array.from(l));
}

/** "3:0.8321|7:0.5547": the topics an agent spans with their weights, by topic. */
export function formatTopics(interests: Interests, i: number): string {
  const parts: string[] = [];
  for (let t = 0; t < interests.topics; t++) {
    const w = interests.weights[i * interests.topics + t] as number;
    if (w > 0) parts.push(`${t}:${w.toFixed(4)}`);
  }
  return parts.join("|");
}
