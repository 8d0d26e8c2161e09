/**
 * All structure metrics of docs/ODD.md §4 observation: structure that depend only on the graph, in one call:
 * nodes, edges, degrees, components, clustering. Follow reciprocity and Dunbar layers
 * need the model's layers and live with the model's observers.
 */
import type { Csr } from "../../graph/csr.js";
import { clusteringStats, requireUndirected, type ClusteringStats } from "./triangles.js";
import { connectedComponents } from "./components.js";
import { degreeStats, type DegreeStats } from "./degrees.js";

export interface StructureSummary extends ClusteringStats {
  readonly nodes: number;
  readonly edges: number;
  readonly degree: DegreeStats;
  readonly components: number;
  readonly giantSize: number;
  readonly giantEdges: number;
  readonly giantShare: number;
  readonly isolated: number;
}

/**
 * @param csr an undirected CSR
 * @throws MetricError on a directed CSR
 */
export function structureSummary(csr: Csr): StructureSummary {
  requireUndirected(csr, "structureSummary");
  const comps = connectedComponents(csr);
  let isolated = 0;
  for (let v = 0; v < csr.n; v++) if (csr.offsets[v + 1] === csr.offsets[v]) isolated++;
  return {
    nodes: csr.n,
    edges: csr.neighbors.length / 2,
    degree: degreeStats(csr),
    components: comps.count,
    giantSize: comps.giantSize,
    giantEdges: comps.giantEdges,
    giantShare: comps.giantShare,
    isolated,
    ...clusteringStats(csr),
  };
}
