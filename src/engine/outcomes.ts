/**
 * Trust outcomes and activity per strategy (docs/ODD.md §4 observation: outcomes): the "all" row first, then
 * one row per strategy that has at least one agent, by name.
 *
 * Definitions: trust received is the mean trust an agent's ties place in it,
 * averaged over the agents that have ties (null when none has); unmasked share and
 * the median time to unmask (in steps from the start) are over all agents of the
 * row, and so are the distrusted share and the median time to distrust (docs/MODEL.md
 * §4 Trust: the two verdicts); the followers median averages the two middle values when their number is even;
 * opportunities per agent are those received so far; the stranger share and mean
 * chain length are over the opportunities received (null without any), the weak- and
 * strong-tie shares over the hops of their chains (null without hops); value
 * received is the sum of the relevance of everything read, per agent.
 */
import type { ModelState } from "../model/state.js";
import { trustReceivedAll } from "../model/relations.js";
import type { StrategyObservation } from "../observation.js";

export function strategyRows(state: ModelState): StrategyObservation[] {
  const { agents, strategies } = state;
  const received = trustReceivedAll(state);
  const rows: StrategyObservation[] = [rowFor(state, received, "all", () => true)];
  strategies.names.forEach((name, s) => {
    let members = 0;
    for (let i = 0; i < state.n; i++) if (agents.strategy[i] === s) members++;
    if (members > 0) rows.push(rowFor(state, received, name, (i) => agents.strategy[i] === s));
  });
  return rows;
}

function rowFor(state: ModelState, received: Float64Array, name: string, member: (i: number) => boolean): StrategyObservation {
  const { ties, follows, tallies } = state;
  let count = 0;
  let tieSum = 0;
  let followSum = 0;
  let withTies = 0;
  let trustSum = 0;
  let unmasked = 0;
  let distrusted = 0;
  let detections = 0;
  let opps = 0;
  let fromStrangers = 0;
  let hops = 0;
  let weakHops = 0;
  let value = 0;
  let posts = 0;
  let reshares = 0;
  let unfollows = 0;
  const followers: number[] = [];
  const unmaskSteps: number[] = [];
  const distrustSteps: number[] = [];
  for (let i = 0; i < state.n; i++) {
    if (!member(i)) continue;
    count++;
    const c = ties.count[i] as number;
    tieSum += c;
    if (c > 0) {
      withTies++;
      trustSum += received[i] as number;
    }
    followSum += follows.outLen[i] as number;
    followers.push(follows.inLen[i] as number);
    const u = tallies.unmaskedStep[i] as number;
    if (u >= 0) {
      unmasked++;
      unmaskSteps.push(u);
    }
    const d = tallies.distrustedStep[i] as number;
    if (d >= 0) {
      distrusted++;
      distrustSteps.push(d);
    }
    detections += tallies.detections[i] as number;
    opps += tallies.opportunities[i] as number;
    fromStrangers += tallies.opportunitiesFromStrangers[i] as number;
    hops += tallies.opportunityHops[i] as number;
    weakHops += tallies.opportunityWeakHops[i] as number;
    value += tallies.valueReceived[i] as number;
    posts += tallies.posts[i] as number;
    reshares += tallies.reshares[i] as number;
    unfollows += tallies.unfollows[i] as number;
  }
  return {
    strategy: name,
    agents: count,
    tiesMean: tieSum / count,
    followsMean: followSum / count,
    followersMean: followers.reduce((a, b) => a + b, 0) / count,
    followersMedian: median(followers) as number,
    trustReceivedMean: withTies > 0 ? trustSum / withTies : null,
    unmaskedShare: unmasked / count,
    timeToUnmaskMedianSteps: median(unmaskSteps),
    distrustedShare: distrusted / count,
    timeToDistrustMedianSteps: median(distrustSteps),
    detectionsReceived: detections,
    opportunitiesPerAgent: opps / count,
    opportunitiesFromStrangersShare: opps > 0 ? fromStrangers / opps : null,
    opportunityChainMeanHops: opps > 0 ? hops / opps : null,
    opportunityChainWeakTieShare: hops > 0 ? weakHops / hops : null,
    opportunityChainStrongTieShare: hops > 0 ? 1 - weakHops / hops : null,
    valueReceivedMean: value / count,
    postsMean: posts / count,
    resharesMean: reshares / count,
    unfollowsMean: unfollows / count,
  };
}

/** Median of a list (mean of the two middle values when even), null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}
