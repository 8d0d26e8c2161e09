import { UndirectedGraph } from "graphology";
import connectedCavemanModule from "graphology-generators/community/connected-caveman.js";
import { describe, expect, it } from "vitest";
import { caveSizes, connectedCaveman } from "../../../src/model/network/connected-caveman.js";
import { cjsDefault } from "../../../src/model/network/internal.js";
import { edgeSet, isSimple, keysAreIndices, meanDistance } from "./graph-helpers.js";

const graphologyCaveman = cjsDefault(connectedCavemanModule);

describe("connectedCaveman (Watts 1999)", () => {
  it("equals graphology-generators' connectedCaveman when n is a multiple of groupSize", () => {
    for (const [caves, size] of [
      [2, 3],
      [5, 4],
      [10, 20],
    ] as const) {
      const ours = connectedCaveman(caves * size, { groupSize: size }).graph;
      expect(edgeSet(ours)).toEqual(edgeSet(graphologyCaveman(UndirectedGraph, caves, size)));
    }
  });

  it("has Σ s(s−1)/2 edges over the caves, a smaller last cave, and the cave as community", () => {
    const { graph, community } = connectedCaveman(47, { groupSize: 10 });
    expect(caveSizes(47, 10)).toEqual([10, 10, 10, 10, 7]);
    expect(graph.order).toBe(47);
    expect(graph.size).toBe(4 * 45 + 21);
    expect(isSimple(graph)).toBe(true);
    expect(keysAreIndices(graph)).toBe(true);
    expect(Array.from(community.subarray(38, 42))).toEqual([3, 3, 4, 4]);
    expect(Number.isFinite(meanDistance(graph))).toBe(true);
  });

  it("connects a last cave of one node to both neighbours in the ring (one extra edge)", () => {
    const { graph, community } = connectedCaveman(7, { groupSize: 3 });
    expect(caveSizes(7, 3)).toEqual([3, 3, 1]);
    expect(graph.size).toBe(3 + 3 + 1);
    expect(graph.neighbors("6").sort()).toEqual(["0", "5"]);
    expect(community[6]).toBe(2);
  });

  it("is the complete graph when there is a single cave", () => {
    const { graph, community } = connectedCaveman(6, { groupSize: 6 });
    expect(graph.size).toBe(15);
    expect(Array.from(community)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("is connected, each cave keeping all but one of its internal edges", () => {
    const { graph, community } = connectedCaveman(60, { groupSize: 6 });
    let internal = 0;
    graph.forEachEdge((_e, _a, u, v) => {
      if (community[Number(u)] === community[Number(v)]) internal++;
    });
    expect(internal).toBe(10 * (15 - 1));
    expect(graph.size - internal).toBe(10);
  });

  it("throws ModelError naming the offending values", () => {
    expect(() => connectedCaveman(10, { groupSize: 20 })).toThrow("groupSize must be ≤ n (groupSize = 20, n = 10)");
    expect(() => connectedCaveman(10, { groupSize: 1 })).toThrow(/groupSize = 1/);
    expect(() => connectedCaveman(10, { groupSize: 2.5 })).toThrow(expect.objectContaining({ name: "ModelError" }));
  });
});
