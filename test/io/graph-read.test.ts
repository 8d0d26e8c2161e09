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
  it("whitespace, tabs and commas; # and % comments; blank lines; CRLF; a numeric weight and timestamp accepted", () => {
    const r = readCsr(file("g.txt", "# header\n% matrix-market style comment\n1 2\n2\t3\r\n\n3,4,0.5\n  4 1 -2.5e-3 1700000000\n"));
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

  it("fields after the ids other than a number (weight) and a number (timestamp) are an InputError naming file:line", () => {
    const words = file("words.txt", "1 2\n2 3 weight\n");
    expect(() => readCsr(words)).toThrow(expect.objectContaining({ name: "InputError" }));
    expect(() => readCsr(words)).toThrow(`${words}:2: expected 'source target [weight [timestamp]]'`);
    const five = file("five.txt", "1 2 1 5\n1 3 1 5 9\n");
    expect(() => readCsr(five)).toThrow(`${five}:2: expected 'source target [weight [timestamp]]'`);
    const fast = file("fast.txt", "1 2 0.5 12\n3 4 x\n");
    expect(() => readCsr(fast)).toThrow(`${fast}:2:`);
  });

  it("a UTF-8 byte-order mark is not part of the first id (3 nodes stay 3)", () => {
    const r = readCsr(file("bom.txt", "\ufeff1 2\n2 3\n"));
    expect(r.csr.ids).toEqual(["1", "2", "3"]);
    const x = readCsr(file("bom.graphml", `\ufeff${graphmlText}`));
    expect(x.csr.n).toBe(4);
  });

  it("a .gz name whose bytes are not gzip is an InputError, not text read as edges", () => {
    const p = file("fake.txt.gz", "this is not gzip but a sentence\n");
    expect(() => readCsr(p)).toThrow(expect.objectContaining({ name: "InputError" }));
    expect(() => readCsr(p)).toThrow(/name ends in \.gz but the file is not gzip-compressed/);
  });

  it("warns when an edge list looks like a node-label file (each first id once, few second-column values)", () => {
    const labels = Array.from({ length: 40 }, (_, i) => `${i + 100} ${i % 3}`).join("\n");
    const r = readCsr(file("labels.txt", labels));
    expect(r.warnings.some((w) => /looks like a node-label or attribute file/.test(w) && /only 3 distinct values/.test(w))).toBe(true);
    const ring = Array.from({ length: 40 }, (_, i) => `${i} ${(i + 1) % 40}`).join("\n");
    expect(readCsr(file("ring.txt", ring)).warnings).toEqual([]);
  });

  it("SNAP's email-Eu-core department labels are flagged as a label file; the graph itself is not", () => {
    const labels = readCsr(join(import.meta.dirname, "../fixtures/snap-email-eu-core-department-labels.txt"));
    expect(labels.warnings.join(" ")).toMatch(/looks like a node-label or attribute file.*only 42 distinct values/);
    const graph = readCsr(join(import.meta.dirname, "../fixtures/snap-email-eu-core.txt"));
    expect(graph.warnings.join(" ")).not.toMatch(/label/);
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

describe("GEXF and GraphML (one linear pass)", () => {
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

  it("GraphML: typed attributes by attr.name, key defaults, per-edge direction, undeclared nodes after declared ones", () => {
    const text = `<?xml version="1.0"?>
<!-- a comment -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="color" attr.type="string"><default>yellow</default></key>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d2" for="node" attr.name="size" attr.type="int"/>
  <graph id="G" edgedefault="directed">
    <edge source="n0" target="n1" directed="false"><data key="d1">1.5</data></edge>
    <node id="n1"><data key="d0">blue &amp; green</data><data key="d2">7</data></node>
    <edge source="n1" target="zz"/>
    <node id="n0"/>
  </graph>
</graphml>`;
    const p = file("attrs.graphml", text);
    const g = readGraphFile(p);
    expect(g.nodes()).toEqual(["n1", "n0", "zz"]);
    expect(g.getNodeAttributes("n1")).toEqual({ color: "blue & green", size: 7 });
    expect(g.getNodeAttribute("n0", "color")).toBe("yellow");
    expect(g.getEdgeAttribute(g.edge("n0", "n1") as string, "weight")).toBe(1.5);
    const r = readCsr(p, { directed: true });
    expect(r.arcs?.neighbors.length).toBe(3); // n0–n1 both ways, n1→zz
  });

  it("GEXF: attvalues typed by their declaration, label and weight; mutual edges are undirected", () => {
    const text = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
      <attributes class="node"><attribute id="0" title="age" type="integer"/></attributes>
      <nodes><node id="a" label="A"><attvalues><attvalue for="0" value="42"/></attvalues></node><node id="b"/></nodes>
      <edges><edge source="a" target="b" type="mutual" weight="2"/></edges></graph></gexf>`;
    const p = file("attrs.gexf", text);
    const g = readGraphFile(p);
    expect(g.getNodeAttributes("a")).toEqual({ label: "A", age: 42 });
    expect(g.getEdgeAttribute(g.edge("a", "b") as string, "weight")).toBe(2);
    expect(readCsr(p, { directed: true }).arcs?.neighbors.length).toBe(2);
  });

  it("XML details: DOCTYPE, comments, single quotes, '>' in values, CDATA, entity and character references", () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE graphml [ <!ELEMENT x ANY> ]>
<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>
<!-- a comment with > and -- inside -->
<key id='d0' for='node' attr.name='name' attr.type='string'/>
<graph edgedefault='undirected'>
<node id='a&#x26;b'><data key='d0'><![CDATA[<b>bold</b> & co]]></data></node>
<node id="c>d"><data key="d0">x &lt; y &#233;</data></node>
<edge source='a&amp;b' target="c>d"/>
</graph></graphml>`;
    const g = readGraphFile(file("details.graphml", text));
    expect(g.nodes()).toEqual(["a&b", "c>d"]);
    expect(g.getNodeAttribute("a&b", "name")).toBe("<b>bold</b> & co");
    expect(g.getNodeAttribute("c>d", "name")).toBe("x < y é");
    expect(g.hasEdge("a&b", "c>d")).toBe(true);
  });

  it.each([
    ["truncated", `<graphml><graph edgedefault="undirected">\n<node id="a"/>\n<edge source="a" target="b"/>\n`, /:4: malformed XML: the file ends inside <graph>/],
    ["unquoted value", `<graphml>\n<graph>\n<node id=a/></graph></graphml>`, /:3: malformed XML: <node>: the value of id is not quoted/],
    ["bare ampersand", `<graphml>\n<graph><node id="a&b"/></graph></graphml>`, /:2: malformed XML: a bare '&'/],
    ["two roots", `<graphml><graph/></graphml>\n<graphml/>`, /:2: malformed XML: a second root element/],
    ["not XML at all", `1 2\n2 3\n`, /:1: malformed XML: text before the root element/],
    ["repeated attribute", `<graphml><graph><node id="a" id="b"/></graph></graphml>`, /:1: malformed XML: <node>: attribute id given twice/],
    ["the other format", `<gexf><graph/></gexf>`, /not a valid GraphML graph: the root element is <gexf>/],
    ["an edge without a target", `<graphml><graph><edge source="a"/></graph></graphml>`, /not a valid GraphML graph: an <edge> without a target/],
  ])("malformed GraphML (%s) is one InputError naming the file", (_case, text, message) => {
    const p = file("m.graphml", text);
    expect(() => readCsr(p)).toThrow(expect.objectContaining({ name: "InputError" }));
    expect(() => readCsr(p)).toThrow(message);
    expect(() => readCsr(p)).toThrow(p);
  });

  it("reads 10^5 GraphML edges in seconds (one linear pass; graphology-graphml took 149 s for 10^4)", () => {
    const lines = ['<?xml version="1.0"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', '<key id="w" for="edge" attr.name="weight" attr.type="double"/>', '<graph edgedefault="undirected">'];
    for (let i = 0; i < 20000; i++) lines.push(`<node id="n${i}"/>`);
    for (let e = 0; e < 100000; e++) lines.push(`<edge source="n${(e * 7919) % 20000}" target="n${(e * 104729 + 1) % 20000}"><data key="w">0.5</data></edge>`);
    lines.push("</graph>", "</graphml>");
    const p = file("big.graphml", lines.join("\n"));
    const t = performance.now();
    const r = readCsr(p);
    const seconds = (performance.now() - t) / 1000;
    expect(r.edgesRead).toBe(100000);
    expect(r.csr.n).toBe(20000);
    expect(seconds).toBeLessThan(10);
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
