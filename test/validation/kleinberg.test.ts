// Kleinberg (2000) on small tori (sides 30, 60, 120): r = 2 routes with the
// smallest growth among r = 0, 2 and 3 already at these sizes; every chain arrives;
// the outputs have the fixed columns; the slope is the least-squares log–log fit.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { readCsv } from "../../src/io/csv-read.js";
import {
  carmiExponent,
  kleinbergBoundExponent,
  ROUTING_COLUMNS,
  runValidation,
  SLOPE_COLUMNS,
  validationFromObject,
  type KleinbergValidation,
} from "../../src/validation/index.js";
import { kleinbergResults, kleinbergTasks } from "../../src/validation/kleinberg.js";
import { leastSquaresSlope } from "../../src/validation/statistics.js";

function config(extra: Record<string, unknown> = {}): KleinbergValidation {
  const r = validationFromObject({ validation: "kleinberg", sides: [30, 60, 120], pairs: 2000, grids: 4, slopeFrom: 30, seed: 3, ...extra });
  if (!r.ok || r.config.validation !== "kleinberg") throw new Error("bad test config");
  return r.config;
}
const tmp = mkdtempSync(join(tmpdir(), "netvalue-validation-kleinberg-"));

describe("Kleinberg validation", async () => {
  const out = join(tmp, "a");
  const outcome = await runValidation(config(), { out, workers: 0 });
  if (outcome.validation !== "kleinberg") throw new Error("wrong kind");
  const slope = (r: number) => outcome.results.slopes.find((s) => s.r === r)!.slope;

  it("r = 2 has a smaller log–log slope than r = 0 and r = 3", () => {
    expect(slope(2)).toBeLessThan(slope(0));
    expect(slope(2)).toBeLessThan(slope(3));
    // r = 3 contacts are short: routing is nearly lattice walking, slope near 1.
    expect(slope(3)).toBeGreaterThan(0.8);
  });

  it("every chain arrives, and steps grow with the side for every r", () => {
    expect(outcome.results.routing).toHaveLength(18);
    for (const row of outcome.results.routing) expect(row.pairs).toBe(2000);
    for (const r of outcome.config.r) {
      const steps = outcome.results.routing.filter((x) => x.r === r).map((x) => x.meanSteps);
      expect(at(steps, 0)).toBeLessThan(at(steps, 1));
      expect(at(steps, 1)).toBeLessThan(at(steps, 2));
    }
  });

  it("writes routing.csv and slopes.csv with exactly the specified columns, sorted", () => {
    const routing = readCsv(join(out, "routing.csv"));
    expect(routing.columns).toEqual([...ROUTING_COLUMNS]);
    expect(routing.columns).toEqual(["r", "side", "pairs", "mean_steps", "mean_steps_se"]);
    expect(routing.rows.slice(0, 3).map((r) => [r[0], r[1], r[2]])).toEqual([["0", "30", "2000"], ["0", "60", "2000"], ["0", "120", "2000"]]);
    const slopes = readCsv(join(out, "slopes.csv"));
    expect(slopes.columns).toEqual([...SLOPE_COLUMNS]);
    expect(slopes.columns).toEqual(["r", "slope"]);
    expect(slopes.rows.map((r) => r[0])).toEqual(["0", "1", "1.5", "2", "2.5", "3"]);
    // The slope is the fit of ln(mean_steps) on ln(side) of the rows written.
    const r2 = routing.rows.filter((r) => r[0] === "2");
    const fit = leastSquaresSlope(r2.map((r) => Math.log(Number(r[1]))), r2.map((r) => Math.log(Number(r[3]))));
    expect(Number(slopes.rows[3]?.[1])).toBeCloseTo(fit, 12);
    expect(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")).files).toHaveProperty("routing.csv");
    // The codebook documents every column written.
    const book = readCsv(join(out, "columns.csv"));
    expect(book.rows.filter((r) => r[0] === "routing.csv").map((r) => r[1])).toEqual(routing.columns);
    expect(book.rows.filter((r) => r[0] === "slopes.csv").map((r) => r[1])).toEqual(slopes.columns);
  });

  it("fits the slope only from slopeFrom upward", async () => {
    const cut = await runValidation(config({ r: [2], slopeFrom: 60 }), { out: join(tmp, "b"), workers: 0 });
    if (cut.validation !== "kleinberg") throw new Error("wrong kind");
    const rows = cut.results.routing;
    const expected = Math.log(at(rows, 2).meanSteps / at(rows, 1).meanSteps) / Math.log(2);
    expect(cut.results.slopes[0]?.slope).toBeCloseTo(expected, 12);
    // Same keys ⇒ same grids as in the full run.
    expect(rows).toEqual(outcome.results.routing.filter((x) => x.r === 2));
  });

  it("gives the same bytes on worker threads as inline (seeds keyed by (r, side, grid), not by order)", async () => {
    const small = config({ sides: [20, 30], pairs: 200, grids: 3, slopeFrom: 20 });
    await runValidation(small, { out: join(tmp, "inline"), workers: 0 });
    await runValidation(small, { out: join(tmp, "pool"), workers: 2 });
    for (const f of ["routing.csv", "slopes.csv"]) {
      expect(readFileSync(join(tmp, "pool", f), "utf8")).toBe(readFileSync(join(tmp, "inline", f), "utf8"));
    }
  });

  it("spreads the pairs evenly over the grids and refuses a failed chain", () => {
    const v = config({ pairs: 10, grids: 4, r: [2], sides: [30, 60] });
    expect(kleinbergTasks(v).map((t) => t.pairs)).toEqual([3, 3, 2, 2, 3, 3, 2, 2]);
    const ok = { chains: 3, successes: 3, sumSteps: 9, sumStepsSq: 27 };
    const measures = [ok, ok, ok, ok, ok, ok, ok, { ...ok, successes: 2 }];
    expect(() => kleinbergResults(v, measures)).toThrow(expect.objectContaining({ name: "MetricError" }));
  });

  it("states the theory's exponents (Kleinberg's bounds; Carmi et al. 2009)", () => {
    expect([0, 1, 2, 2.5, 3].map(kleinbergBoundExponent)).toEqual([2 / 3, 1 / 3, 0, 1 / 3, 1 / 2]);
    expect([0, 1, 1.5, 2, 2.5, 3, 4].map(carmiExponent)).toEqual([2 / 3, 1 / 2, 1 / 3, 0, 0.5, 1, 1]);
  });
});
