// `netvalue run` end to end: spawns the built CLI (npm test builds first) on a small
// scenario and checks every output file, its columns, the manifest and the exit codes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/csv-read.js";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
function netvalue(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-run-"));
const scenario = join(dir, "small.yaml");
writeFileSync(
  scenario,
  [
    "name: small",
    "seed: 3",
    "replicates: 2",
    "steps: 10",
    "agents: { count: 30, strategies: { authentic: 0.5, opportunistic: 0.3, cautious: 0.2 } }",
    "strategies: { cautious: { extends: authentic, shareThreshold: 0.8 } }",
    "network: { initial: { generator: watts-strogatz, k: 4, p: 0.1 } }",
    "metrics: { every: 5, separation: { method: exact } }",
    "",
  ].join("\n"),
);

const KEY = ["run_id", "replicate", "seed"];

describe("netvalue run", () => {
  const out = join(dir, "out");
  const r = netvalue("run", scenario, "--out", out, "--graph", "graphml", "--quiet");

  it("exits 0, prints where the results went and the headline table", () => {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`small: results in ${out}/`);
    expect(r.stdout).toMatch(/strategy\s+agents\s+trust recv/);
    for (const s of ["all", "authentic", "cautious", "opportunistic"]) expect(r.stdout).toMatch(new RegExp(`^${s}\\s`, "m"));
  });

  it("writes every output file and nothing half-written", () => {
    expect(readdirSync(out).sort()).toEqual(
      ["agents.csv", "columns.csv", "distances.csv", "graph-r0.graphml", "graph-r1.graphml", "manifest.json", "opportunities.csv", "summary.csv", "timeseries.csv"].sort(),
    );
  });

  it("timeseries.csv: a row per replicate × observed step × strategy, with the documented columns", () => {
    const t = readCsv(join(out, "timeseries.csv"));
    expect(t.columns.slice(0, 6)).toEqual([...KEY, "step", "strategy", "agents"]);
    for (const c of ["trust_received_mean", "unmasked_share", "time_to_unmask_median_steps", "followers_mean", "opportunities_per_agent", "opportunities_from_strangers_share", "value_received_mean", "ties_mean_distance_hops", "social_mean_distance_hops", "trusted_effective_diameter_hops", "distrusted_share", "time_to_distrust_median_steps", "opportunity_chain_weak_tie_share", "opportunity_chain_strong_tie_share", "dunbar_layer_4_ties_mean", "dunbar_layer_ratio_2"]) {
      expect(t.columns).toContain(c);
    }
    // steps 0, 5, 10 × 2 replicates × (all + 3 strategies)
    expect(t.rows).toHaveLength(3 * 2 * 4);
    const steps = [...new Set(t.rows.map((row) => row[3]))];
    expect(steps).toEqual(["0", "5", "10"]);
  });

  it("summary, distances, opportunities and agents have their columns and row counts", () => {
    const s = readCsv(join(out, "summary.csv"));
    expect(s.columns.slice(0, 8)).toEqual([...KEY, "steps", "stationary_step", "stationary_step_ties", "stationary_step_trust", "stationary_step_follows"]);
    for (const r of s.rows) expect(r[4] === "" || Number(r[4]) >= 0).toBe(true); // empty when never stationary
    expect(s.columns).toContain("opportunistic_trust_received_mean");
    expect(s.rows).toHaveLength(2);
    const d = readCsv(join(out, "distances.csv"));
    expect(d.columns).toEqual([...KEY, "step", "layer", "method", "distance_hops", "pairs"]);
    expect(new Set(d.rows.map((row) => row[4]))).toEqual(new Set(["ties", "social", "trusted"]));
    const o = readCsv(join(out, "opportunities.csv"));
    expect(o.columns).toEqual([...KEY, "step", "originator", "topic", "recipient", "recipient_strategy", "chain_length_hops", "weak_tie_hops", "stranger", "outcome"]);
    const a = readCsv(join(out, "agents.csv"));
    expect(a.columns.slice(0, 6)).toEqual([...KEY, "agent_id", "strategy", "community"]);
    expect(a.rows).toHaveLength(60);
  });

  it("manifest.json records the resolved scenario, seeds, versions and each file's SHA-256", () => {
    const m = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(m.name).toBe("small");
    expect(m.seeds).toHaveLength(2);
    expect(m.node).toBe(process.version);
    expect(m.netvalue).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
    expect(m.scenario.strategies.cautious.shareThreshold).toBe(0.8);
    expect(m.scenario.mechanisms.trust.learningRate).toBe(0.1); // a default, resolved
    for (const [f, d] of Object.entries(m.files as Record<string, { sha256: string }>)) {
      expect(createHash("sha256").update(readFileSync(join(out, f))).digest("hex")).toBe(d.sha256);
    }
  });

  it("the same scenario and seed give byte-identical CSV files; another seed differs", () => {
    const again = join(dir, "again");
    const other = join(dir, "other");
    expect(netvalue("run", scenario, "--out", again, "--quiet", "--workers", "1").code).toBe(0);
    expect(netvalue("run", scenario, "--out", other, "--quiet", "--seed", "4").code).toBe(0);
    for (const f of ["timeseries.csv", "summary.csv", "distances.csv", "opportunities.csv", "agents.csv"]) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
    expect(readFileSync(join(other, "agents.csv")).equals(readFileSync(join(out, "agents.csv")))).toBe(false);
  });

  it("bad input exits 2 with the problem and no stack trace, and writes nothing", () => {
    const bad = netvalue("run", scenario, "--set", "agents.count=-3", "--out", join(dir, "bad"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("agents.count");
    expect(bad.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, "bad"))).toBe(false);
    const missing = netvalue("run", join(dir, "nope.yaml"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.yaml");
  });

  it("--help teaches with examples", () => {
    const h = netvalue("run", "--help");
    expect(h.code).toBe(0);
    for (const opt of ["--seed", "--replicates", "--steps", "--set", "--out", "--graph", "--quiet", "--workers", "--resume"]) expect(h.stdout).toContain(opt);
    expect(h.stdout).toContain("Examples:");
  });
});
