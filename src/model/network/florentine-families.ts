/**
 * Padgett's Florentine families: marriage ties among the leading families of
 * fifteenth-century Florence. Taken from graphology-generators'
 * `florentineFamilies` (15 families, 20 ties; the same edge set as networkx).
 *
 * References:
 * - J. F. Padgett and C. K. Ansell, "Robust action and the rise of the Medici,
 *   1400–1434", American Journal of Sociology 98(6):1259–1319, 1993.
 * - R. L. Breiger and P. E. Pattison, "Cumulated social roles: the duality of
 *   persons and their algebras", Social Networks 8(3):215–256, 1986.
 */
import { UndirectedGraph } from "graphology";
import florentineFamiliesModule from "graphology-generators/social/florentine-families.js";
import { ModelError } from "../../errors.js";
import { emptyGraph, cjsDefault } from "./internal.js";

const florentineFamiliesGenerator = cjsDefault(florentineFamiliesModule);

/** No shape parameters: the graph is fixed. */
export type FlorentineFamiliesOptions = Record<string, never>;

/**
 * The Florentine families marriage graph on nodes "0".."14" or "0".."15".
 *
 * @param n - 15 (the connected families, as graphology and networkx give them) or
 *   16 (adding the Pucci, who had no marriage tie in the data, as isolated node "15")
 * @returns a graph whose nodes carry a `label` attribute with the family's name;
 *   families are numbered in order of first appearance in graphology's edge list
 *   (Acciaiuoli = 0, Medici = 1, …)
 * @throws ModelError for any other n: the graph fixes the count
 */
export function florentineFamilies(n = 15): UndirectedGraph {
  if (n !== 15 && n !== 16) {
    throw new ModelError(`the florentine-families graph fixes the node count at 15 (16 with the isolated Pucci) (n = ${n})`);
  }
  const source = florentineFamiliesGenerator(UndirectedGraph);
  const names = source.nodes();
  if (n === 16) names.push("Pucci");
  const index = new Map(names.map((name, i) => [name, i] as const));
  const graph = emptyGraph(names.length);
  names.forEach((name, i) => graph.setNodeAttribute(String(i), "label", name));
  source.forEachEdge((_edge, _attributes, u, v) => {
    graph.addEdge(String(index.get(u)), String(index.get(v)));
  });
  return graph;
}
