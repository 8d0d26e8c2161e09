// `netvalue fit` end to end: spawns the built CLI (npm test builds first).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
function netvalue(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-fit-"));
const head = "run_id,replicate,agents.count,social_degree_mean,social_mean_distance_hops";
const rows = [1000, 10000, 100000].flatMap((n, i) => [0, 1, 2].map((r) => `c${i}-r${r},${r},${n},${20 + i},${(1.5 + 0.2 * Math.log(n) + (r - 1) * 0.01).toFixed(6)}`));
writeFileSync(join(dir, "summary.csv"), [head, ...rows].join("\n") + "\n");

describe("netvalue fit", () => {
  it("fits, prints the extrapolation and writes the three tables", () => {
    const r = netvalue("fit", dir, "--to", "1e9");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/social\s+1\.500 \+ 0\.200·ln N → 5\.64 hops at N=1\.00e\+9/);
    for (const f of ["fit.csv", "fit-ln-k.csv", "size-series.csv", "charts/size-series.svg"]) expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, "fit.csv"), "utf8").split("\n")[1]).toMatch(/^social,1\.5/);
  });

  it("columns.csv documents every column of the three tables and keeps the entries already there", () => {
    const cb = join(dir, "columns.csv");
    writeFileSync(cb, "file,column,unit,kind,definition\nsummary.csv,run_id,label,key,the run\nfit.csv,stale,x,key,an old entry\n");
    expect(netvalue("fit", dir).code).toBe(0);
    const entries = readFileSync(cb, "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(0, 2).join("/"));
    expect(entries[0]).toBe("summary.csv/run_id");
    expect(entries).not.toContain("fit.csv/stale");
    for (const f of ["fit.csv", "fit-ln-k.csv", "size-series.csv"]) {
      const columns = (readFileSync(join(dir, f), "utf8").split("\n")[0] ?? "").split(",");
      expect(entries.filter((e) => e.startsWith(`${f}/`))).toEqual(columns.map((c) => `${f}/${c}`));
    }
  });

  it("bad input exits 2 with one line: a folder without summary.csv, --to 0, a bad --where", () => {
    for (const args of [["fit", tmpdir() + "/nowhere-netvalue"], ["fit", dir, "--to", "0"], ["fit", dir, "--where", "x"]]) {
      const r = netvalue(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
