// A replicate with an observer thread (threads: 2) must give exactly the observations
// of the same replicate on one thread, in step order: the second thread measures the
// same inputs with the same streams. The observer needs the compiled worker file, so
// this test imports the build in dist/ (npm test builds first; run `npm run build`
// before this file alone).
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Observation } from "../../src/observation.js";
import { scenarioSchema } from "../../src/scenario/schema.js";

type Run = typeof import("../../src/engine/run.js");
type Thread = typeof import("../../src/engine/observer-thread.js");
const dist = new URL("../../dist/engine/run.js", import.meta.url);
const distThread = new URL("../../dist/engine/observer-thread.js", import.meta.url);

function scenario(input: object) {
  return { ...scenarioSchema.parse(input), name: "observer-thread" };
}

describe.runIf(existsSync(dist))("observations on an observer thread (compiled)", () => {
  it("the worker file is there, so threads: 2 really uses a second thread", async () => {
    const { observerThreadAvailable } = (await import(distThread.href)) as Thread;
    expect(observerThreadAvailable()).toBe(true);
  });

  it.each([
    ["sampled separation of three layers, search and Louvain", { method: "sample", samples: 40, layers: ["ties", "social", "trusted"] }, true],
    ["HyperANF separation", { method: "hyperanf", registers: 5, layers: ["ties", "social"] }, false],
  ])("gives the one-thread observations with %s", async (_label, separation, louvain) => {
    const { simulateReplicate } = (await import(dist.href)) as Run;
    const sc = scenario({
      steps: 40,
      agents: { count: 400 },
      network: { regime: "amplified" },
      metrics: { every: 7, louvain, separation, search: { pairs: 30 } },
    });
    const observed = (threads: number) => {
      const list: Observation[] = [];
      const out = simulateReplicate(sc, 11, { threads, onObservation: (o) => list.push(o) });
      return { list, agents: out.agents };
    };
    const one = observed(1);
    const two = observed(2);
    expect(two.list.map((o) => o.step)).toEqual([0, 7, 14, 21, 28, 35, 40]);
    expect(two.list).toEqual(one.list);
    expect(two.agents).toEqual(one.agents);
  });

  it("a replicate stopped early (its generator returned) stops its observer", async () => {
    const { replicateSteps } = (await import(dist.href)) as Run;
    const sc = scenario({ steps: 30, agents: { count: 200 }, metrics: { every: 5 } });
    const seen: number[] = [];
    const steps = replicateSteps(sc, 5, { threads: 2, onObservation: (o) => seen.push(o.step) });
    for (let k = 0; k < 12; k++) steps.next();
    steps.return(undefined as never);
    // Step 0 was reported when step 5's observation was handed over, step 5 at step 10.
    expect(seen).toEqual([0, 5]);
    expect(steps.next().done).toBe(true);
  });
});
