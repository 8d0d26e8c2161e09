// `netvalue measure` end to end: spawns the built CLI (npm test builds first; run
// `npm run build` before running this file alone).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
function netvalue(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-measure-"));

describe("netvalue measure", () => {
  it("prints the karate club's statistics and distance distribution as a table", () => {
    const r = netvalue("measure", "test/fixtures/karate-club.txt");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^mean_distance_hops\s+2\.4082$/m);
    expect(r.stdout).toMatch(/^intermediaries\s+1\.4082$/m);
    expect(r.stdout).toMatch(/^triangles\s+45$/m);
    expect(r.stdout).toMatch(/^diameter_hops\s+5$/m);
    expect(r.stdout).toMatch(/^separation_method\s+exact$/m);
    expect(r.stdout).toMatch(/^\s+5\s+16\s/m); // 16 ordered pairs at 5 hops
  });

  it("--format json: parseable, NaN as null, the distribution's counts included", () => {
    const r = netvalue("measure", "test/fixtures/florentine-families.txt", "--format", "json");
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.separation.method).toBe("exact");
    expect(m.separation.distribution.counts.reduce((a: number, b: number) => a + b, 0)).toBe(15 * 14);
    expect(m.structure.triangles).toBe(3);
  });

  it("--method sample --format csv: tidy rows with the CI and a seed; same seed, same bytes", () => {
    const args = ["measure", "test/fixtures/snap-ca-grqc.txt", "--method", "sample", "--samples", "100", "--seed", "5", "--format", "csv"];
    const a = netvalue(...args);
    expect(a.code).toBe(0);
    expect(a.stderr).toContain("dropped 12 self-loops");
    const lines = a.stdout.trim().split("\n");
    expect(lines[0]).toBe("metric,hops,value");
    expect(lines).toContain("separation_method,,sample");
    expect(lines).toContain("diameter_is_lower_bound,,true");
    expect(lines.some((l) => l.startsWith("mean_distance_ci95_low,,"))).toBe(true);
    expect(lines.some((l) => l.startsWith("pairs_at_distance,1,"))).toBe(true);
    expect(netvalue(...args).stdout).toBe(a.stdout);
  });

  it("--method hyperanf states the relative standard error", () => {
    const r = netvalue("measure", "test/fixtures/snap-email-eu-core.txt", "--method", "hyperanf", "--registers", "6", "--format", "csv");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("separation_method,,hyperanf");
    expect(r.stdout).toContain("neighbourhood_relative_standard_error,,0.13");
  });

  it("--directed measures directed distances (fewer reachable pairs)", () => {
    const und = JSON.parse(netvalue("measure", "test/fixtures/snap-email-eu-core.txt", "--format", "json").stdout);
    const dir = JSON.parse(netvalue("measure", "test/fixtures/snap-email-eu-core.txt", "--format", "json", "--directed").stdout);
    expect(dir.separation.directed).toBe(true);
    expect(dir.separation.reachablePairs).toBeLessThan(und.separation.reachablePairs);
  });

  it("a malformed file exits 2 with file:line and no stack trace", () => {
    const p = join(dir, "bad.txt");
    writeFileSync(p, "1 2\n2 3\noops\n");
    const r = netvalue("measure", p);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${p}:3: expected two node ids`);
    noStackTrace(r.stderr);
  });

  it("a malformed GEXF exits 2 with one line naming the file, no parser chatter", () => {
    const p = join(dir, "bad.gexf");
    writeFileSync(p, '<?xml version="1.0"?>\n<gexf version="1.3">\n  <graph>\n    <nodes><node id="a"></nodes>\n  </graph>\n</gexf>\n');
    const r = netvalue("measure", p);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`${p}:4: malformed XML: end tag </nodes> where </node> was expected`);
    expect(r.stderr).not.toMatch(/fatalError|Reporting|InputError/);
    noStackTrace(r.stderr);
  });

  it("a node-label file is measured with a warning saying it looks like one", () => {
    const r = netvalue("measure", "test/fixtures/snap-email-eu-core-department-labels.txt");
    expect(r.code).toBe(0);
    expect(r.stderr + r.stdout).toMatch(/looks like a node-label or attribute file/);
  });

  it("bad options exit 2: registers out of range, missing file", () => {
    const a = netvalue("measure", "test/fixtures/karate-club.txt", "--registers", "20");
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("registers must be an integer in 4..12 (got 20)");
    const b = netvalue("measure", join(dir, "missing.txt"));
    expect(b.code).toBe(2);
    noStackTrace(b.stderr);
  });

  it("--help teaches with examples", () => {
    const r = netvalue("measure", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain("measure test/fixtures/karate-club.txt");
  });
});
