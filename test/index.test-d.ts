// Public types (checked by vitest's typecheck mode): what a user's script relies on.
import { describe, expectTypeOf, it } from "vitest";
import type { Issue, LoadResult, Observation, RunSummary, Scenario, SweepResult, Rng } from "../src/index.js";
import { loadScenario, runScenario, runSweep, stream, measure, separation } from "../src/index.js";

describe("public API types", () => {
  it("loading returns a scenario or the list of issues", () => {
    expectTypeOf(loadScenario).returns.toEqualTypeOf<LoadResult>();
    const r = loadScenario("x.yaml");
    if (r.ok) expectTypeOf(r.scenario).toEqualTypeOf<Scenario>();
    else expectTypeOf(r.issues).toEqualTypeOf<Issue[]>();
  });

  it("running returns promises of summaries with observations", () => {
    expectTypeOf(runScenario).returns.resolves.toEqualTypeOf<RunSummary>();
    expectTypeOf(runSweep).returns.resolves.toEqualTypeOf<SweepResult>();
    expectTypeOf<RunSummary["finals"]>().toEqualTypeOf<readonly Observation[]>();
    expectTypeOf<Scenario["seed"]>().toEqualTypeOf<number>();
  });

  it("every stochastic function takes its stream: an Rng is required, not optional", () => {
    expectTypeOf(stream).returns.toEqualTypeOf<Rng>();
    expectTypeOf(separation).parameter(1).toHaveProperty("rng").toEqualTypeOf<Rng>();
    expectTypeOf(measure).parameter(0).toEqualTypeOf<string>();
  });
});
