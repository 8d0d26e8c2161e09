/**
 * The networking regime (docs/ODD.md §2 Entities) resolved into its separate parts, so a sweep
 * can move between the two worlds one parameter at a time.
 *
 * - `dunbar`: no follows at all (follow cap 0), no discovery by topic search, and a
 *   reshare reaches the resharer's ties only. The cognitive cap on stable ties
 *   applies in both regimes.
 * - `amplified`: follows up to `network.followCap`, discovery with probability
 *   `network.discoveryRate` per agent and step, reshares reach `network.reshareReach`.
 */
import type { ParsedScenario } from "../scenario/schema.js";

export interface Regime {
  readonly name: "dunbar" | "amplified";
  /** Most stable ties per agent. */
  readonly capacity: number;
  /** Most follows per agent; 0 means no follow relation exists. */
  readonly followCap: number;
  readonly discoveryRate: number;
  /** Whether a reshare also reaches the resharer's followers. */
  readonly reshareToFollowers: boolean;
  readonly attention: number;
}

export function resolveRegime(network: ParsedScenario["network"]): Regime {
  const amplified = network.regime === "amplified";
  return {
    name: network.regime,
    capacity: network.dunbar.capacity,
    followCap: amplified ? network.followCap : 0,
    discoveryRate: amplified ? network.discoveryRate : 0,
    reshareToFollowers: amplified && network.reshareReach === "followers",
    attention: network.attention,
  };
}
