import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runFiles, type FileOutcome } from "../../src/experiment/run-files.js";

const QUICK = "scenarios/quickstart.yaml";
const WS = "scenarios/validation/watts-strogatz.yaml";
const dir = mkdtempSync(join(tmpdir(), "netvalue-run-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (err) {
    return err as Error;
  }
  throw new Error("did not throw");
}

describe("runFiles", () => {
  it("checks files and options before anything runs, with the value in the message", () => {
    expect(thrown(() => runFiles([WS, QUICK])).name).toBe("InputError");
    expect(thrown(() => runFiles([QUICK, QUICK], { out: join(dir, "x") })).message).toBe("--out names one folder: give one scenario with it");
    const e = thrown(() => runFiles([WS], { set: ["seed=3"], resume: true }));
    expect(e.name).toBe("InputError");
    expect(e.message).toContain("(found --set, --resume)");
  });

  it("loads every scenario with its overrides when the plan is made, ScenarioError naming the path", () => {
    const e = thrown(() => runFiles([QUICK], { set: ["agents.count=-4"] }));
    expect(e.name).toBe("ScenarioError");
    expect(e.message).toContain("agents.count");
    expect(runFiles([WS]).validation).toBe(true);
    expect(runFiles([QUICK]).validation).toBe(false);
  });

  it("runs each file in order and yields its outcome, with progress made and closed per file", async () => {
    const file = join(dir, "tiny.yaml");
    writeFileSync(
      file,
      stringify({
        name: "tiny-run-files",
        seed: 3,
        replicates: 1,
        steps: 4,
        agents: { count: 20, strategies: { authentic: 1 } },
        network: { initial: { generator: "connected-caveman", groupSize: 5 } },
        metrics: { every: 2, separation: { method: "exact" } },
      }),
    );
    const events: string[] = [];
    const plan = runFiles([file], {
      workers: 0,
      steps: 2,
      out: join(dir, "out"),
      modelProgress: (name) => ({ onProgress: () => events.push(`progress ${name}`), done: () => events.push(`done ${name}`) }),
    });
    const outcomes: FileOutcome[] = [];
    for await (const o of plan.outcomes()) outcomes.push(o);
    expect(outcomes.map((o) => o.kind)).toEqual(["scenario"]);
    const o = outcomes[0];
    if (o?.kind !== "scenario") throw new Error("expected a scenario outcome");
    expect(o.summary.outDir).toBe(join(dir, "out"));
    expect(o.summary.complete).toBe(true);
    expect(o.summary.finals.map((f) => f.step)).toEqual([2]);
    expect(events.at(-1)).toBe("done tiny-run-files");
  });
});
