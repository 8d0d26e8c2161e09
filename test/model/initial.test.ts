/** The initial network: generators at agents.count, graph files, the count check, trimming to capacity. */
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { resolve } from "node:path";
import { initialNetwork } from "../../src/model/network/initial.js";
import { generateNetwork } from "../../src/model/network/generate.js";
import { buildState } from "../../src/engine/build.js";
import { stream } from "../../src/random/streams.js";
import { makeScenario } from "../engine/scenario-helper.js";

const fixtures = resolve(import.meta.dirname, "../fixtures");

describe("initialNetwork", () => {
  it("reads a graph file relative to baseDir: Zachary's karate club, 34 nodes and 78 edges", () => {
    const net = initialNetwork({ generator: "file", path: "karate-club.txt", format: "auto" }, 34, stream(1, "network"), fixtures);
    expect(net.n).toBe(34);
    expect(net.src.length).toBe(78);
    expect(net.community.length).toBe(34);
  });

  it("refuses a file whose node count differs from agents.count, naming both", () => {
    try {
      initialNetwork({ generator: "file", path: "karate-club.txt", format: "auto" }, 50, stream(1, "network"), fixtures);
      expect.unreachable();
    } catch (err) {
      expect((err as Error).name).toBe("ScenarioError");
      expect((err as Error).message).toMatch(/34 nodes.*agents\.count is 50/);
    }
  });

  it("builds exactly agents.count nodes from a generator", () => {
    const net = initialNetwork({ generator: "watts-strogatz", k: 4, p: 0.1 }, 101, stream(1, "network"), ".");
    expect(net.community.length).toBe(101);
    expect(net.src.length).toBe((101 * 4) / 2);
  });
});

describe("initial ties", () => {
  it("get initialStrength and initialTrust, and an agent above capacity keeps capacity of them", () => {
    const sc = makeScenario({
      agents: { count: 40 },
      network: { initial: { generator: "connected-caveman", groupSize: 20 }, dunbar: { capacity: 7, layers: [7] }, initialStrength: 0.4, initialTrust: 0.7 },
    });
    const st = buildState(sc, 3);
    for (let i = 0; i < 40; i++) {
      expect(st.ties.count[i]).toBeLessThanOrEqual(7);
      for (let s = st.ties.base(i); s < st.ties.base(i) + at(st.ties.count, i); s++) {
        expect(st.ties.strength[s]).toBe(0.4);
        expect(st.ties.trust[s]).toBe(0.7);
      }
    }
    // trimming keeps as many ties as the cap allows: most agents end at capacity
    expect(Array.from(st.ties.count).filter((c) => c === 7).length).toBeGreaterThan(20);
  });

  it("builds a scenario from a graph file via simulateReplicate's baseDir", () => {
    const sc = makeScenario({ agents: { count: 34 }, network: { initial: { generator: "file", path: "karate-club.txt" } } });
    const st = buildState(sc, 1, { baseDir: fixtures });
    expect(st.ties.edges()).toBe(78);
  });

  it("the default block-model start, drawn as an edge list, is the generator's graph: same edges, communities and draws", () => {
    const spec = { generator: "stochastic-block", blockSize: 20, degreeIn: 15, degreeOut: 2 } as const;
    const fast = stream(9, "network");
    const net = initialNetwork(spec, 2000, fast, ".");
    const slow = stream(9, "network");
    const { graph, community } = generateNetwork(spec, 2000, slow);
    const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
    const edges = new Set<string>();
    for (let e = 0; e < net.src.length; e++) edges.add(key(at(net.src, e), at(net.dst, e)));
    expect(edges.size).toBe(net.src.length);
    const expected = new Set<string>();
    graph.forEachEdge((_e, _a, u, v) => expected.add(key(Number(u), Number(v))));
    expect(edges).toEqual(expected);
    expect(Array.from(net.community)).toEqual(Array.from(community));
    expect(fast()).toBe(slow()); // the stream is left where the graph path leaves it
  });
});
