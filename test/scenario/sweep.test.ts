// Sweep expansion: order (first key slowest), parameters, cell ids, share
// rescaling per cell, and combinations that are invalid only together.
import { describe, expect, it } from "vitest";
import { loadScenarioOrThrow, scenarioFromObjectOrThrow } from "../../src/scenario/load.js";
import { cellId, expandSweep, safeExpandSweep, sweepSize } from "../../src/scenario/sweep.js";

describe("expandSweep", () => {
  const scenario = scenarioFromObjectOrThrow({
    name: "grid",
    agents: { strategies: { authentic: 0.7, opportunistic: 0.3 } },
    sweep: { "network.regime": ["dunbar", "amplified"], "agents.strategies.opportunistic": [0, 0.1, 0.5] },
  });

  it("is the cartesian product, first key slowest", () => {
    const cells = expandSweep(scenario);
    expect(sweepSize(scenario)).toBe(6);
    expect(cells.map((c) => c.params)).toEqual([
      [["network.regime", "dunbar"], ["agents.strategies.opportunistic", 0]],
      [["network.regime", "dunbar"], ["agents.strategies.opportunistic", 0.1]],
      [["network.regime", "dunbar"], ["agents.strategies.opportunistic", 0.5]],
      [["network.regime", "amplified"], ["agents.strategies.opportunistic", 0]],
      [["network.regime", "amplified"], ["agents.strategies.opportunistic", 0.1]],
      [["network.regime", "amplified"], ["agents.strategies.opportunistic", 0.5]],
    ]);
    expect(cells.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("gives each cell its resolved scenario with the other shares rescaled and no sweep", () => {
    const cells = expandSweep(scenario);
    expect(cells.map((c) => c.scenario.network.regime)).toEqual(["dunbar", "dunbar", "dunbar", "amplified", "amplified", "amplified"]);
    expect(cells.map((c) => c.scenario.agents.strategies)).toEqual(
      [0, 0.1, 0.5, 0, 0.1, 0.5].map((o) => ({ authentic: Number((1 - o).toPrecision(12)), opportunistic: o })),
    );
    for (const c of cells) {
      expect(c.scenario.sweep).toEqual({});
      expect(c.scenario.name).toBe("grid");
    }
    // The base scenario is not modified.
    expect(scenario.agents.strategies).toEqual({ authentic: 0.7, opportunistic: 0.3 });
  });

  it("has stable, filesystem-safe, distinct cell ids", () => {
    const ids = expandSweep(scenario).map((c) => c.id);
    for (const id of ids) expect(id).toMatch(/^cell-\d{3}-[0-9a-f]{8}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[2]).toBe(cellId(2, [["network.regime", "dunbar"], ["agents.strategies.opportunistic", 0.5]]));
    // The hash depends on the values only, not on key order inside a value.
    expect(cellId(1, [["network.initial", { generator: "watts-strogatz", k: 4 }]]).slice(9)).toBe(cellId(7, [["network.initial", { k: 4, generator: "watts-strogatz" }]]).slice(9));
    expect(cellId(1234, [])).toMatch(/^cell-1234-/);
  });

  it("a scenario without a sweep is one cell with no parameters", () => {
    const cells = expandSweep(scenarioFromObjectOrThrow({ steps: 3 }));
    expect(cells).toHaveLength(1);
    expect(cells[0]?.params).toEqual([]);
    expect(cells[0]?.scenario.steps).toBe(3);
  });

  it("reports cells whose combination is invalid, naming the cell", () => {
    const s = scenarioFromObjectOrThrow({
      network: { initial: { generator: "connected-caveman", groupSize: 5 } },
      agents: { count: 100 },
      sweep: { "agents.count": [10, 100], "network.initial.groupSize": [5, 20] },
    });
    const r = safeExpandSweep(s, { file: "grid.yaml" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.file).toBe("grid.yaml");
    expect(r.issues[0]?.path).toBe("network.initial.groupSize");
    expect(r.issues[0]?.message).toMatch(/^must be ≤ agents.count \(groupSize = 20, agents.count = 10\) \(sweep cell cell-001-[0-9a-f]{8}: agents.count=10, network.initial.groupSize=20\)$/);
    expect(() => expandSweep(s)).toThrow(expect.objectContaining({ name: "ScenarioError" }));
  });

  it("expands the shipped CI reference into 4 cells", () => {
    const cells = expandSweep(loadScenarioOrThrow("scenarios/ci-reference.yaml"));
    expect(cells.map((c) => [c.scenario.network.regime, c.scenario.agents.strategies])).toEqual([
      ["dunbar", { authentic: 0.9, opportunistic: 0.1 }],
      ["dunbar", { authentic: 0.6, opportunistic: 0.4 }],
      ["amplified", { authentic: 0.9, opportunistic: 0.1 }],
      ["amplified", { authentic: 0.6, opportunistic: 0.4 }],
    ]);
  });
});
