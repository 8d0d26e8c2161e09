// `netvalue sensitivity`, `netvalue run` on a file with a sensitivity block, and
// the errors of a bad block, end to end through the built CLI.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { TINY_SENSITIVITY } from "../sensitivity/tiny-sensitivity.js";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
function netvalue(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-sensitivity-"));
const scenario = join(dir, "tiny.yaml");
writeFileSync(scenario, stringify({ ...TINY_SENSITIVITY, sensitivity: { ...TINY_SENSITIVITY.sensitivity, trajectories: 2 } }));

describe("netvalue sensitivity", () => {
  it("runs the design and writes the tables; `netvalue run` on the same file gives the same bytes", () => {
    const a = netvalue("sensitivity", scenario, "--out", join(dir, "a"), "--workers", "2", "--quiet");
    expect(a.stderr).toBe("");
    expect(a.code).toBe(0);
    expect(a.stdout).toContain("8/8 points complete of a 8-point design");
    expect(a.stdout).toContain(`${join(dir, "a")}/indices.csv`);
    const b = netvalue("run", scenario, "--out", join(dir, "b"), "--workers", "1", "--quiet");
    expect(b.code).toBe(0);
    for (const f of ["indices.csv", "claims.csv", "claim-flips.csv", "design.csv"]) {
      expect(readFileSync(join(dir, "b", f), "utf8")).toBe(readFileSync(join(dir, "a", f), "utf8"));
    }
  });

  it("columns.csv documents every column of the five tables beside the sweep's", () => {
    const entries = readFileSync(join(dir, "a", "columns.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(0, 2).join("/"));
    expect(entries).toContain("summary.csv/run_id");
    for (const f of ["design.csv", "indices.csv", "claims.csv", "claim-shares.csv", "claim-flips.csv"]) {
      const columns = (readFileSync(join(dir, "a", f), "utf8").split("\n")[0] ?? "").split(",");
      expect(entries.filter((e) => e.startsWith(`${f}/`)), f).toEqual(columns.map((c) => `${f}/${c}`));
    }
  });

  it("`netvalue validate` counts the design's points", () => {
    const r = netvalue("validate", scenario);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# morris design of 8 points × 2 replicates = 16 runs");
  });

  it("exits 2 naming the file and field of a bad block", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, stringify({ ...TINY_SENSITIVITY, sensitivity: { ...TINY_SENSITIVITY.sensitivity, outputs: ["no_such_column"] } }));
    const r = netvalue("sensitivity", bad, "--quiet");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: sensitivity.outputs[0]: 'no_such_column' is not a summary.csv column`);
  });

  it("refuses a scenario without a block, and `netvalue sweep` refuses one with a block", () => {
    const plain = join(dir, "plain.yaml");
    writeFileSync(plain, stringify({ steps: 5, agents: { count: 20 } }));
    expect(netvalue("sensitivity", plain, "--quiet").stderr).toContain("has no sensitivity block");
    expect(netvalue("sweep", scenario, "--quiet").stderr).toContain("run it with 'netvalue sensitivity");
  });
});
