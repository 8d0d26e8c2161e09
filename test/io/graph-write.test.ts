import { describe, expect, it } from "vitest";
import { UndirectedGraph } from "graphology";
import graphml from "graphology-graphml";
import gexf from "graphology-gexf";
import { graphToString } from "../../src/io/graph-write.js";
import { readGraphFile } from "../../src/io/graph-read.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function sample(): UndirectedGraph {
  const g = new UndirectedGraph();
  g.addNode("0", { strategy: "authentic", quality: 0.5, community: 1, unmasked: false });
  g.addNode("1", { strategy: "opportunistic & <co>", quality: 0.25, community: 2, unmasked: true });
  g.addNode("2", { strategy: "authentic", quality: 1, community: 1 });
  g.addEdge("0", "1", { strength: 0.3, kind: "tie" });
  g.addEdge("1", "2", { strength: 1, kind: "tie" });
  return g;
}

describe("graph files", () => {
  it("GraphML round-trips nodes, edges and typed attributes through graphology-graphml's parser", () => {
    const text = graphToString(sample(), "graphml");
    const back = graphml.parse(UndirectedGraph, text);
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttributes("1")).toEqual({ strategy: "opportunistic & <co>", quality: 0.25, community: 2, unmasked: true });
    expect(back.getNodeAttribute("2", "unmasked")).toBeUndefined();
    expect(back.getEdgeAttribute(back.edge("0", "1") as string, "strength")).toBe(0.3);
  });

  it("GEXF round-trips through graphology-gexf", () => {
    const text = graphToString(sample(), "gexf");
    const back = gexf.parse(UndirectedGraph, text);
    expect(back.order).toBe(3);
    expect(back.size).toBe(2);
    expect(back.getNodeAttribute("0", "strategy")).toBe("authentic");
  });

  it("GEXF declares the GEXF 1.3 namespaces, viz included (not graphology-gexf 1.2's 'http:///…1.1draft/viz')", () => {
    const text = graphToString(sample(), "gexf");
    expect(text).toContain('version="1.3"');
    expect(text).toContain('xmlns="http://gexf.net/1.3"');
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).not.toContain("http:///");
  });

  it("our own reader reads both back with typed attributes", () => {
    const dir = mkdtempSync(join(tmpdir(), "nv-graph-write-"));
    for (const format of ["graphml", "gexf"] as const) {
      const p = join(dir, `g.${format}`);
      writeFileSync(p, graphToString(sample(), format));
      const back = readGraphFile(p);
      expect(back.order).toBe(3);
      expect(back.size).toBe(2);
      expect(back.getNodeAttribute("1", "strategy")).toBe("opportunistic & <co>");
      expect(back.getNodeAttribute("1", "quality")).toBe(0.25);
      expect(back.getNodeAttribute("1", "community")).toBe(2);
      expect(back.getNodeAttribute("1", "unmasked")).toBe(true);
      expect(back.getEdgeAttribute(back.edge("0", "1") as string, "strength")).toBe(0.3);
    }
  });
});
