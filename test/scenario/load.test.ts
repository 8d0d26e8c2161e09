// Loading valid scenarios: defaults, names, JSON, shorthands, fixed counts, the
// --set rules (share rescaling, swept paths), and the throwing variants.
import { describe, expect, it } from "vitest";
import { scenarioSchema } from "../../src/scenario/schema.js";
import { defaultName, loadScenario, loadScenarioOrThrow, scenarioFromObject, scenarioFromObjectOrThrow } from "../../src/scenario/load.js";
import { issueAt, scenarioFile } from "./helpers.js";

const ok = (r: ReturnType<typeof loadScenario>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 1));
  return r.scenario;
};

describe("loading", () => {
  it("an empty mapping gives every default, named after the file", () => {
    const s = ok(loadScenario(scenarioFile("{}\n", "all-defaults.yaml")));
    const { name, ...rest } = s;
    expect(name).toBe("all-defaults");
    const { $schema: _none, name: _n, ...defaults } = scenarioSchema.parse({});
    expect(rest).toEqual(defaults);
  });
  it("JSON by extension", () => {
    const s = ok(loadScenario(scenarioFile('{"steps": 7, "agents": {"count": 40}}', "j.json")));
    expect([s.name, s.steps, s.agents.count]).toEqual(["j", 7, 40]);
  });
  it("an explicit name wins; a bad explicit name is an error", () => {
    expect(ok(loadScenario(scenarioFile("name: exp-1\n"))).name).toBe("exp-1");
    expect(issueAt(loadScenario(scenarioFile("name: 'bad name!'\n")), "name").message).toBe(
      `expected a name of letters, digits, '.', '_' or '-', found "bad name!" (string)`,
    );
  });
  it("slugifies file names that are not valid scenario names", () => {
    expect(defaultName("dir/my scenario (v2).yaml")).toBe("my-scenario-v2-");
    expect(defaultName("/x/_private.yml")).toBe("private");
    expect(defaultName("/x/!!!.yaml")).toBe("scenario");
    expect(defaultName("/x/quickstart.yaml")).toBe("quickstart");
  });
  it("objects without a file are named 'scenario' and labelled <object>", () => {
    expect(scenarioFromObjectOrThrow({}).name).toBe("scenario");
    const r = scenarioFromObject({ steps: 0 });
    expect(issueAt(r, "steps").file).toBe("<object>");
  });
  it("metrics.every above steps is allowed (observed at the end anyway)", () => {
    expect(loadScenario(scenarioFile("steps: 10\nmetrics: { every: 30 }\n")).ok).toBe(true);
  });
  it("expands the network.initial file shorthand", () => {
    const graph = scenarioFile("0 1\n1 2\n", "graph.txt");
    const s = ok(loadScenario(scenarioFile(`network: { initial: { file: ${graph.split("/").pop()} } }\n`)));
    expect(s.network.initial).toEqual({ generator: "file", path: "graph.txt", format: "auto" });
  });
  it("fills in the node count of karate-club and rejects another", () => {
    expect(ok(loadScenario(scenarioFile("network: { initial: { generator: karate-club } }\n"))).agents.count).toBe(34);
    expect(ok(loadScenario(scenarioFile("network: { initial: { generator: florentine-families } }\n"))).agents.count).toBe(15);
    const issue = issueAt(loadScenario(scenarioFile("agents: { count: 100 }\nnetwork: { initial: { generator: karate-club } }\n")), "agents.count");
    expect(issue.message).toBe("the karate-club graph has 34 nodes, so agents.count must be 34 (or left out), found 100");
    expect(issueAt(loadScenario(scenarioFile("network: { initial: { generator: karate-club } }\n"), { set: ["agents.count=1000"] }), "agents.count").file).toBe("--set");
  });
  it("checks generator shapes against the agent count", () => {
    const ws = loadScenario(scenarioFile("agents: { count: 10 }\nnetwork: { initial: { generator: watts-strogatz, k: 5 } }\n"));
    expect(issueAt(ws, "network.initial.k").message).toBe("must be even (each node links to k/2 neighbours on each side), found 5");
    const big = loadScenario(scenarioFile("agents: { count: 10 }\nnetwork: { initial: { generator: watts-strogatz, k: 10 } }\n"));
    expect(issueAt(big, "network.initial.k").message).toBe("must be < agents.count (k = 10, agents.count = 10)");
    const cave = loadScenario(scenarioFile("agents: { count: 10 }\nnetwork: { initial: { generator: connected-caveman, groupSize: 11 } }\n"));
    expect(issueAt(cave, "network.initial.groupSize").message).toBe("must be ≤ agents.count (groupSize = 11, agents.count = 10)");
  });
  it("rejects repeated replicate seeds", () => {
    expect(issueAt(loadScenario(scenarioFile("replicates: [1, 2, 1]\n")), "replicates[2]").message).toMatch(/^seed 1 repeats replicates\[0\]/);
  });
  it("resolves user strategies and rejects cycles", () => {
    const yaml = "agents: { strategies: { cautious: 1 } }\nstrategies: { cautious: { extends: careful }, careful: { extends: cautious } }\n";
    expect(issueAt(loadScenario(scenarioFile(yaml)), "strategies.careful.extends").message).toMatch(/^circular 'extends'/);
  });
});

describe("--set", () => {
  const file = () => scenarioFile("agents: { strategies: { authentic: 0.7, opportunistic: 0.3 } }\nsweep: { network.regime: [dunbar, amplified] }\n");
  it("parses YAML scalars, lists and mappings", () => {
    const s = ok(
      loadScenario(file(), {
        set: ["steps=12", "network.regime=dunbar", "metrics.louvain=true", "network.dunbar.layers=[3, 9]", "network.initial={generator: watts-strogatz, k: 4}", "description=a b"],
      }),
    );
    expect([s.steps, s.network.regime, s.metrics.louvain, s.network.dunbar.layers, s.description]).toEqual([12, "dunbar", true, [3, 9], "a b"]);
    expect(s.network.initial).toEqual({ generator: "watts-strogatz", k: 4, p: 0.1 });
  });
  it("rescales the other shares proportionally when one share is set", () => {
    const s = ok(loadScenario(file(), { set: ["agents.strategies.opportunistic=0.4"] }));
    expect(s.agents.strategies).toEqual({ authentic: 0.6, opportunistic: 0.4 });
    const three = ok(
      loadScenario(scenarioFile("agents: { strategies: { authentic: 0.5, opportunistic: 0.25, c: 0.25 } }\nstrategies: { c: { extends: authentic } }\n"), {
        set: ["agents.strategies.c=0.5"],
      }),
    );
    // 0.5 left for authentic and opportunistic, split 2:1; rounded to 12 significant digits.
    expect(three.agents.strategies).toEqual({ authentic: 0.333333333333, opportunistic: 0.166666666667, c: 0.5 });
  });
  it("starts from the default shares when the scenario names none", () => {
    const s = ok(loadScenario(scenarioFile("{}\n"), { set: ["agents.strategies.opportunistic=0.6"] }));
    expect(s.agents.strategies).toEqual({ authentic: 0.4, opportunistic: 0.6 });
  });
  it("order does not matter for a generator switch, and stale parameters are dropped", () => {
    const f = scenarioFile("network: { initial: { generator: connected-caveman, groupSize: 15 } }\n");
    const s = ok(loadScenario(f, { set: ["network.initial.k=4", "network.initial.generator=watts-strogatz"] }));
    expect(s.network.initial).toEqual({ generator: "watts-strogatz", k: 4, p: 0.1 });
  });
  it("fixes a swept path: the sweep dimension is removed", () => {
    const s = ok(loadScenario(file(), { set: ["network.regime=dunbar"] }));
    expect(s.sweep).toEqual({});
    expect(s.network.regime).toBe("dunbar");
  });
  it("can replace a sweep dimension", () => {
    const s = ok(loadScenario(file(), { set: ["sweep.agents.count=[100, 200]"] }));
    expect(s.sweep).toEqual({ "network.regime": ["dunbar", "amplified"], "agents.count": [100, 200] });
  });
});

describe("throwing variants", () => {
  it("raise a ScenarioError carrying every issue", () => {
    const f = scenarioFile("steps: 0\nseed: -1\n");
    let caught: unknown;
    try {
      loadScenarioOrThrow(f);
    } catch (err) {
      caught = err;
    }
    expect((caught as Error).name).toBe("ScenarioError");
    expect((caught as { issues: unknown[] }).issues).toHaveLength(2);
    expect((caught as Error).message).toContain(`${f}: steps: expected a positive integer, found 0 (number)`);
    expect(() => scenarioFromObjectOrThrow([])).toThrow(expect.objectContaining({ name: "ScenarioError" }));
  });
});
