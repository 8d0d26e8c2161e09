// Every bad-input case of issue 2 item 3: each issue names the file and the field
// path, says what was expected and what was found.
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/load.js";
import { issueAt, issuesOf, scenarioFile, tempDir } from "./helpers.js";

describe("unknown keys", () => {
  it("suggests the closest allowed key", () => {
    const file = scenarioFile("mechanisms:\n  events:\n    evry: 10\n");
    const issue = issueAt(loadScenario(file), "mechanisms.events.evry");
    expect(issue.file).toBe(file);
    expect(issue.message).toBe("unknown key 'evry'; did you mean 'every'?");
  });
  it("lists the allowed keys when nothing is close", () => {
    const file = scenarioFile("metrics:\n  separation:\n    zzzzzz: 1\n");
    const issue = issueAt(loadScenario(file), "metrics.separation.zzzzzz");
    expect(issue.message).toMatch(/^unknown key 'zzzzzz' \(allowed here: enabled, layers, method, samples, registers\)$/);
  });
  it("works at the top level and inside a generator", () => {
    const file = scenarioFile("stpes: 3\nnetwork:\n  initial: { generator: watts-strogatz, kk: 4 }\n");
    const result = loadScenario(file);
    expect(issueAt(result, "stpes").message).toBe("unknown key 'stpes'; did you mean 'steps'?");
    expect(issueAt(result, "network.initial.kk").message).toBe("unknown key 'kk'; did you mean 'k'?");
  });
});

describe("wrong types", () => {
  it("names the expectation and the found value with its kind", () => {
    const file = scenarioFile('mechanisms:\n  events:\n    every: "x"\n');
    const issue = issueAt(loadScenario(file), "mechanisms.events.every");
    expect(issue.file).toBe(file);
    expect(issue.message).toBe('expected a positive integer, found "x" (string)');
  });
  it("reports a list where a mapping belongs, and a mapping where a number belongs", () => {
    const result = loadScenario(scenarioFile("agents: [1, 2]\nsteps: { a: 1 }\n"));
    expect(issueAt(result, "agents").message).toBe("expected a mapping, found [1, 2] (list)");
    expect(issueAt(result, "steps").message).toBe("expected a positive integer, found {a: 1} (mapping)");
  });
  it("rejects a document that is not a mapping", () => {
    const file = scenarioFile("- a\n- b\n");
    const issue = issueAt(loadScenario(file), "");
    expect(issue.message).toBe('expected a mapping of scenario fields, found ["a", "b"] (list)');
  });
  it("rejects a non-integer count", () => {
    expect(issueAt(loadScenario(scenarioFile("agents: { count: 2.5 }\n")), "agents.count").message).toBe(
      "expected a positive integer, found 2.5 (number)",
    );
  });
});

describe("out of range", () => {
  it("rejects zero and negative counts", () => {
    const result = loadScenario(scenarioFile("steps: -5\nagents: { count: 0 }\nreplicates: 0\n"));
    expect(issueAt(result, "steps").message).toBe("expected a positive integer, found -5 (number)");
    expect(issueAt(result, "agents.count").message).toBe("expected a positive integer, found 0 (number)");
    expect(issueAt(result, "replicates").message).toMatch(/^expected a positive integer, or a non-empty list of integers from 0 to 4294967295, found 0 \(number\)$/);
  });
  it("rejects probabilities outside [0, 1]", () => {
    const result = loadScenario(scenarioFile("mechanisms: { trust: { penalty: 1.5 } }\nnetwork: { initialTrust: -0.1 }\n"));
    expect(issueAt(result, "mechanisms.trust.penalty").message).toBe("expected a number in [0, 1], found 1.5 (number)");
    expect(issueAt(result, "network.initialTrust").message).toBe("expected a number in [0, 1], found -0.1 (number)");
  });
  it("rejects strategy shares that do not sum to 1", () => {
    const issue = issueAt(loadScenario(scenarioFile("agents: { strategies: { authentic: 0.7, opportunistic: 0.2 } }\n")), "agents.strategies");
    expect(issue.message).toBe("shares must sum to 1, found 0.9 (authentic 0.7 + opportunistic 0.2)");
  });
  it("accepts shares that sum to 1 up to floating-point rounding", () => {
    expect(loadScenario(scenarioFile("agents: { strategies: { authentic: 0.1, opportunistic: 0.2, b: 0.7 } }\nstrategies: { b: { extends: authentic } }\n")).ok).toBe(true);
  });
  it("rejects Dunbar layers that do not increase", () => {
    const issue = issueAt(loadScenario(scenarioFile("network: { dunbar: { layers: [5, 15, 15, 150] } }\n")), "network.dunbar.layers[2]");
    expect(issue.message).toBe("layers must be strictly increasing, found 15 after 15 in [5, 15, 15, 150]");
  });
  it("rejects a last Dunbar layer above capacity", () => {
    const issue = issueAt(loadScenario(scenarioFile("network: { dunbar: { capacity: 100 } }\n")), "network.dunbar.layers[3]");
    expect(issue.message).toBe("the last layer must be ≤ network.dunbar.capacity (100), found 150");
  });
  it("checks interests against topics", () => {
    const result = loadScenario(scenarioFile("agents: { topics: 2, interests: { min: 3, max: 3 } }\n"));
    expect(issueAt(result, "agents.interests.max").message).toBe("must be ≤ agents.topics, found max 3 > topics 2");
  });
});

describe("unknown names", () => {
  it("unknown strategy in the shares, with a suggestion", () => {
    const issue = issueAt(loadScenario(scenarioFile("agents: { strategies: { autentic: 0.8, opportunistic: 0.2 } }\n")), "agents.strategies.autentic");
    expect(issue.message).toBe("unknown strategy 'autentic'; expected one of 'authentic', 'opportunistic'; did you mean 'authentic'?");
  });
  it("unknown generator", () => {
    const issue = issueAt(loadScenario(scenarioFile("network: { initial: { generator: caveman } }\n")), "network.initial.generator");
    expect(issue.message).toMatch(/^expected one of 'connected-caveman', 'watts-strogatz', .*'file', found 'caveman'; did you mean 'connected-caveman'\?$/);
  });
  it("unknown layer", () => {
    const issue = issueAt(loadScenario(scenarioFile("metrics: { layers: [ties, socal] }\n")), "metrics.layers[1]");
    expect(issue.message).toBe("expected one of 'ties', 'social', 'trusted', found 'socal'; did you mean 'social'?");
  });
  it("unknown separation method", () => {
    const issue = issueAt(loadScenario(scenarioFile("metrics: { separation: { method: hyperan } }\n")), "metrics.separation.method");
    expect(issue.message).toBe("expected one of 'auto', 'exact', 'sample', 'hyperanf', found 'hyperan'; did you mean 'hyperanf'?");
  });
  it("user strategy extending an unknown base", () => {
    const issue = issueAt(loadScenario(scenarioFile("strategies: { cautious: { extends: autentic, shareThreshold: 0.8 } }\n")), "strategies.cautious.extends");
    expect(issue.message).toBe("unknown base strategy: expected one of 'authentic', 'opportunistic', found 'autentic'; did you mean 'authentic'?");
  });
  it("a generator missing its discriminator", () => {
    const issue = issueAt(loadScenario(scenarioFile("network: { initial: { k: 4 } }\n")), "network.initial.generator");
    expect(issue.message).toMatch(/^expected one of 'connected-caveman'.*, found nothing$/);
  });
});

describe("files", () => {
  it("malformed YAML gives line and column", () => {
    const file = scenarioFile("seed: 1\nagents:\n  count: [1, 2\nsteps: 3\n");
    const issues = issuesOf(loadScenario(file));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.file).toBe(file);
    expect(issues[0]?.message).toMatch(/^malformed YAML at line 4, column 1: /);
  });
  it("duplicate YAML keys are malformed", () => {
    expect(issuesOf(loadScenario(scenarioFile("seed: 1\nseed: 2\n")))[0]?.message).toMatch(/^malformed YAML at line 2, column 1: duplicate key 'seed'/);
  });
  it("malformed JSON gives line and column", () => {
    const file = scenarioFile('{\n  "seed": 1,\n  "steps": x\n}\n', "bad.json");
    expect(issueAt(loadScenario(file), "").message).toBe('malformed JSON at line 3, column 12: unexpected "x"');
    expect(issueAt(loadScenario(scenarioFile('{"seed": 1', "short.json")), "").message).toBe("malformed JSON at line 1, column 11: unexpected end of input");
  });
  it("a missing file", () => {
    const issue = issueAt(loadScenario(`${tempDir}/nope.yaml`), "");
    expect(issue).toEqual({ file: `${tempDir}/nope.yaml`, path: "", message: "file not found" });
  });
  it("a directory given as a file", () => {
    expect(issueAt(loadScenario(tempDir), "").message).toBe("is a directory; expected a scenario file (.yaml, .yml or .json)");
  });
  it("an empty file, a blank one and one with only comments", () => {
    for (const text of ["", "  \n\n", "# nothing here\n"]) {
      expect(issueAt(loadScenario(scenarioFile(text)), "").message).toMatch(/^the file is empty/);
    }
    expect(issueAt(loadScenario(scenarioFile("", "empty.json")), "").message).toMatch(/^the file is empty/);
  });
  it("a graph file that does not exist, relative to the scenario file", () => {
    const issue = issueAt(loadScenario(scenarioFile("network: { initial: { file: missing-graph.txt } }\n")), "network.initial.path");
    expect(issue.message).toMatch(/^graph file not found: 'missing-graph.txt'/);
  });
});

describe("sweeps", () => {
  it("a sweep over a path that does not exist", () => {
    const file = scenarioFile("sweep:\n  agents.cont: [10, 20]\n");
    const issue = issueAt(loadScenario(file), "sweep.agents.cont");
    expect(issue.file).toBe(file);
    expect(issue.message).toBe("unknown key 'cont' in agents; did you mean 'count'?");
  });
  it("a sweep value invalid at its path names the value", () => {
    const issue = issueAt(loadScenario(scenarioFile("sweep:\n  network.followCap: [10, -1]\n")), "sweep.network.followCap");
    expect(issue.message).toBe("value -1: expected a non-negative integer, found -1 (number)");
  });
  it("a sweep value that breaks a cross-field rule", () => {
    const issue = issueAt(loadScenario(scenarioFile("network: { initial: { generator: watts-strogatz, k: 4 } }\nsweep:\n  agents.count: [100, 3]\n")), "sweep.agents.count");
    expect(issue.message).toBe("value 3: network.initial.k: must be < agents.count (k = 4, agents.count = 3)");
  });
  it("the sweep cannot sweep itself or the name", () => {
    const result = loadScenario(scenarioFile("sweep:\n  name: [a, b]\n"));
    expect(issueAt(result, "sweep.name").message).toMatch(/^'name' cannot be swept/);
  });
  it("an empty value list", () => {
    expect(issueAt(loadScenario(scenarioFile("sweep:\n  steps: []\n")), "sweep.steps").message).toBe("expected a non-empty list of values of any kind, found [] (list)");
  });
});

describe("--set", () => {
  const base = () => scenarioFile("agents: { strategies: { authentic: 0.7, opportunistic: 0.3 } }\n");
  it("an unknown path, with a suggestion", () => {
    const issue = issueAt(loadScenario(base(), { set: ["network.folowCap=10"] }), "network.folowCap");
    expect(issue.file).toBe("--set");
    expect(issue.message).toBe("unknown key 'folowCap' in network; did you mean 'followCap'? (--set network.folowCap=10)");
  });
  it("a value of the wrong type names the path and --set", () => {
    const issue = issueAt(loadScenario(base(), { set: ["agents.count=many"] }), "agents.count");
    expect(issue.file).toBe("--set");
    expect(issue.message).toBe('expected a positive integer, found "many" (string) (--set agents.count=many)');
  });
  it("a malformed argument", () => {
    expect(issueAt(loadScenario(base(), { set: ["steps"] }), "").message).toBe("expected path=value (e.g. --set network.followCap=1500), found 'steps'");
  });
  it("into a list", () => {
    const issue = issueAt(loadScenario(base(), { set: ["network.dunbar.layers.x=3"] }), "network.dunbar.layers.x");
    expect(issue.message).toMatch(/^'network.dunbar.layers' is a list; set it whole/);
  });
  it("shares above 1", () => {
    const issue = issueAt(loadScenario(base(), { set: ["agents.strategies.opportunistic=0.8", "agents.strategies.authentic=0.5"] }), "agents.strategies");
    expect(issue.message).toMatch(/^strategy shares set here sum to 1.3, above 1/);
  });
  it("when the other shares are 0", () => {
    const file = scenarioFile("agents: { strategies: { authentic: 0, opportunistic: 1 } }\n");
    const issue = issueAt(loadScenario(file, { set: ["agents.strategies.opportunistic=0.5"] }), "agents.strategies.opportunistic");
    expect(issue.message).toMatch(/^cannot rescale the other shares to fill 0.5: the other strategies \(authentic\) have share 0/);
  });
});

describe("every problem at once", () => {
  it("reports problems from every block in one pass", () => {
    const file = scenarioFile(
      [
        "steps: 0",
        "agents: { count: x, strategies: { authentic: 0.5, opportunistic: 0.2 } }",
        "network: { regime: amplifed, dunbar: { layers: [5, 4] } }",
        "metrics: { evry: 3 }",
        "sweep: { nope: [1] }",
      ].join("\n"),
    );
    const paths = issuesOf(loadScenario(file)).map((i) => i.path).sort();
    expect(paths).toEqual(["agents.count", "agents.strategies", "metrics.evry", "network.dunbar.layers[1]", "network.regime", "steps", "sweep.nope"]);
  });
  it("does not report a cross-field rule on a stand-in default", () => {
    // agents.count is broken; the generator rule (which reads it) must not run on the default 500.
    const result = loadScenario(scenarioFile("agents: { count: x }\nnetwork: { initial: { generator: watts-strogatz, k: 600 } }\n"));
    expect(issuesOf(result).map((i) => i.path)).toEqual(["agents.count"]);
  });
});

describe("--set values", () => {
  it("a malformed YAML value is an issue, not a partial value", () => {
    const issue = issueAt(loadScenario(scenarioFile("{}\n"), { set: ["network.dunbar.layers=[1, 2"] }), "network.dunbar.layers");
    expect(issue.file).toBe("--set");
    expect(issue.message).toMatch(/^'\[1, 2' is not a valid YAML value/);
  });
});

describe("limits", () => {
  it("a sweep grid above 100000 cells is an error", () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    const sweep = ["steps", "seed", "agents.topics", "network.attention"].map((k) => `  ${k}: [${values.join(", ")}]`).join("\n");
    const issue = issueAt(loadScenario(scenarioFile(`sweep:\n${sweep}\n`)), "sweep");
    expect(issue.message).toMatch(/^the grid has 160000 cells, more than the 100000 allowed/);
  });
});

describe("honesty distributions", () => {
  it("rejects an sd no Beta distribution with that mean has, at the honesty field", () => {
    const file = scenarioFile("strategies:\n  sly: { extends: opportunistic, honesty: { mean: 0.9, sd: 0.4 } }\nagents: { strategies: { authentic: 0.5, sly: 0.5 } }\n");
    const issue = issueAt(loadScenario(file), "strategies.sly.honesty");
    expect(issue.message).toMatch(/^sd must be 0, or mean in \(0, 1\) and sd < √\(mean\(1 − mean\)\)/);
  });
  it("accepts a bare number and a { mean, sd } that a Beta can have", () => {
    const file = scenarioFile("strategies:\n  a: { extends: authentic, honesty: 0.7 }\n  b: { extends: authentic, honesty: { mean: 0.9, sd: 0.2 } }\nagents: { strategies: { a: 0.5, b: 0.5 } }\n");
    expect(loadScenario(file).ok).toBe(true);
  });
});
