/**
 * Writes a final network as GEXF 1.3 (graphology-gexf; its 1.2 output declares the
 * malformed viz namespace `http:///www.gexf.net/1.1draft/viz`) or GraphML. graphology-graphml
 * 0.5 only parses (its writer was never released), so the GraphML writer is ours: a
 * plain GraphML 1.0 document with one <key> per attribute, typed from the values
 * (boolean, int, double, else string), nodes and edges in the graph's order.
 */
import gexf from "graphology-gexf";
import type { AbstractGraph, Attributes } from "graphology-types";
import { writeFileAtomic } from "./atomic.js";

export type GraphFormat = "gexf" | "graphml";

export function graphToString(graph: AbstractGraph, format: GraphFormat): string {
  return format === "gexf" ? gexf.write(graph, { version: "1.3" }) : toGraphml(graph);
}

export function writeGraphFile(path: string, graph: AbstractGraph, format: GraphFormat): void {
  writeFileAtomic(path, graphToString(graph, format));
}

type KeyType = "boolean" | "int" | "double" | "string";

function typeOf(values: unknown[]): KeyType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === "boolean")) return "boolean";
  if (present.length && present.every((v) => typeof v === "number" && Number.isInteger(v))) return "int";
  if (present.length && present.every((v) => typeof v === "number")) return "double";
  return "string";
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function keysOf(records: Attributes[], domain: "node" | "edge", prefix: string): { name: string; id: string; type: KeyType; domain: string }[] {
  const names = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) names.add(k);
  return [...names].sort().map((name, i) => ({ name, id: `${prefix}${i}`, type: typeOf(records.map((r) => r[name])), domain }));
}

function data(keys: { name: string; id: string }[], attrs: Attributes): string {
  let out = "";
  for (const k of keys) {
    const v = attrs[k.name];
    if (v === null || v === undefined) continue;
    out += `<data key="${k.id}">${escapeXml(typeof v === "object" ? JSON.stringify(v) : String(v))}</data>`;
  }
  return out;
}

function toGraphml(graph: AbstractGraph): string {
  const nodeAttrs: Attributes[] = [];
  graph.forEachNode((_n, a) => nodeAttrs.push(a));
  const edgeAttrs: Attributes[] = [];
  graph.forEachEdge((_e, a) => edgeAttrs.push(a));
  const nodeKeys = keysOf(nodeAttrs, "node", "n");
  const edgeKeys = keysOf(edgeAttrs, "edge", "e");
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of [...nodeKeys, ...edgeKeys]) {
    lines.push(`  <key id="${k.id}" for="${k.domain}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`);
  }
  lines.push(`  <graph id="G" edgedefault="${graph.type === "directed" ? "directed" : "undirected"}">`);
  graph.forEachNode((n, a) => lines.push(`    <node id="${escapeXml(n)}">${data(nodeKeys, a)}</node>`));
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    const dir = graph.type === "mixed" ? ` directed="${undirected ? "false" : "true"}"` : "";
    lines.push(`    <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}"${dir}>${data(edgeKeys, a)}</edge>`);
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
