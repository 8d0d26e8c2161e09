// Public types (checked by vitest's typecheck mode): what a user's script relies on.
import { describe, expectTypeOf, it } from "vitest";
import type { Issue, LoadResult, Observation, RunSummary, Scenario, SweepResult, Rng } from "../src/index.js";
import { loadScenario, runScenario, runSweep, stream, measure, separation } from "../src/index.js";
import type * as root from "../src/index.js";
import * as metrics from "../src/metrics/index.js";
import * as model from "../src/model/index.js";
import * as io from "../src/io/index.js";
import * as scenario from "../src/scenario/index.js";
import * as plot from "../src/plot/index.js";

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

describe("subpath entry points (package.json exports)", () => {
  it("each part's functions are the same as the root's", () => {
    expectTypeOf(metrics.separation).toEqualTypeOf(separation);
    expectTypeOf(io.measure).toEqualTypeOf(measure);
    expectTypeOf(scenario.loadScenario).toEqualTypeOf(loadScenario);
    expectTypeOf(model.simulateReplicate).parameter(0).toEqualTypeOf<Scenario>();
    expectTypeOf(plot.plotResults).returns.resolves.toHaveProperty("written");
  });

  it("compileToVega loads vega on demand, so it returns a promise", () => {
    expectTypeOf(plot.compileToVega).returns.toMatchTypeOf<Promise<unknown>>();
  });

  it("internal helpers are not exported", () => {
    type Root = typeof root;
    expectTypeOf<"csrFromArcs" extends keyof Root ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<"makeDistribution" extends keyof Root ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<"snapQuantile" extends keyof Root ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<"blockSizes" extends keyof Root ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<"csrFromArcs" extends keyof typeof metrics ? true : false>().toEqualTypeOf<false>();
    expectTypeOf<"blockSizes" extends keyof typeof model ? true : false>().toEqualTypeOf<false>();
  });
});
