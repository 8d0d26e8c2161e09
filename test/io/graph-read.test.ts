// Reading graph files: edge-list dialects, .gz, GEXF and GraphML, warnings for what
// was dropped, and InputErrors that name the file and the line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readCsr, readGraphFile, formatOf } from "../../src/io/graph-read.js";
import { bfsDistances } from "../../src/metrics/separation/index.js";

const dir = mkdtempSync(join(tmpdir(), "netvalue-graph-read-"));
let count = 0;
function file(name: string, content: string | Uint8Array): string {
  const p = join(dir, `${count++}-${name}`);
  writeFileSync(p, content);
  return p;
}
const neighboursOf = (r: ReturnType<typeof readCsr>, key: string) => {
  const ids = r.csr.ids as readonly string[];
  const u = ids.indexOf(key);
  return [...r.csr.neighbors.subarray(r.csr.offsets[u], r.csr.offsets[u + 1])].map((v) => ids[v]).sort();
};

describe("edge lists", () => {
  it("whitespace, tabs and commas; # and % comments; blank lines; CRLF; extra columns ignored", () => {
    const r = readCsr(file("g.txt", "# header\n% matrix-market style comment\n1 2\n2\t3\r\n\n3,4,0.5\n  4 1 weight\n"));
    expect(r.csr.n).toBe(4);
    expect(r.edgesRead).toBe(4);
    expect(r.csr.ids).toEqual(["1", "2", "3", "4"]);
    expect(neighboursOf(r, "1")).toEqual(["2", "4"]);
    expect(r.warnings).toEqual([]);
  });

  it("string ids, numbered in order of first appearance; '7' and '07' are different nodes", () => {
    const r = readCsr(file("names.csv", "alice,bob\nbob,carol\n7,07\n"));
    expect(r.csr.ids).toEqual(["alice", "bob", "carol", "7", "07"]);
    expect(neighboursOf(r, "bob")).toEqual(["alice", "carol"]);
  });

  it("self-loops and repeated edges (either direction) are dropped and counted in warnings", () => {
    const r = readCsr(file("dups.txt", "1 1\n1 2\n2 1\n1 2\n2 3\n"));
    expect(r.selfLoops).toBe(1);
    expect(r.duplicateEdges).toBe(2);
    expect(r.csr.neighbors.length / 2).toBe(2);
    expect(r.warnings).toEqual(["dropped 1 self-loop", "dropped 2 repeated edges (listed twice, in either direction)"]);
  });

  it("directed: true keeps the arcs, separates repeated arcs from reciprocated pairs", () => {
    const r = readCsr(file("arcs.txt", "1 2\n2 1\n1 2\n2 3\n"), { directed: true });
    expect(r.arcs?.directed).toBe(true);
    expect(r.duplicateArcs).toBe(1);
    expect(r.warnings).toEqual([
      "dropped 1 repeated arc (same direction)",
      "1 reciprocated pair merged into single edges in the undirected view",
    ]);
    // directed distances: 3 cannot reach 1
    const ids = r.arcs?.ids as readonly string[];
    const d = bfsDistances(r.arcs as NonNullable<typeof r.arcs>, ids.indexOf("3"));
    expect(d[ids.indexOf("1")]).toBe(-1);
    expect(bfsDistances(r.csr, ids.indexOf("3"))[ids.indexOf("1")]).toBe(2);
  });

  it("large integer ids (beyond the dense table) still work", () => {
    const r = readCsr(file("big-ids.txt", "4000000000 1\n2147483647 99999999\n"));
    expect(r.csr.ids).toEqual(["4000000000", "1", "2147483647", "99999999"]);
  });

  it("reads .gz by its magic bytes", () => {
    const r = readCsr(file("g.txt.gz", gzipSync("a b\nb c\n")));
    expect(r.csr.n).toBe(3);
    expect(r.csr.neighbors.length).toBe(4);
  });

  it("a line with one field is an InputError naming the file and line", () => {
    const p = file("bad.txt", "# c\n1 2\n3\n4 5\n");
    expect(() => readCsr(p)).toThrow(expect.objectContaining({ name: "InputError" }));
    expect(() => readCsr(p)).toThrow(`${p}:3: expected two node ids`);
  });

  it("a missing file and a corrupt .gz are InputErrors", () => {
    expect(() => readCsr(join(dir, "nope.txt"))).toThrow(expect.objectContaining({ name: "InputError" }));
    const corrupt = new Uint8Array([0x1f, 0x8b, 1, 2, 3, 4]);
    expect(() => readCsr(file("c.txt.gz", corrupt))).toThrow(/not a valid gzip file/);
  });

  it("readGraphFile gives an undirected simple graphology graph keyed as in the file", () => {
    const g = readGraphFile(file("k.txt", "a b\nb a\nb b\nb c\n"));
    expect(g.type).toBe("undirected");
    expect(g.nodes()).toEqual(["a", "b", "c"]);
    expect(g.size).toBe(2);
  });
});

const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="x" label="X"/><node id="y"/><node id="z"/></nodes>
    <edges><edge source="x" target="y"/><edge source="y" target="x"/><edge source="y" target="z"/></edges>
  </graph>
</gexf>`;

const graphmlText = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="undirected">
    <node id="a"/><node id="b"/><node id="c"/><node id="d"/>
    <edge source="a" target="b"/><edge source="b" target="c"/><edge source="c" target="a"/><edge source="c" target="d"/>
  </graph>
</graphml>`;

describe("GEXF and GraphML (graphology-gexf / graphology-graphml)", () => {
  it("chooses the format by extension, ignoring .gz", () => {
    expect(formatOf("a.gexf")).toBe("gexf");
    expect(formatOf("a.graphml.gz")).toBe("graphml");
    expect(formatOf("a.edges")).toBe("edgelist");
  });

  it("GEXF (directed): undirected view merges x→y and y→x; directed: true keeps both arcs", () => {
    const p = file("g.gexf", gexf);
    const r = readCsr(p);
    expect(r.format).toBe("gexf");
    expect(r.csr.ids).toEqual(["x", "y", "z"]);
    expect(r.csr.neighbors.length / 2).toBe(2);
    expect(readCsr(p, { directed: true }).arcs?.neighbors.length).toBe(3);
    expect(readGraphFile(p).size).toBe(2);
    expect(readGraphFile(p).getNodeAttribute("x", "label")).toBe("X");
  });

  it("GraphML (undirected), and gzipped", () => {
    const r = readCsr(file("g.graphml.gz", gzipSync(graphmlText)));
    expect(r.format).toBe("graphml");
    expect(r.csr.n).toBe(4);
    expect(r.csr.neighbors.length / 2).toBe(4);
  });

  it("malformed XML is an InputError with the line number", () => {
    const bad = `<?xml version="1.0"?>\n<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>\n`;
    let err: unknown;
    try {
      readCsr(file("bad.graphml", bad));
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ name: "InputError" });
    expect((err as Error).message).toMatch(/bad\.graphml:\d+: malformed XML/);
  });
});
