// `netvalue run` on validation files, end to end: spawns the built CLI (npm test
// builds first) on tiny Watts–Strogatz and Kleinberg files and checks the exit
// code, the printed table and the outputs' exact columns.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/csv-read.js";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
function netvalue(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-validation-"));
const ws = join(dir, "tiny-ws.yaml");
writeFileSync(ws, "# tiny\nvalidation: watts-strogatz\nn: 200\nk: 6\np: [0, 0.1, 1]\nseeds: 2\n");
const kl = join(dir, "tiny-kleinberg.yaml");
writeFileSync(kl, "validation: kleinberg\nr: [0, 2]\nsides: [20, 40]\npairs: 100\ngrids: 2\nslopeFrom: 20\n");

describe("netvalue run <validation file>", () => {
  it("Watts–Strogatz: exits 0, prints the ratios and writes ratios.csv with the exact columns", () => {
    const out = join(dir, "ws");
    const r = netvalue("run", ws, "--out", out, "--workers", "0");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`tiny-ws: results in ${out}/`);
    expect(r.stdout).toMatch(/p\s+L\(p\)\/L\(0\) ± se\s+C\(p\)\/C\(0\) ± se/);
    expect(readdirSync(out).sort()).toEqual(["columns.csv", "manifest.json", "ratios.csv", "runs.csv"]);
    const ratios = readCsv(join(out, "ratios.csv"));
    expect(ratios.columns).toEqual(["p", "seeds", "mean_distance_ratio", "mean_distance_ratio_se", "clustering_ratio", "clustering_ratio_se"]);
    expect(ratios.rows[0]).toEqual(["0", "2", "1", "0", "1", "0"]);
  });

  it("Kleinberg: exits 0, prints the slopes and writes routing.csv and slopes.csv with the exact columns", () => {
    const out = join(dir, "kl");
    const r = netvalue("run", kl, "--out", out, "--quiet");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/r\s+slope\s+Kleinberg bound\s+Carmi et al\./);
    expect(readdirSync(out).sort()).toEqual(["columns.csv", "manifest.json", "routing.csv", "slopes.csv"]);
    expect(readCsv(join(out, "routing.csv")).columns).toEqual(["r", "side", "pairs", "mean_steps", "mean_steps_se"]);
    const slopes = readCsv(join(out, "slopes.csv"));
    expect(slopes.columns).toEqual(["r", "slope"]);
    expect(slopes.rows.map((x) => x[0])).toEqual(["0", "2"]);
  });

  it("reports bad validation files and options that do not apply with exit code 2", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "validation: kleinberg\npairs: -1\n");
    const r = netvalue("run", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: pairs: expected`);
    const steps = netvalue("run", kl, "--steps", "3");
    expect(steps.code).toBe(2);
    expect(steps.stderr).toContain("validation files take --out, --seed, --workers and --quiet only (found --steps)");
    const mixed = netvalue("run", kl, "scenarios/quickstart.yaml");
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("separate runs");
  });
});
