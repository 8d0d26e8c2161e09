/**
 * The end-of-replicate outputs of the model's state: one AgentRecord per agent
 * (agents.csv) and the final network as a graphology graph (graph.gexf/.graphml).
 *
 * The graph is a mixed graph (graphology MultiGraph: a tie and a follow may join the
 * same two agents) on nodes "0".."N−1" with node attributes strategy,
 * quality, community, topics and trust_received (absent for an agent without ties).
 * A tie is an undirected edge {i, j} (i < j) with kind "tie", strength, origin,
 * trust_source_target = trust[i→j] and trust_target_source = trust[j→i]; a follow is a
 * directed edge i → j with kind "follow" and trust_source_target = the follower's
 * trust in j (the tie's when they also have a tie).
 */
import { MultiGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import type { ModelState } from "../model/state.js";
import { trustIn, trustReceivedAll } from "../model/relations.js";
import { formatTopics } from "../model/interests.js";
import { ORIGIN_EVENT, ORIGIN_INITIAL, ORIGIN_INTRODUCTION, TIE_ORIGINS } from "../model/ties.js";
import type { AgentRecord } from "../observation.js";
import { at } from "../checked-index.js";

export function agentRecords(state: ModelState): AgentRecord[] {
  const { agents, ties, follows, tallies, strategies } = state;
  const out: AgentRecord[] = [];
  const received = trustReceivedAll(state);
  for (let i = 0; i < state.n; i++) {
    const c = at(ties.count, i);
    const byOrigin = [0, 0, 0];
    for (const o of ties.origin.subarray(ties.base(i), ties.base(i) + c)) byOrigin[o] = at(byOrigin, o) + 1;
    const unmasked = at(tallies.unmaskedStep, i);
    const distrusted = at(tallies.distrustedStep, i);
    out.push({
      id: i,
      strategy: at(strategies.names, at(agents.strategy, i)),
      community: at(agents.community, i),
      quality: at(agents.quality, i),
      topics: formatTopics(agents.interests, i),
      ties: c,
      tiesInitial: at(byOrigin, ORIGIN_INITIAL),
      tiesEvent: at(byOrigin, ORIGIN_EVENT),
      tiesIntroduction: at(byOrigin, ORIGIN_INTRODUCTION),
      follows: at(follows.outLen, i),
      followers: at(follows.inLen, i),
      trustReceived: c > 0 ? at(received, i) : null,
      unmaskedStep: unmasked >= 0 ? unmasked : null,
      distrustedStep: distrusted >= 0 ? distrusted : null,
      detections: at(tallies.detections, i),
      opportunitiesReceived: at(tallies.opportunities, i),
      opportunitiesFromStrangers: at(tallies.opportunitiesFromStrangers, i),
      valueReceived: at(tallies.valueReceived, i),
      posts: at(tallies.posts, i),
      reshares: at(tallies.reshares, i),
    });
  }
  return out;
}

export function finalGraph(state: ModelState): AbstractGraph {
  const { agents, ties, follows, strategies } = state;
  const g = new MultiGraph({ allowSelfLoops: false });
  const received = trustReceivedAll(state);
  for (let i = 0; i < state.n; i++) {
    const attrs: Record<string, unknown> = {
      strategy: at(strategies.names, at(agents.strategy, i)),
      quality: agents.quality[i],
      community: agents.community[i],
      topics: formatTopics(agents.interests, i),
    };
    if (at(ties.count, i) > 0) attrs["trust_received"] = received[i];
    g.addNode(String(i), attrs);
  }
  for (let i = 0; i < state.n; i++) {
    for (let s = ties.base(i); s < ties.base(i) + at(ties.count, i); s++) {
      const j = at(ties.nbr, s);
      if (j < i) continue;
      // Keys named by the pair, not graphology's instance-numbered defaults, so the same
      // seed writes the same graph file in any process.
      g.addUndirectedEdgeWithKey(`t${i}-${j}`, String(i), String(j), {
        kind: "tie",
        strength: ties.strength[s],
        origin: TIE_ORIGINS[at(ties.origin, s)],
        trust_source_target: ties.trust[s],
        trust_target_source: ties.trust[ties.find(j, i)],
      });
    }
  }
  for (let i = 0; i < state.n; i++) {
    for (const j of follows.outOf(i)) {
      g.addDirectedEdgeWithKey(`f${i}-${j}`, String(i), String(j), { kind: "follow", trust_source_target: trustIn(state, i, j) });
    }
  }
  return g;
}
