/**
 * Reading graph files: edge lists (plain or .gz) straight into a CSR, GEXF and GraphML
 * through graphology-gexf / graphology-graphml. The library never logs: what was
 * dropped (self-loops, repeated edges) comes back as `warnings` for the caller to show.
 *
 * Notes: the format is chosen by extension after removing `.gz`: `.gexf` → GEXF,
 * `.graphml` / `.xml` → GraphML, anything else → edge list (edge-list.ts). Gzip is
 * detected by its magic bytes, whatever the name. Without `directed: true` every file
 * is read as its undirected simple view (the view SNAP's statistics use): a self-loop
 * is dropped, and so is an edge listed twice in either direction. With `directed:
 * true` the result also carries the arcs as a directed CSR (`arcs`, rows = out-
 * neighbours, same node numbering), whose repeated arcs (same direction) are dropped
 * and counted separately from reciprocated pairs.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { UndirectedGraph, MultiGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import { createRequire } from "node:module";
import { InputError } from "../errors.js";
import { csrFromArcs, csrFromEdges, type Csr } from "../graph/csr.js";
import { parseEdgeList } from "./edge-list.js";

// The XML readers (graphology-gexf, graphology-graphml, @xmldom/xmldom; CommonJS) load
// on the first GEXF or GraphML file, so reading an edge list, or a scenario, stays fast.
const require = createRequire(import.meta.url);

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
  }
  return bytes;
}

/**
 * Checks that the text is well-formed XML, turning parse errors into InputErrors that
 * carry the line. (The graphology parsers bundle their own @xmldom/xmldom, whose
 * Document class differs from ours, so they get the text and parse it again.)
 */
function checkXml(file: string, text: string): void {
  const { DOMParser } = require("@xmldom/xmldom") as typeof import("@xmldom/xmldom");
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      if (level === "warning") return;
      const where = /line:?\s*(\d+)/i.exec(message);
      const line = where ? `:${where[1]}` : "";
      throw new InputError(`${file}${line}: malformed XML: ${message.split("\n")[0]}`);
    },
  });
  try {
    parser.parseFromString(text, "text/xml");
  } catch (err) {
    if (err instanceof InputError) throw err;
    const e = err as Error & { locator?: { lineNumber?: number } };
    const line = e.locator?.lineNumber !== undefined ? `:${e.locator.lineNumber}` : "";
    throw new InputError(`${file}${line}: malformed XML: ${e.message.split("\n")[0]}`);
  }
}

/** A GEXF or GraphML file as the graphology graph its parser builds (any type). */
function readXmlGraph(file: string, format: "gexf" | "graphml", bytes: Uint8Array): AbstractGraph {
  const text = new TextDecoder("utf-8").decode(bytes);
  checkXml(file, text);
  const gexf = require("graphology-gexf") as typeof import("graphology-gexf");
  const graphml = require("graphology-graphml") as typeof import("graphology-graphml");
  try {
    return format === "gexf"
      ? (gexf.parse(MultiGraph, text, { addMissingNodes: true }) as unknown as AbstractGraph)
      : (graphml.parse(MultiGraph, text, { addMissingNodes: true }) as unknown as AbstractGraph);
  } catch (err) {
    throw new InputError(`${file}: not a valid ${format.toUpperCase()} graph: ${(err as Error).message}`);
  }
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
  if (format === "edgelist") {
    const parsed = parseEdgeList(bytes, file);
    ({ n, src, dst } = parsed);
    ids = () => parsed.ids;
    arcSrc = src;
    arcDst = dst;
  } else {
    const g = readXmlGraph(file, format, bytes);
    const keys = g.nodes();
    ids = () => keys;
    n = keys.length;
    const index = new Map<string, number>();
    keys.forEach((k, i) => index.set(k, i));
    const s: number[] = [];
    const d: number[] = [];
    const as: number[] = [];
    const ad: number[] = [];
    g.forEachEdge((_e, _a, source, target, _sa, _ta, undirected) => {
      const u = index.get(source) as number;
      const v = index.get(target) as number;
      s.push(u);
      d.push(v);
      as.push(u);
      ad.push(v);
      if (undirected) {
        as.push(v);
        ad.push(u);
      }
    });
    src = s;
    dst = d;
    arcSrc = as;
    arcDst = ad;
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
      warnings: warningsFor(stats.selfLoops, stats.duplicates),
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
    warnings: warningsFor(stats.selfLoops, stats.duplicates, directed.stats.duplicates),
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
      const u = ids[src[e] as number] as string;
      const v = ids[dst[e] as number] as string;
      if (u !== v && !graph.hasEdge(u, v)) graph.addEdge(u, v);
    }
    return graph;
  }
  const g = readXmlGraph(file, format, readBytes(file));
  g.forEachNode((node, attributes) => {
    graph.addNode(node, attributes);
  });
  g.forEachEdge((_e, attributes, source, target) => {
    if (source !== target && !graph.hasEdge(source, target)) graph.addEdge(source, target, attributes);
  });
  return graph;
}
