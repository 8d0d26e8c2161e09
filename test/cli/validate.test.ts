// `netvalue validate` end to end: spawns the built CLI (npm test builds first).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { scenarioFromObject } from "../../src/scenario/load.js";
import { replicateSeeds } from "../../src/random/streams.js";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
function netvalue(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-validate-"));
const shipped = readdirSync("scenarios").filter((f) => /\.ya?ml$/.test(f)).map((f) => join("scenarios", f));

describe("netvalue validate", () => {
  it("accepts every shipped scenario and prints each resolved, with cells and seeds", () => {
    expect(shipped).toEqual(expect.arrayContaining(["scenarios/quickstart.yaml", "scenarios/ci-reference.yaml"]));
    const r = netvalue("validate", ...shipped);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const docs = parseAllDocuments(r.stdout);
    expect(Array.isArray(docs) && docs.length).toBe(shipped.length);
    const quick = (docs as ReturnType<typeof parseAllDocuments> & unknown[]).map((d) => (d as { toJS(): unknown }).toJS() as Record<string, unknown>);
    const q = quick.find((d) => d["name"] === "quickstart")!;
    // The printed scenario is complete and valid on its own (a fixed point of the loader).
    const again = scenarioFromObject(q);
    expect(again.ok && again.scenario).toEqual(q);
    expect(r.stdout).toContain(`# replicate seeds: ${replicateSeeds(42, 2).join(", ")}`);
    expect(r.stdout).toContain("# sweep of 4 cells × 3 replicates = 12 runs");
  });
  it("checks validation experiments against their own schema and prints them resolved", () => {
    const ok = netvalue("validate", "scenarios/validation/kleinberg.yaml", "scenarios/validation/watts-strogatz.yaml");
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    const docs = (parseAllDocuments(ok.stdout) as unknown as { toJS(): Record<string, unknown> }[]).map((d) => d.toJS());
    expect(docs.map((d) => d["validation"])).toEqual(["kleinberg", "watts-strogatz"]);
    // Defaults are filled in: the Watts–Strogatz file's log-spaced p list is expanded.
    expect(Array.isArray(docs[1]?.["p"])).toBe(true);
    expect(ok.stdout).toContain("# run it with: netvalue run scenarios/validation/kleinberg.yaml");
    const bad = join(dir, "bad-validation.yaml");
    const twice = join(dir, "twice-validation.yaml");
    writeFileSync(bad, "validation: kleinberg\nsteps: 3\n");
    writeFileSync(twice, "validation: kleinberg\nr: [2, 2]\n");
    const r = netvalue("validate", bad, twice);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: steps: unknown key 'steps'`);
    expect(r.stderr).toContain(`${twice}: r`);
    noStackTrace(r.stderr);
    const set = netvalue("validate", "scenarios/validation/kleinberg.yaml", "--seed", "3");
    expect(set.code).toBe(2);
    expect(set.stderr).toContain("validation files take no --set");
  });
  it("applies --set and the share rule", () => {
    const r = netvalue("validate", "scenarios/quickstart.yaml", "--set", "agents.strategies.opportunistic=0.4", "--set", "network.regime=dunbar");
    expect(r.code).toBe(0);
    const doc = parseAllDocuments(r.stdout) as unknown as { toJS(): { agents: { strategies: unknown }; network: { regime: string } } }[];
    expect(doc[0]?.toJS().agents.strategies).toEqual({ authentic: 0.6, opportunistic: 0.4 });
    expect(doc[0]?.toJS().network.regime).toBe("dunbar");
  });
  it("exits 2 with every problem of every file, each naming file and path, and no stack trace", () => {
    const a = join(dir, "a.yaml");
    const b = join(dir, "b.json");
    writeFileSync(a, "mechanisms:\n  events: { evry: 3 }\nagents: { count: 0 }\n");
    writeFileSync(b, '{"network": {"regime": "amplifed"}}');
    const r = netvalue("validate", a, b, join(dir, "missing.yaml"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`${a}: mechanisms.events.evry: unknown key 'evry'; did you mean 'every'?`);
    expect(r.stderr).toContain(`${a}: agents.count: expected a positive integer, found 0 (number)`);
    expect(r.stderr).toContain(`${b}: network.regime: expected one of 'dunbar', 'amplified', found 'amplifed'; did you mean 'amplified'?`);
    expect(r.stderr).toContain(`${join(dir, "missing.yaml")}: file not found`);
    noStackTrace(r.stderr);
  });
  it("exits 2 on a bad --set, reported once for several files", () => {
    const r = netvalue("validate", "scenarios/quickstart.yaml", "scenarios/ci-reference.yaml", "--set", "network.folowCap=3");
    expect(r.code).toBe(2);
    expect(r.stderr.match(/--set: network.folowCap: unknown key 'folowCap' in network; did you mean 'followCap'\?/g)).toHaveLength(1);
    noStackTrace(r.stderr);
  });
  it("exits 2 on a directory and on malformed YAML with line and column", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "steps: [1, 2\nseed: 3\n");
    const r = netvalue("validate", dir, bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}: is a directory`);
    expect(r.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: malformed YAML at line \\d+, column \\d+`));
    noStackTrace(r.stderr);
  });
  it("has help with examples", () => {
    const r = netvalue("validate", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("--set");
  });
});
