/** Structure metrics on CSR graphs: clustering, triangles, components, degrees. */
export { countTriangles, clusteringStats, type TriangleCounts, type ClusteringStats } from "./triangles.js";
export { connectedComponents, type Components } from "./components.js";
export { degreeStats, type DegreeStats } from "./degrees.js";
export { structureSummary, type StructureSummary } from "./summary.js";
export { strengthLayers, kmeans1d, strengthScale } from "./strength-layers.js";
