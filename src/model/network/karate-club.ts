/**
 * Zachary's karate club: 34 members of a university karate club and their 78
 * friendships outside the club, observed before the club split in two. Taken from
 * graphology-generators' `karateClub`.
 *
 * References:
 * - W. W. Zachary, "An information flow model for conflict and fission in small
 *   groups", Journal of Anthropological Research 33(4):452–473, 1977.
 */
import { UndirectedGraph } from "graphology";
import karateClubModule from "graphology-generators/social/karate-club.js";
import { ModelError } from "../../errors.js";
import { cjsDefault, emptyGraph } from "./internal.js";

const karateClubGenerator = cjsDefault(karateClubModule);

/** The karate club's fixed size. */
export const KARATE_CLUB_NODES = 34;

/** No shape parameters: the graph is fixed. */
export type KarateClubOptions = Record<string, never>;

/**
 * The karate club graph on nodes "0".."33" (Zachary's members 1..34, shifted by one).
 *
 * @param n - must be 34: the graph fixes the count
 * @returns the graph (each node has a `club` attribute, "Mr. Hi" or "Officer") and
 *   each node's community: 0 for the members who followed Mr. Hi after the split,
 *   1 for those who followed the officer
 * @throws ModelError if n is not 34
 *
 * Notes: the edges are copied into a fresh simple graph so that node keys and
 * edge keys follow the same conventions as every other generator.
 */
export function karateClub(n: number = KARATE_CLUB_NODES): { graph: UndirectedGraph; community: Int32Array } {
  if (n !== KARATE_CLUB_NODES) {
    throw new ModelError(`the karate-club graph fixes the node count at ${KARATE_CLUB_NODES} (n = ${n})`);
  }
  const source = karateClubGenerator(UndirectedGraph);
  const graph = emptyGraph(n);
  const community = new Int32Array(n);
  source.forEachNode((key, attributes) => {
    const club = String(attributes["club"]);
    graph.setNodeAttribute(key, "club", club);
    community[Number(key)] = club === "Mr. Hi" ? 0 : 1;
  });
  source.forEachEdge((_edge, _attributes, u, v) => {
    graph.addEdge(u, v);
  });
  return { graph, community };
}
