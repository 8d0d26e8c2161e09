// A graph file fixes agents.count: filled in when left out, an error when it differs.
import { describe, expect, it } from "vitest";
import { mkdtempSync, copyFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadScenario } from "../../src/scenario/load.js";

const dir = mkdtempSync(join(tmpdir(), "nv-file-count-"));
copyFileSync("test/fixtures/dolphins.txt", join(dir, "dolphins.txt"));

describe("graph-file node count", () => {
  it("fills agents.count from the file (62 dolphins), path relative to the scenario", () => {
    writeFileSync(join(dir, "a.yaml"), "network: { initial: { file: dolphins.txt } }\n");
    const r = loadScenario(join(dir, "a.yaml"));
    expect(r.ok && r.scenario.agents.count).toBe(62);
  });

  it("a different explicit count is a problem at agents.count naming both numbers", () => {
    writeFileSync(join(dir, "b.yaml"), "agents: { count: 10 }\nnetwork: { initial: { file: dolphins.txt } }\n");
    const r = loadScenario(join(dir, "b.yaml"));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]?.path).toBe("agents.count");
      expect(r.issues[0]?.message).toMatch(/62 nodes but agents.count is 10/);
    }
  });
});
