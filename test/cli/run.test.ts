// `netvalue run` end to end: spawns the built CLI (npm test builds first) on a small
// scenario and checks every output file, its columns, the manifest and the exit codes.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

  it("--threads 2 (observations on a second thread) gives byte-identical files, inline and in a worker", () => {
    for (const workers of ["0", "2"]) {
      const threaded = join(dir, `threads-2-w${workers}`);
      expect(netvalue("run", scenario, "--out", threaded, "--quiet", "--workers", workers, "--threads", "2").code).toBe(0);
      for (const f of ["timeseries.csv", "summary.csv", "distances.csv", "opportunities.csv", "agents.csv"]) {
        expect(readFileSync(join(threaded, f)).equals(readFileSync(join(out, f))), `${f}, --workers ${workers}`).toBe(true);
      }
    }
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

  // Each case: exit 2, one line naming the option or file, no stack trace (README "Exit codes").
  function oneLine(r: { code: number | null; stderr: string }, ...needles: string[]) {
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toMatch(/TypeError|YError|RangeError/);
    const [first = ""] = r.stderr.split("\n");
    for (const n of needles) expect(first).toContain(n);
  }

  it("bad input: --out naming a file, --workers -1 or 1.5, --steps abc", () => {
    const file = join(dir, "a-file");
    writeFileSync(file, "x");
    oneLine(netvalue("run", scenario, "--out", file, "--quiet"), "--out", file, "a file is in the way");
    oneLine(netvalue("run", scenario, "--out", join(file, "sub"), "--quiet"), "--out", "a file is in the way");
    oneLine(netvalue("run", scenario, "--workers", "-1", "--out", join(dir, "w1")), "--workers", "'-1'");
    oneLine(netvalue("run", scenario, "--workers", "1.5", "--out", join(dir, "w2")), "--workers", "'1.5'");
    oneLine(netvalue("run", scenario, "--threads", "3", "--out", join(dir, "w4")), "--threads", "1 or 2", "'3'");
    oneLine(netvalue("run", scenario, "--threads", "0", "--out", join(dir, "w5")), "--threads", "'0'");
    const steps = netvalue("run", scenario, "--steps", "abc", "--out", join(dir, "w3"));
    oneLine(steps, "--steps", "'abc'");
    expect(steps.stderr).not.toContain("NaN");
    for (const d of ["w1", "w2", "w3", "w4", "w5"]) expect(existsSync(join(dir, d))).toBe(false);
  });

  it("bad input: an unwritable --out is reported once", () => {
    let out = "/sys/netvalue-unwritable"; // root ignores file modes; sysfs refuses new folders
    if (process.getuid?.() !== 0) {
      const ro = join(dir, "read-only");
      mkdirSync(ro);
      chmodSync(ro, 0o555);
      out = join(ro, "out");
    }
    // --force: past the free-space check (sysfs reports 0 B free), to the folder itself
    const r = netvalue("run", scenario, "--out", out, "--quiet", "--force");
    oneLine(r, "--out", out, "permission denied");
    expect(r.stderr.match(/permission denied/g)).toHaveLength(1);
  });

  it("bad input: --set on an unknown field is reported once, as --set", () => {
    const r = netvalue("run", scenario, "--set", "nope.x=1", "--out", join(dir, "n"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("1 problem in the scenario input");
    expect(r.stderr.match(/unknown key 'nope'/g)).toHaveLength(1);
    expect(r.stderr).toContain("--set nope.x=1");
  });

  it("bad input: a YAML duplicate key is named", () => {
    const dup = join(dir, "dup.yaml");
    writeFileSync(dup, "name: a\nseed: 1\nsteps: 3\nseed: 2\n");
    const r = netvalue("run", dup);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("line 4, column 1: duplicate key 'seed'");
  });

  it("prints a size estimate first, and refuses a run that cannot fit before allocating", () => {
    const shown = netvalue("run", scenario, "--out", join(dir, "estimated"));
    expect(shown.code).toBe(0);
    expect(shown.stderr).toMatch(/^estimate: 2 replicates on \d+ threads?, ≈ [\d.]+ MB memory, ≈ \d+ s, ≈ [\d.]+ kB on disk$/m);
    const huge = netvalue("run", scenario, "--set", "agents.count=1e9", "--out", join(dir, "huge"), "--quiet");
    oneLine(huge, "agents.count: 1000000000 agents exceed");
    const big = netvalue("run", scenario, "--set", "agents.count=10000000", "--out", join(dir, "huge"), "--quiet");
    oneLine(big, "more memory than this machine has free", "--force");
    expect(existsSync(join(dir, "huge"))).toBe(false);
    expect(netvalue("validate", scenario, "--steps", "1000000000").stdout).toMatch(/^# estimate: .*≈ \d+ days/m);
  });

  it("bare netvalue prints the command list and exits 2", () => {
    const r = netvalue();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Commands:");
    expect(r.stderr).toMatch(/netvalue run <scenario\.\.\.>/);
    expect(r.stderr).toContain("error: name a command from the list above");
  });

  it("a reader that closes the pipe (run … | head) ends the run quietly with exit 0", async () => {
    const child = spawn(process.execPath, [BIN, "run", scenario, "--out", join(dir, "piped"), "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy(); // every write of the child now fails with EPIPE
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(existsSync(join(dir, "piped", "manifest.json"))).toBe(true);
  });

  it("--help teaches with examples", () => {
    const h = netvalue("run", "--help");
    expect(h.code).toBe(0);
    for (const opt of ["--seed", "--replicates", "--steps", "--set", "--out", "--graph", "--quiet", "--workers", "--threads", "--resume"]) expect(h.stdout).toContain(opt);
    expect(h.stdout).toContain("Examples:");
  });
});
