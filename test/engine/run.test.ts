/** simulateReplicate: observation schedule, contents, the final graph, and bad input. */
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { simulateReplicate } from "../../src/engine/run.js";
import type { Observation } from "../../src/observation.js";
import { makeScenario, small } from "./scenario-helper.js";
import { runOnce } from "./run-helper.js";

describe("simulateReplicate", () => {
  it("observes step 0, every metrics.every steps and the last step", () => {
    const r = runOnce(small({ steps: 25, metrics: { every: 10 } }), 1);
    expect(r.observations.map((o) => o.step)).toEqual([0, 10, 20, 25]);
  });

  it("reports steps to onStep", () => {
    const seen: number[] = [];
    simulateReplicate(makeScenario(small({ steps: 5 })), 1, { onStep: (t, total) => seen.push(t * 100 + total) });
    expect(seen).toEqual([105, 205, 305, 405, 505]);
  });

  it("fills every observation field: 'all' first, strategies by name, layers in order", () => {
    const r = runOnce(small({ metrics: { louvain: true } }), 2);
    const o: Observation = r.final;
    expect(o.strategies.map((s) => s.strategy)).toEqual(["all", "authentic", "opportunistic"]);
    expect(o.strategies[0]?.agents).toBe(120);
    expect(at(o.strategies, 1).agents + at(o.strategies, 2).agents).toBe(120);
    expect(o.layers.map((l) => l.layer)).toEqual(["ties", "social", "trusted"]);
    for (const l of o.layers) {
      expect(l.nodes).toBe(120);
      expect(l.modularity).not.toBeNull();
      expect(l.separation?.method).toBe("exact");
    }
    const ties = at(o.layers, 0);
    expect(ties.degreeMean).toBeCloseTo(at(o.strategies, 0).tiesMean, 12);
    expect(o.dunbarLayers.tiesMean).toHaveLength(4);
    expect(o.dunbarLayers.ratio).toHaveLength(3);
    expect(o.dunbarLayers.tiesMean[3]).toBeCloseTo(at(o.strategies, 0).tiesMean, 12); // the last layer holds every tie
    expect(o.search?.pairs).toBe(50);
    expect(o.followReciprocity).toBeGreaterThanOrEqual(0);
  });

  it("measures the caveman start exactly at step 0 (every agent's ties are its cave)", () => {
    const r = runOnce(small({ agents: { count: 24 }, network: { initial: { generator: "connected-caveman", groupSize: 6 } } }), 3);
    const o = at(r.observations, 0);
    const ties = at(o.layers, 0);
    expect(ties.edges).toBe(4 * 15); // 4 caves of K6, one edge rewired per cave keeps the count
    expect(ties.giantShare).toBe(1);
    expect(o.strategies[0]?.trustReceivedMean).toBeCloseTo(0.6, 12); // network.initialTrust
  });

  it("names the final graph's edges by their pair, so two graphs of one seed have the same keys (graph files byte-identical)", () => {
    const a = simulateReplicate(makeScenario(small({ steps: 10 })), 4).finalGraph();
    const b = simulateReplicate(makeScenario(small({ steps: 10 })), 4).finalGraph();
    expect(a.edges()).toEqual(b.edges());
    expect(a.edges().every((k) => /^[tf]\d+-\d+$/.test(k))).toBe(true);
  });

  it("builds the final graph with agent and relation attributes", () => {
    const out = simulateReplicate(makeScenario(small({ steps: 10 })), 4);
    const g = out.finalGraph();
    expect(g.order).toBe(120);
    const a = g.getNodeAttributes("0");
    expect(typeof a["strategy"]).toBe("string");
    expect(typeof a["quality"]).toBe("number");
    expect(typeof a["community"]).toBe("number");
    let ties = 0;
    let follows = 0;
    g.forEachEdge((_e, attr, _s, _t, _sa, _ta, undirected) => {
      if (attr["kind"] === "tie") {
        ties++;
        expect(undirected).toBe(true);
        expect(attr["strength"]).toBeGreaterThan(0);
        expect(attr["trust_target_source"]).toBeGreaterThanOrEqual(0);
      } else {
        follows++;
        expect(undirected).toBe(false);
      }
    });
    expect(ties).toBe(out.agents.reduce((s, x) => s + x.ties, 0) / 2);
    expect(follows).toBe(out.agents.reduce((s, x) => s + x.follows, 0));
  });

  it("rejects an unknown strategy name with a ScenarioError or ModelError", () => {
    expect(() => simulateReplicate(makeScenario(small({ agents: { strategies: { nobody: 1 } } })), 1)).toThrow(/nobody/);
  });
});
