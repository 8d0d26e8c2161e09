// parseEdgeList scans bytes with a hand-written tokenizer and numbers nodes through a
// table (or no table, while ids are 0..n−1 in order); it must agree with a plain
// line-by-line reading of the same text, and the CSR builders with a Set-per-row one.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseEdgeList } from "../../src/io/edge-list.js";
import { csrFromArcs, csrFromEdges } from "../../src/graph/csr.js";

/** The edge-list rules read the obvious way (valid UTF-8 only). */
function naive(text: string): { ids: string[]; src: number[]; dst: number[]; lines: number } | { error: number; extra?: true } {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const id = (t: string) => {
    let i = index.get(t);
    if (i === undefined) {
      i = ids.length;
      index.set(t, i);
      ids.push(t);
    }
    return i;
  };
  const src: number[] = [];
  const dst: number[] = [];
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  for (const [k, raw] of lines.entries()) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const body = line.replace(/^[ \t]*/, "");
    if (body === "" || body.startsWith("#") || body.startsWith("%")) continue;
    const fields = body.split(/[ \t,]+/).filter((f) => f !== "");
    if (fields.length < 2) return { error: k + 1 };
    // At most a weight and a timestamp after the ids, both numbers.
    if (fields.length > 4 || !fields.slice(2).every((f) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(f))) return { error: k + 1, extra: true };
    const [u, v] = fields;
    if (u === undefined || v === undefined) return { error: k + 1 };
    src.push(id(u));
    dst.push(id(v));
  }
  return { ids, src, dst, lines: text === "" ? 0 : lines.length };
}

const token = fc.oneof(
  fc.nat(12).map(String),
  fc.nat(3000).map(String),
  fc.constantFrom("07", "00", "-1", "+2", "1.5", "2147483647", "2147483648", "4000000000"),
  fc.constantFrom("alice", "bob", "é", "x\r", "\r", "#", "%", "5#"),
);
const sep = fc.constantFrom(" ", "\t", ",", "  ", " ,\t", ", ");
const end = fc.constantFrom("\n", "\r\n", "\r\r\n", " \n", "\t\r\n", " 0.5\n", ",w\n", " 1 2\n", " -1.5e3,17\r\n", " 1 2 3\n", " .5\n", " 1e\n", " +\n");
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom("", " ", ",", "\t"), token, sep, token, end).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("#c", "% c", "  # x", "", "   ", "\r"), end).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("", " "), token, end).map((p) => p.join("")) },
);
const file = fc
  .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom("", "drop-last-newline", "cr"))
  .map(([ls, tail]) => {
    const text = ls.join("");
    return tail === "drop-last-newline" ? text.replace(/\n$/, "") : tail === "cr" ? `${text}\r` : text;
  });

describe("parseEdgeList equals a plain line-by-line reading (property)", () => {
  it("tokens, separators, comments, CRLF, ids numbered by first appearance, errors on the same line", () => {
    fc.assert(
      fc.property(file, (text) => {
        const expected = naive(text);
        const bytes = new TextEncoder().encode(text);
        if ("error" in expected) {
          const what = expected.extra ? "expected 'source target [weight [timestamp]]'" : "expected two node ids";
          expect(() => parseEdgeList(bytes, "f")).toThrow(`f:${expected.error}: ${what}`);
          return;
        }
        const r = parseEdgeList(bytes, "f");
        expect({ ids: r.ids, src: [...r.src], dst: [...r.dst], lines: r.lines }).toEqual(expected);
        expect(r.n).toBe(expected.ids.length);
      }),
      { numRuns: 2000, seed: 21 },
    );
  });

  it("ids 0..n−1 in order need no table; the first id out of order switches to one", () => {
    const enc = (t: string) => new TextEncoder().encode(t);
    expect(parseEdgeList(enc("0 1\n1 2\n2 0\n"), "f").ids).toEqual(["0", "1", "2"]);
    const r = parseEdgeList(enc("0 1\n1 5\n2 3\n5 0\n"), "f");
    expect(r.ids).toEqual(["0", "1", "5", "2", "3"]);
    expect([...r.src, ...r.dst]).toEqual([0, 1, 3, 2, 1, 2, 4, 0]);
    expect(parseEdgeList(enc("0 x\nx 1\n"), "f").ids).toEqual(["0", "x", "1"]);
    // around the dense table's limit (2^25): integers above it go through a Map
    const big = parseEdgeList(enc("0 33554431\n33554432 1\n1 0\n"), "f");
    expect(big.ids).toEqual(["0", "33554431", "33554432", "1"]);
    expect([...big.src, ...big.dst]).toEqual([0, 2, 3, 1, 3, 0]);
  });
});

describe("CSR builders equal a Set per row (property)", () => {
  const edges = fc.integer({ min: 1, max: 80 }).chain((n) =>
    fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 400 })),
  );
  it("undirected and directed: rows sorted, self-loops and repeats dropped and counted", () => {
    fc.assert(
      fc.property(edges, ([n, es]) => {
        const src = es.map((e) => e[0]);
        const dst = es.map((e) => e[1]);
        for (const directed of [false, true]) {
          const rows = Array.from({ length: n }, () => new Set<number>());
          let loops = 0;
          for (const [u, v] of es) {
            if (u === v) loops++;
            else {
              rows[u]?.add(v);
              if (!directed) rows[v]?.add(u);
            }
          }
          const { csr, stats } = directed ? csrFromArcs(n, src, dst) : csrFromEdges(n, src, dst);
          const got = Array.from({ length: n }, (_, u) => [...csr.neighbors.subarray(csr.offsets[u], csr.offsets[u + 1])]);
          expect(got).toEqual(rows.map((s) => [...s].sort((a, b) => a - b)));
          const kept = rows.reduce((a, s) => a + s.size, 0);
          expect(stats.selfLoops).toBe(loops);
          expect(stats.duplicates).toBe(directed ? es.length - loops - kept : es.length - loops - kept / 2);
          expect(csr.neighbors.buffer.byteLength).toBe(csr.neighbors.byteLength);
        }
      }),
      { numRuns: 300, seed: 22 },
    );
  });
});
