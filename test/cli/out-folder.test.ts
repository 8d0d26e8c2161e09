// Output folders (README "Output folders"): finished results are never discarded
// without --overwrite, stale files never sit beside new ones, a folder in use is
// refused naming its holder, a stale lock is taken over, shards need their own folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { TINY } from "../experiment/tiny.js";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
function netvalue(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-out-"));
const scenario = join(dir, "small.yaml");
writeFileSync(scenario, stringify({ ...TINY, sweep: {}, steps: 4, replicates: 2 }));
const sweep = join(dir, "tiny.yaml");
writeFileSync(sweep, stringify({ ...TINY, steps: 4, replicates: 1 }));

function lockBy(out: string, pid: number): void {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, ".netvalue.lock"), JSON.stringify({ pid, host: hostname(), command: "netvalue run holder.yaml", started: "2026-01-01T00:00:00Z" }));
}

describe("output folders", () => {
  const out = join(dir, "out");

  it("a re-run into a folder with finished results is refused unless --resume or --overwrite", () => {
    expect(netvalue("run", scenario, "--out", out, "--graph", "gexf", "--quiet").code).toBe(0);
    expect(existsSync(join(out, "graph-r1.gexf"))).toBe(true);
    const again = netvalue("run", scenario, "--out", out, "--quiet");
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^error: --out .* holds finished results of an earlier run: add --resume .* or --overwrite/);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(netvalue("run", scenario, "--out", out, "--quiet", "--resume", "--overwrite").code).toBe(2);
  });

  it("--overwrite clears what a run owns (old graphs, charts) and keeps other files", () => {
    mkdirSync(join(out, "charts"));
    writeFileSync(join(out, "notes.txt"), "mine");
    const r = netvalue("run", scenario, "--out", out, "--quiet", "--overwrite", "--replicates", "1");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["agents.csv", "columns.csv", "distances.csv", "manifest.json", "notes.txt", "opportunities.csv", "summary.csv", "timeseries.csv"]);
  });

  it("--resume refuses results of a different scenario instead of mixing them in", () => {
    const r = netvalue("run", scenario, "--out", out, "--quiet", "--resume", "--steps", "5");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--resume: ${out} holds results of a different scenario (differs in`);
    expect(r.stderr).toMatch(/differs in [^)]*steps/);
  });

  it("a folder locked by a live process is refused, naming the holder", () => {
    const busy = join(dir, "busy");
    lockBy(busy, process.pid);
    const r = netvalue("run", scenario, "--out", busy, "--quiet");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`in use by another netvalue run (pid ${process.pid} on ${hostname()}`);
    expect(r.stderr).toContain("netvalue run holder.yaml");
    expect(readdirSync(busy)).toEqual([".netvalue.lock"]);
  });

  it("a stale lock (its process is gone) is taken over with a warning, and released at the end", () => {
    const stale = join(dir, "stale");
    const gone = spawnSync(process.execPath, ["-e", ""]).pid as number;
    lockBy(stale, gone);
    const r = netvalue("run", scenario, "--out", stale, "--quiet");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: taking over a stale lock on ${stale}: pid ${gone}`);
    expect(existsSync(join(stale, ".netvalue.lock"))).toBe(false);
  });

  it("a second shard into a shard's folder is refused; each shard gets its own folder", () => {
    const shared = join(dir, "shared");
    expect(netvalue("sweep", sweep, "--shard", "1/2", "--out", shared, "--quiet").code).toBe(0);
    for (const extra of [[], ["--resume"]]) {
      const r = netvalue("sweep", sweep, "--shard", "2/2", "--out", shared, "--quiet", ...extra);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/its own --out and join them with 'netvalue merge'|--resume/);
    }
    expect(netvalue("sweep", sweep, "--shard", "2/2", "--out", shared, "--quiet", "--resume").stderr).toContain("holds shard 1/2 of a sweep, not shard 2/2");
  });
});
