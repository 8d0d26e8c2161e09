// `netvalue plot` end to end: spawns the built CLI (npm test builds first; when run
// directly, the build is refreshed here if any plot source is newer than its output).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRunFolder, writeSweepFolder } from "../plot/synthetic-results.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "bin", "netvalue.js");

function stale(): boolean {
  const pairs: [string, string][] = [[join(root, "src/cli/commands/plot.ts"), join(root, "dist/cli/commands/plot.js")]];
  for (const f of readdirSync(join(root, "src/plot"))) {
    if (f.endsWith(".ts")) pairs.push([join(root, "src/plot", f), join(root, "dist/plot", f.replace(/\.ts$/, ".js"))]);
  }
  return pairs.some(([src, out]) => !existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs);
}

const run = promisify(execFile);

/** Runs the CLI asynchronously (a blocking spawn would starve vitest's worker RPC). */
async function netvalue(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NETVALUE_DEBUG: "" } });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof e.code === "number" ? e.code : null, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

let dir: string;
beforeAll(async () => {
  // tsc still emits when other modules have type errors (noEmitOnError is off), so ignore its exit code.
  if (stale()) {
    try {
      await run(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")]);
    } catch {
      /* type errors elsewhere in the tree; the JS was still written */
    }
  }
  dir = mkdtempSync(join(tmpdir(), "nv-cli-plot-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("netvalue plot", () => {
  it("plots a run folder into <dir>/charts, lists the charts and exits 0", async () => {
    const run = join(dir, "run");
    writeRunFolder(run, { name: "cli-demo" });
    const r = await netvalue("plot", run);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("8 chart(s)");
    expect(r.stdout).toContain("trust-received.svg");
    const files = readdirSync(join(run, "charts")).sort();
    expect(files).toContain("trust-received.svg");
    expect(files).toContain("trust-received.vl.json");
    expect(files).toContain("distance-distribution.svg");
    expect(files).toHaveLength(16);
    expect(readFileSync(join(run, "charts", "trust-received.svg"), "utf8")).toContain("cli-demo · seed 42 · netvalue 0.1.0");
  });

  it("writes PNG to --out and lists skipped charts for a folder without distances", async () => {
    const run = join(dir, "partial");
    writeRunFolder(run, { files: ["timeseries", "manifest"] });
    const out = join(dir, "figures");
    const r = await netvalue("plot", run, "--format", "png", "--out", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("distance-distribution: no distances.csv");
    const png = readFileSync(join(out, "followers.png"));
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("plots a sweep with a chosen x parameter", async () => {
    const sweep = join(dir, "sweep");
    writeSweepFolder(sweep);
    const r = await netvalue("plot", sweep, "--x-param", "mechanisms.discovery.rate");
    expect(r.status).toBe(0);
    expect(existsSync(join(sweep, "charts", "sweep-trust-received.svg"))).toBe(true);
    expect(readFileSync(join(sweep, "charts", "sweep-trust-received.vl.json"), "utf8")).toContain("mechanisms_discovery_rate");
  });

  it("plots a single-replicate run and sweep without warnings: no band or whiskers where there is no interval", async () => {
    const scenario = join(dir, "one.yaml");
    writeFileSync(scenario, "name: one\nseed: 5\nreplicates: 1\nsteps: 10\nagents: { count: 40 }\nmetrics: { every: 5, separation: { method: exact } }\n");
    for (const extra of [[], ["--set", "sweep={network.followCap: [0, 50]}"]]) {
      const out = join(dir, `one-${extra.length}`);
      const ran = await netvalue("run", scenario, "--out", out, "--quiet", "--workers", "0", ...extra);
      expect(ran.status, ran.stderr).toBe(0);
      const r = await netvalue("plot", out);
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    }
  });

  it("exits 2 with a one-line error, not a stack trace, for a missing or foreign folder", async () => {
    const missing = await netvalue("plot", join(dir, "does-not-exist"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`error: results folder not found: ${join(dir, "does-not-exist")}\n`);
    const foreign = join(dir, "foreign");
    mkdirSync(foreign);
    writeFileSync(join(foreign, "readme.txt"), "x\n");
    const r = await netvalue("plot", foreign);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: not a netvalue results folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2 when there is nothing to plot, naming each reason", async () => {
    const bare = join(dir, "bare");
    writeRunFolder(bare, { files: ["manifest"] });
    const r = await netvalue("plot", bare);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("nothing to plot");
    expect(r.stderr).toContain("trust-received: no timeseries.csv");
  });
});
