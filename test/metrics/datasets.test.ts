// Every dataset in test/fixtures/ against the statistics its README publishes.
// SNAP figures (snap.stanford.edu dataset pages) are on the undirected view; clustering,
// triangles, closed fraction and diameter must match exactly (to the published
// digits), the 90% effective diameter within ±0.1 (SNAP samples its BFS start nodes).
import { describe, expect, it } from "vitest";
import { readCsr } from "../../src/io/graph-read.js";
import { separation } from "../../src/metrics/separation/index.js";
import { structureSummary } from "../../src/metrics/structure/index.js";
import { streamFromKey } from "../../src/random/streams.js";
import { fixture } from "./helpers.js";

const measure = (file: string) => {
  const { csr, warnings } = readCsr(fixture(file));
  return { csr, warnings, s: structureSummary(csr), sep: separation(csr, { method: "exact", rng: streamFromKey("unused") }) };
};

/** Rounded to the published number of decimals. */
const round = (x: number, digits: number) => Number(x.toFixed(digits));

interface Snap {
  file: string;
  wccNodes: number;
  avgClustering: number;
  triangles: number;
  closed: number;
  closedDigits: number;
  diameter: number;
  effDiameter: number;
}

const snap: Snap[] = [
  { file: "snap-ego-facebook.txt", wccNodes: 4039, avgClustering: 0.6055, triangles: 1_612_010, closed: 0.2647, closedDigits: 4, diameter: 8, effDiameter: 4.7 },
  { file: "snap-ca-grqc.txt", wccNodes: 4158, avgClustering: 0.5296, triangles: 48_260, closed: 0.3619, closedDigits: 4, diameter: 17, effDiameter: 7.6 },
  { file: "snap-email-eu-core.txt", wccNodes: 986, avgClustering: 0.3994, triangles: 105_461, closed: 0.1085, closedDigits: 4, diameter: 7, effDiameter: 2.9 },
  { file: "snap-wiki-vote.txt", wccNodes: 7066, avgClustering: 0.1409, triangles: 608_389, closed: 0.04564, closedDigits: 5, diameter: 7, effDiameter: 3.8 },
];

describe("SNAP datasets (test/fixtures/README.md, published statistics table)", () => {
  for (const d of snap) {
    it(`${d.file}: clustering ${d.avgClustering}, ${d.triangles} triangles, closed ${d.closed}, diameter ${d.diameter}, eff. diameter ${d.effDiameter} ± 0.1`, () => {
      const { s, sep } = measure(d.file);
      expect(round(s.averageClustering, 4)).toBe(d.avgClustering);
      expect(s.triangles).toBe(d.triangles);
      expect(round(s.closedTriangleFraction, d.closedDigits)).toBe(d.closed);
      expect(s.giantSize).toBe(d.wccNodes);
      expect(sep.diameter).toBe(d.diameter);
      expect(Math.abs(sep.effectiveDiameter - d.effDiameter)).toBeLessThanOrEqual(0.1);
    });
  }

  it("ego-Facebook: one component holding all 88,234 edges", () => {
    // SNAP's WCC edge column counts arcs for directed graphs (and self-loops), so only
    // the undirected, loop-free ego-Facebook can be compared edge for edge.
    expect(measure("snap-ego-facebook.txt").s.giantEdges).toBe(88_234);
  });

  it("ca-GrQc: the README's 12 self-loops are dropped and reported", () => {
    const { warnings, s } = measure("snap-ca-grqc.txt");
    expect(warnings).toContain("dropped 12 self-loops");
    expect(s.edges).toBe(14_496 - 12);
  });
});

describe("classic small networks", () => {
  it("Zachary karate club: mean distance 2.4082, diameter 5, transitivity 0.2557, avg clustering 0.5706, 45 triangles", () => {
    const { s, sep } = measure("karate-club.txt");
    expect(round(sep.meanDistance, 4)).toBe(2.4082);
    expect(sep.diameter).toBe(5);
    expect(round(s.transitivity, 4)).toBe(0.2557);
    expect(round(s.averageClustering, 4)).toBe(0.5706);
    expect(s.triangles).toBe(45);
    expect(s.nodes).toBe(34);
    expect(s.edges).toBe(78);
  });

  it("Les Misérables (Knuth 1993): diameter 5, mean geodesic 2.6 (rounded), max degree 36", () => {
    const { s, sep } = measure("les-miserables.txt");
    expect(sep.diameter).toBe(5);
    expect(round(sep.meanDistance, 1)).toBe(2.6);
    expect(s.degree.max).toBe(36);
    expect(s.nodes).toBe(77);
    expect(s.edges).toBe(254);
  });

  it("Florentine families, dolphins, Davis: node and edge counts of the README; Davis is bipartite (no triangles)", () => {
    const flo = measure("florentine-families.txt").s;
    expect([flo.nodes, flo.edges]).toEqual([15, 20]);
    const dol = measure("dolphins.txt").s;
    expect([dol.nodes, dol.edges]).toEqual([62, 159]);
    const davis = measure("davis-southern-women.txt").s;
    expect([davis.nodes, davis.edges]).toEqual([32, 89]);
    expect(davis.triangles).toBe(0);
    expect(davis.averageClustering).toBe(0);
  });
});
