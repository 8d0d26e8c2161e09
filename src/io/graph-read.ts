/**
 * Reading graph files: edge lists (plain or .gz) straight into a CSR, GEXF and GraphML
 * in one linear pass (graph-xml.ts). The library never logs: what was dropped
 * (self-loops, repeated edges) and what looks wrong (a node-label file read as a
 * graph) come back as `warnings` for the caller to show.
 *
 * Notes: the format is chosen by extension after removing `.gz`: `.gexf` → GEXF,
 * `.graphml` / `.xml` → GraphML, anything else → edge list (edge-list.ts). Gzip is
 * detected by its magic bytes, whatever the name; a name ending in `.gz` whose bytes are
 * not gzip is an error (it is not read as text). A UTF-8 byte-order mark is skipped. Without `directed: true` every file
 * is read as its undirected simple view (the view SNAP's statistics use): a self-loop
 * is dropped, and so is an edge listed twice in either direction. With `directed:
 * true` the result also carries the arcs as a directed CSR (`arcs`, rows = out-
 * neighbours, same node numbering), whose repeated arcs (same direction) are dropped
 * and counted separately from reciprocated pairs.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { UndirectedGraph } from "graphology";
import { InputError } from "../errors.js";
import { at } from "../checked-index.js";
import { csrFromArcs, csrFromEdges, type Csr } from "../graph/csr.js";
import { labelFileWarning, parseEdgeList } from "./edge-list.js";
import { parseGraphXml, type XmlGraph } from "./graph-xml.js";

export type GraphFileFormat = "edgelist" | "gexf" | "graphml";

export interface ReadGraphOptions {
  /** Also return the arcs as a directed CSR. Default false (undirected view only). */
  readonly directed?: boolean;
  /** Override the format guessed from the extension. */
  readonly format?: GraphFileFormat;
}

export interface GraphReadResult {
  readonly file: string;
  readonly format: GraphFileFormat;
  /** The undirected simple view; `ids` are the node keys of the file. */
  readonly csr: Csr;
  /** The arcs (directed CSR, same node numbering), when `directed: true`. */
  readonly arcs?: Csr;
  /** Edge lines (edge list) or edge elements (GEXF, GraphML) in the file. */
  readonly edgesRead: number;
  readonly selfLoops: number;
  /** Edges dropped from the undirected view as repeats (either direction). */
  readonly duplicateEdges: number;
  /** With `directed: true`: arcs dropped as exact repeats (same direction). */
  readonly duplicateArcs?: number;
  /** Human-readable notes on what was dropped; empty when nothing was. */
  readonly warnings: readonly string[];
}

/** The format a file name implies. */
export function formatOf(file: string): GraphFileFormat {
  const name = file.toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".gexf")) return "gexf";
  if (name.endsWith(".graphml") || name.endsWith(".xml")) return "graphml";
  return "edgelist";
}

function readBytes(file: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new InputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      throw new InputError(`${file}: not a valid gzip file (${(err as Error).message})`);
    }
  } else if (/\.gz$/i.test(file)) {
    throw new InputError(`${file}: the name ends in .gz but the file is not gzip-compressed (it does not start with the gzip bytes 1f 8b); decompress it properly or rename it`);
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  return bytes;
}

/** A GEXF or GraphML file's nodes and edges (and attributes when asked for). */
function readXmlGraph(file: string, format: "gexf" | "graphml", bytes: Uint8Array, attributes = false): XmlGraph {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not UTF-8 text (a binary file, or another encoding?)`);
  }
  return parseGraphXml(text, file, format, { attributes });
}

function warningsFor(selfLoops: number, duplicates: number, duplicateArcs?: number): string[] {
  const w: string[] = [];
  if (selfLoops > 0) w.push(`dropped ${selfLoops} self-loop${selfLoops === 1 ? "" : "s"}`);
  if (duplicateArcs !== undefined) {
    if (duplicateArcs > 0) w.push(`dropped ${duplicateArcs} repeated arc${duplicateArcs === 1 ? "" : "s"} (same direction)`);
    const reciprocal = duplicates - duplicateArcs;
    if (reciprocal > 0) w.push(`${reciprocal} reciprocated pair${reciprocal === 1 ? "" : "s"} merged into single edges in the undirected view`);
  } else if (duplicates > 0) {
    w.push(`dropped ${duplicates} repeated edge${duplicates === 1 ? "" : "s"} (listed twice, in either direction)`);
  }
  return w;
}

/** Gives a CSR its `ids` as a property computed on first read. */
function withIds(csr: Csr, ids: () => readonly string[]): void {
  Object.defineProperty(csr, "ids", { get: ids, enumerable: true, configurable: true });
}

/**
 * Reads a graph file into a CSR without building a graphology graph (for edge lists).
 * @param file path to an edge list (optionally gzipped), GEXF or GraphML file
 * @param options `directed: true` to also get the arcs; `format` to override the extension
 * @returns the undirected CSR (ids = node keys), optional arcs, counts and warnings
 * @throws InputError for an unreadable or malformed file (file name and line number)
 */
export function readCsr(file: string, options: ReadGraphOptions = {}): GraphReadResult {
  const format = options.format ?? formatOf(file);
  const bytes = readBytes(file);
  let n: number;
  let src: ArrayLike<number>;
  let dst: ArrayLike<number>;
  // The node keys, made when first read (readCsr's callers often never look).
  let ids: () => readonly string[];
  // Arcs for the directed CSR: an undirected edge of a GEXF/GraphML file is two arcs.
  let arcSrc: ArrayLike<number>;
  let arcDst: ArrayLike<number>;
  const notes: string[] = [];
  if (format === "edgelist") {
    const parsed = parseEdgeList(bytes, file);
    ({ n, src, dst } = parsed);
    ids = () => parsed.ids;
    const label = labelFileWarning(parsed);
    if (label) notes.push(label);
    arcSrc = src;
    arcDst = dst;
  } else {
    const g = readXmlGraph(file, format, bytes);
    ids = () => g.ids;
    n = g.ids.length;
    src = g.src;
    dst = g.dst;
    const m = g.src.length;
    const as = new Uint32Array(2 * m);
    const ad = new Uint32Array(2 * m);
    let k = 0;
    for (let e = 0; e < m; e++) {
      const u = g.src[e] as number;
      const v = g.dst[e] as number;
      as[k] = u;
      ad[k++] = v;
      if (g.undirected[e] === 1) {
        as[k] = v;
        ad[k++] = u;
      }
    }
    arcSrc = as.subarray(0, k);
    arcDst = ad.subarray(0, k);
  }
  const { csr, stats } = csrFromEdges(n, src, dst);
  withIds(csr, ids);
  const edgesRead = src.length;
  if (!options.directed) {
    return {
      file,
      format,
      csr,
      edgesRead,
      selfLoops: stats.selfLoops,
      duplicateEdges: stats.duplicates,
      warnings: [...notes, ...warningsFor(stats.selfLoops, stats.duplicates)],
    };
  }
  const directed = csrFromArcs(n, arcSrc, arcDst);
  withIds(directed.csr, ids);
  return {
    file,
    format,
    csr,
    arcs: directed.csr,
    edgesRead,
    selfLoops: stats.selfLoops,
    duplicateEdges: stats.duplicates,
    duplicateArcs: directed.stats.duplicates,
    warnings: [...notes, ...warningsFor(stats.selfLoops, stats.duplicates, directed.stats.duplicates)],
  };
}

/**
 * A graph file as an undirected simple graphology graph, node keys as in the file
 * (self-loops and repeated edges dropped). For initial networks of a scenario; for
 * big graphs use `readCsr`, which never builds a graphology graph.
 * @throws InputError for an unreadable or malformed file
 */
export function readGraphFile(file: string): UndirectedGraph {
  const format = formatOf(file);
  const graph = new UndirectedGraph();
  if (format === "edgelist") {
    const { ids, src, dst } = parseEdgeList(readBytes(file), file);
    for (const id of ids) graph.addNode(id);
    for (let e = 0; e < src.length; e++) {
      const u = at(ids, at(src, e));
      const v = at(ids, at(dst, e));
      if (u !== v && !graph.hasEdge(u, v)) graph.addEdge(u, v);
    }
    return graph;
  }
  const g = readXmlGraph(file, format, readBytes(file), true);
  g.ids.forEach((id, i) => graph.addNode(id, g.nodeAttributes?.[i] ?? {}));
  for (let e = 0; e < g.src.length; e++) {
    const u = at(g.ids, at(g.src, e));
    const v = at(g.ids, at(g.dst, e));
    if (u !== v && !graph.hasEdge(u, v)) graph.addEdge(u, v, g.edgeAttributes?.[e] ?? {});
  }
  return graph;
}
