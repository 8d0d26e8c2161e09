import { describe, expect, it } from "vitest";
import { empty } from "../../../src/model/network/empty.js";
import { florentineFamilies } from "../../../src/model/network/florentine-families.js";
import { karateClub } from "../../../src/model/network/karate-club.js";
import { isSimple, keysAreIndices, meanDistance } from "./graph-helpers.js";

describe("karateClub (Zachary 1977)", () => {
  it("has 34 nodes and 78 edges, mean distance 2.4082 (networkx, igraph)", () => {
    const { graph, community } = karateClub(34);
    expect(graph.order).toBe(34);
    expect(graph.size).toBe(78);
    expect(keysAreIndices(graph)).toBe(true);
    expect(isSimple(graph)).toBe(true);
    expect(meanDistance(graph)).toBeCloseTo(2.4082, 4);
    // Zachary's members 1 and 34 are the instructor (Mr. Hi) and the officer, the two hubs.
    expect(graph.degree("0")).toBe(16);
    expect(graph.degree("33")).toBe(17);
    expect(community[0]).toBe(0);
    expect(community[33]).toBe(1);
    expect(community.reduce((a, c) => a + c, 0)).toBe(17);
    expect(graph.getNodeAttribute("0", "club")).toBe("Mr. Hi");
  });

  it("throws ModelError for any other n: the graph fixes the count", () => {
    expect(() => karateClub(100)).toThrow("the karate-club graph fixes the node count at 34 (n = 100)");
    expect(() => karateClub(33)).toThrow(expect.objectContaining({ name: "ModelError" }));
  });
});

describe("florentineFamilies (Padgett & Ansell 1993)", () => {
  it("has 15 families and 20 marriages, the Medici the most central", () => {
    const graph = florentineFamilies(15);
    expect(graph.order).toBe(15);
    expect(graph.size).toBe(20);
    expect(keysAreIndices(graph)).toBe(true);
    expect(graph.getNodeAttribute("1", "label")).toBe("Medici");
    expect(graph.degree("1")).toBe(6);
  });

  it("adds the isolated Pucci as node '15' when asked for 16", () => {
    const graph = florentineFamilies(16);
    expect(graph.order).toBe(16);
    expect(graph.size).toBe(20);
    expect(graph.getNodeAttribute("15", "label")).toBe("Pucci");
    expect(graph.degree("15")).toBe(0);
  });

  it("throws ModelError for any other n", () => {
    expect(() => florentineFamilies(100)).toThrow(/fixes the node count at 15.*\(n = 100\)/);
  });
});

describe("empty", () => {
  it("has n nodes and no edges; n = 0 is allowed", () => {
    const graph = empty(5);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(0);
    expect(keysAreIndices(graph)).toBe(true);
    expect(empty(0).order).toBe(0);
    expect(() => empty(-1)).toThrow(expect.objectContaining({ name: "ModelError" }));
  });
});
