// `netvalue sweep` and `netvalue merge` end to end, including a real interruption:
// the CLI is killed with SIGINT mid-sweep, resumed, and compared with an
// uninterrupted run byte for byte.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { compareResultDirs } from "../../src/experiment/compare.js";
import { TINY } from "../experiment/tiny.js";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
function netvalue(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-sweep-"));
const scenario = join(dir, "tiny.yaml");
// Longer runs than the library tests, so that an interruption lands mid-sweep.
writeFileSync(scenario, stringify({ ...TINY, steps: 60, agents: { ...TINY.agents, count: 120 }, metrics: { ...TINY.metrics, every: 30 } }));

function cellsDone(out: string): number {
  const cells = join(out, "cells");
  if (!existsSync(cells)) return 0;
  return readdirSync(cells).filter((c) => existsSync(join(cells, c, "manifest.json"))).length;
}

describe("netvalue sweep and merge", () => {
  const full = join(dir, "full");

  it("runs the whole grid and writes the combined tables", () => {
    const r = netvalue("sweep", scenario, "--out", full, "--workers", "2", "--quiet");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("4/4 cells complete of a 4-cell grid");
    expect(existsSync(join(full, "sweep-summary.csv"))).toBe(true);
  });

  it("shards and merge give the same bytes", () => {
    for (const i of [1, 2]) expect(netvalue("sweep", scenario, "--shard", `${i}/2`, "--out", join(dir, `s${i}`), "--quiet").code).toBe(0);
    const m = netvalue("merge", join(dir, "s1"), join(dir, "s2"), "--out", join(dir, "merged"));
    expect(m.code).toBe(0);
    expect(compareResultDirs(full, join(dir, "merged")).differences).toEqual([]);
    const missing = netvalue("merge", join(dir, "s1"), "--out", join(dir, "m2"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing 2 of 4 cells/);
  });

  it("SIGINT stops cleanly keeping complete cells; --resume finishes with identical bytes", async () => {
    const out = join(dir, "interrupted");
    const child = spawn(process.execPath, [BIN, "sweep", scenario, "--out", out, "--workers", "1", "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => {
      const poll = setInterval(() => {
        if (cellsDone(out) >= 1) {
          clearInterval(poll);
          child.kill("SIGINT");
        }
      }, 20);
      child.on("exit", (c) => {
        clearInterval(poll);
        resolve(c);
      });
    });
    const kept = cellsDone(out);
    expect(kept).toBeGreaterThanOrEqual(1);
    if (kept < 4) {
      expect(code).toBe(130);
      expect(stderr).toContain("--resume");
      expect(existsSync(join(out, "summary.csv"))).toBe(false);
    }
    const resumed = netvalue("sweep", scenario, "--out", out, "--resume", "--quiet");
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`(${kept} reused)`);
    expect(compareResultDirs(full, out).differences).toEqual([]);
  });

  it("--help lists the options with examples", () => {
    const h = netvalue("sweep", "--help");
    for (const opt of ["--workers", "--shard", "--resume", "--out", "--quiet"]) expect(h.stdout).toContain(opt);
    expect(h.stdout).toContain("Examples:");
    expect(netvalue("sweep", scenario, "--shard", "5/4").stderr).toContain("--shard");
  });
  it("refuses a validation experiment, saying how to run it", () => {
    const out = join(dir, "validation-out");
    const r = netvalue("sweep", "scenarios/validation/kleinberg.yaml", "--out", out);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("is a validation experiment");
    expect(r.stderr).toContain("netvalue run scenarios/validation/kleinberg.yaml");
    expect(existsSync(out)).toBe(false);
  });
});
