import { describe, expect, it } from "vitest";
import { blockSizes, stochasticBlock } from "../../../src/model/network/stochastic-block.js";
import { streamFromKey } from "../../../src/random/streams.js";
import { edgeSet, isSimple, keysAreIndices } from "./graph-helpers.js";

describe("stochasticBlock (Holland, Laskey & Leinhardt 1983)", () => {
  it("splits exactly n nodes into blocks", () => {
    expect(blockSizes(10, 3)).toEqual([4, 3, 3]);
    expect(blockSizes(10, [0.5, 0.3, 0.2])).toEqual([5, 3, 2]);
    expect(blockSizes(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(blockSizes(7, [2, 1])).toEqual([5, 2]);
    expect(blockSizes(1000, [0.333, 0.333, 0.334]).reduce((a, b) => a + b)).toBe(1000);
  });

  it("with pIn = 1 and pOut = 0 is exactly disjoint cliques, the blocks as communities", () => {
    const { graph, community } = stochasticBlock(20, { blocks: [0.5, 0.3, 0.2], pIn: 1, pOut: 0 }, streamFromKey("a"));
    expect(graph.size).toBe(45 + 15 + 6);
    expect(Array.from(community)).toEqual([...Array(10).fill(0), ...Array(6).fill(1), ...Array(4).fill(2)]);
    graph.forEachEdge((_e, _a, u, v) => expect(community[Number(u)]).toBe(community[Number(v)]));
  });

  it("with pIn = 0 and pOut = 1 is the complete multipartite graph", () => {
    const { graph } = stochasticBlock(12, { blocks: 3, pIn: 0, pOut: 1 }, streamFromKey("a"));
    expect(graph.size).toBe(3 * 16);
  });

  it("hits pIn and pOut densities within 4 standard errors (n = 3000, 4 blocks)", () => {
    const pIn = 0.02;
    const pOut = 0.001;
    const { graph, community } = stochasticBlock(3000, { blocks: 4, pIn, pOut }, streamFromKey("sbm:density"));
    expect(isSimple(graph)).toBe(true);
    expect(keysAreIndices(graph)).toBe(true);
    let inside = 0;
    graph.forEachEdge((_e, _a, u, v) => {
      if (community[Number(u)] === community[Number(v)]) inside++;
    });
    const pairsIn = 4 * ((750 * 749) / 2);
    const pairsOut = (3000 * 2999) / 2 - pairsIn;
    expect(Math.abs(inside - pIn * pairsIn)).toBeLessThan(4 * Math.sqrt(pairsIn * pIn * (1 - pIn)));
    const outside = graph.size - inside;
    expect(Math.abs(outside - pOut * pairsOut)).toBeLessThan(4 * Math.sqrt(pairsOut * pOut * (1 - pOut)));
  });

  it("covers every pair uniformly, within and between blocks (each pair's frequency over 2000 draws, n = 8)", () => {
    const counts = new Map<string, number>();
    const rng = streamFromKey("sbm:uniform");
    for (let i = 0; i < 2000; i++) {
      for (const e of edgeSet(stochasticBlock(8, { blocks: [3, 5], pIn: 0.3, pOut: 0.3 }, rng).graph)) {
        counts.set(e, (counts.get(e) ?? 0) + 1);
      }
    }
    expect(counts.size).toBe(28);
    // Binomial(2000, 0.3): mean 600, sd ≈ 20.5
    for (const c of counts.values()) expect(Math.abs(c - 600)).toBeLessThan(5 * 20.5);
  });

  it("throws ModelError naming the offending values", () => {
    const rng = streamFromKey("x");
    expect(() => stochasticBlock(10, { blocks: 11, pIn: 0.1, pOut: 0 }, rng)).toThrow(/blocks = 11/);
    expect(() => stochasticBlock(10, { blocks: [1, -1], pIn: 0.1, pOut: 0 }, rng)).toThrow("blocks[1] must be a positive proportion (blocks[1] = -1)");
    expect(() => stochasticBlock(10, { blocks: 2, pIn: 2, pOut: 0 }, rng)).toThrow(/pIn = 2/);
    expect(() => stochasticBlock(10, { blocks: [], pIn: 0, pOut: 0 }, rng)).toThrow(expect.objectContaining({ name: "ModelError" }));
  });
});
