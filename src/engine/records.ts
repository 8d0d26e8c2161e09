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

export function agentRecords(state: ModelState): AgentRecord[] {
  const { agents, ties, follows, tallies, strategies } = state;
  const out: AgentRecord[] = [];
  const received = trustReceivedAll(state);
  for (let i = 0; i < state.n; i++) {
    const c = ties.count[i] as number;
    const byOrigin = [0, 0, 0];
    for (let s = ties.base(i); s < ties.base(i) + c; s++) byOrigin[ties.origin[s] as number]!++;
    out.push({
      id: i,
      strategy: strategies.names[agents.strategy[i] as number] as string,
      community: agents.community[i] as number,
      quality: agents.quality[i] as number,
      topics: formatTopics(agents.interests, i),
      ties: c,
      tiesInitial: byOrigin[ORIGIN_INITIAL] as number,
      tiesEvent: byOrigin[ORIGIN_EVENT] as number,
      tiesIntroduction: byOrigin[ORIGIN_INTRODUCTION] as number,
      follows: follows.outLen[i] as number,
      followers: follows.inLen[i] as number,
      trustReceived: c > 0 ? (received[i] as number) : null,
      unmaskedStep: (tallies.unmaskedStep[i] as number) >= 0 ? (tallies.unmaskedStep[i] as number) : null,
      distrustedStep: (tallies.distrustedStep[i] as number) >= 0 ? (tallies.distrustedStep[i] as number) : null,
      detections: tallies.detections[i] as number,
      opportunitiesReceived: tallies.opportunities[i] as number,
      opportunitiesFromStrangers: tallies.opportunitiesFromStrangers[i] as number,
      valueReceived: tallies.valueReceived[i] as number,
      posts: tallies.posts[i] as number,
      reshares: tallies.reshares[i] as number,
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
      strategy: strategies.names[agents.strategy[i] as number],
      quality: agents.quality[i],
      community: agents.community[i],
      topics: formatTopics(agents.interests, i),
    };
    if ((ties.count[i] as number) > 0) attrs["trust_received"] = received[i];
    g.addNode(String(i), attrs);
  }
  for (let i = 0; i < state.n; i++) {
    for (let s = ties.base(i); s < ties.base(i) + (ties.count[i] as number); s++) {
      const j = ties.nbr[s] as number;
      if (j < i) continue;
      g.addUndirectedEdge(String(i), String(j), {
        kind: "tie",
        strength: ties.strength[s],
        origin: TIE_ORIGINS[ties.origin[s] as number],
        trust_source_target: ties.trust[s],
        trust_target_source: ties.trust[ties.find(j, i)],
      });
    }
  }
  for (let i = 0; i < state.n; i++) {
    const out = follows.out[i] as Int32Array;
    for (let k = 0; k < (follows.outLen[i] as number); k++) {
      const j = out[k] as number;
      g.addDirectedEdge(String(i), String(j), { kind: "follow", trust_source_target: trustIn(state, i, j) });
    }
  }
  return g;
}
