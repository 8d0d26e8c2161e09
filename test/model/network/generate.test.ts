import { describe, expect, expectTypeOf, it } from "vitest";
import { generateNetwork, GENERATOR_NAMES, type GeneratorSpec } from "../../../src/model/index.js";
import { streamFromKey } from "../../../src/random/streams.js";
import { edgeSet, isSimple, keysAreIndices } from "./graph-helpers.js";

const specs: { spec: GeneratorSpec; n: number }[] = [
  { spec: { generator: "connected-caveman", groupSize: 10 }, n: 95 },
  { spec: { generator: "watts-strogatz", k: 6, p: 0.1 }, n: 120 },
  { spec: { generator: "erdos-renyi", meanDegree: 4 }, n: 150 },
  { spec: { generator: "barabasi-albert", m: 2 }, n: 130 },
  { spec: { generator: "stochastic-block", blocks: [0.6, 0.4], pIn: 0.2, pOut: 0.01 }, n: 101 },
  { spec: { generator: "karate-club" }, n: 34 },
  { spec: { generator: "florentine-families" }, n: 16 },
  { spec: { generator: "empty" }, n: 7 },
];

/** Community ids are 0..c−1, numbered in order of each community's lowest node. */
function isCanonical(community: Int32Array): boolean {
  let next = 0;
  for (const c of community) {
    if (c === next) next++;
    else if (c > next || c < 0) return false;
  }
  return true;
}

describe("generateNetwork", () => {
  it("covers every generator of docs/ODD.md §5 Initialization", () => {
    expect(specs.map((s) => s.spec.generator).sort()).toEqual([...GENERATOR_NAMES].sort());
  });

  it.each(specs)("$spec.generator builds exactly n nodes with a community per node", ({ spec, n }) => {
    const { graph, community } = generateNetwork(spec, n, streamFromKey(`gen:${spec.generator}`));
    expect(graph.order).toBe(n);
    expect(keysAreIndices(graph)).toBe(true);
    expect(isSimple(graph)).toBe(true);
    expect(community).toBeInstanceOf(Int32Array);
    expect(community.length).toBe(n);
    if (spec.generator !== "karate-club") expect(isCanonical(community)).toBe(true);
  });

  it("gives the cave and the block as community, and Louvain finds two planted cliques", () => {
    const cave = generateNetwork({ generator: "connected-caveman", groupSize: 5 }, 12, streamFromKey("a")).community;
    expect(Array.from(cave)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
    const sbm = generateNetwork({ generator: "stochastic-block", blocks: 2, pIn: 1, pOut: 0 }, 10, streamFromKey("a"));
    expect(Array.from(sbm.community)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    // Louvain: an edgeless graph leaves every node alone.
    const none = generateNetwork({ generator: "empty" }, 4, streamFromKey("a")).community;
    expect(Array.from(none)).toEqual([0, 1, 2, 3]);
  });

  it("finds the lattice's neighbourhoods with Louvain for watts-strogatz at p = 0 (contiguous arcs)", () => {
    const { community } = generateNetwork({ generator: "watts-strogatz", k: 4, p: 0 }, 200, streamFromKey("ws"));
    let changes = 0;
    for (let i = 0; i < 200; i++) if (community[i] !== community[(i + 1) % 200]) changes++;
    const count = Math.max(...community) + 1;
    expect(count).toBeGreaterThan(3);
    // each community is one arc of the ring, so the label changes once per community
    expect(changes).toBe(count);
  });

  it("is reproducible: same stream, same graph and communities", () => {
    const spec: GeneratorSpec = { generator: "barabasi-albert", m: 3 };
    const a = generateNetwork(spec, 300, streamFromKey("r"));
    const b = generateNetwork(spec, 300, streamFromKey("r"));
    expect(edgeSet(b.graph)).toEqual(edgeSet(a.graph));
    expect(Array.from(b.community)).toEqual(Array.from(a.community));
  });

  it("passes the fixed graphs' count errors through", () => {
    expect(() => generateNetwork({ generator: "karate-club" }, 100, streamFromKey("a"))).toThrow(
      expect.objectContaining({ name: "ModelError" }),
    );
  });

  it("types: the spec is a discriminated union on `generator`", () => {
    expectTypeOf<Extract<GeneratorSpec, { generator: "watts-strogatz" }>>().toEqualTypeOf<{
      readonly generator: "watts-strogatz";
      readonly k: number;
      readonly p: number;
    }>();
    // @ts-expect-error watts-strogatz needs p
    const bad: GeneratorSpec = { generator: "watts-strogatz", k: 4 };
    expect(bad).toBeDefined();
  });
});
