/** Dunbar layers in a run are measured from tie strengths, never min(ties, size) (docs/MODEL.md §5 Observations). */
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { mean, runOnce } from "./run-helper.js";
import { small } from "./scenario-helper.js";

describe("Dunbar layers in a run", () => {
  it("at step 0 every initial tie has the same strength: no inner layers, all ties in the last", () => {
    const r = runOnce(small({ steps: 1 }), 3);
    const o = at(r.observations, 0);
    expect(o.dunbarLayers.tiesMean.slice(0, 3)).toEqual([0, 0, 0]);
    expect(o.dunbarLayers.tiesMean[3]).toBeCloseTo(at(o.strategies, 0).tiesMean, 12);
    expect(o.dunbarLayers.ratio).toEqual([null, null, null]);
  });

  it("after strengths diverge the innermost layer is not min(ties, 5), though agents have more than 5 ties", () => {
    const r = runOnce(small({ steps: 60 }), 3);
    const o = r.final;
    expect(r.agents.every((a) => a.ties > 5)).toBe(true);
    const assumed = mean(r.agents.map((a) => Math.min(a.ties, 5))); // the old occupancy: 5
    const measured = o.dunbarLayers.tiesMean;
    expect(Math.abs(at(measured, 0) - assumed)).toBeGreaterThan(0.5);
    expect(measured[0]).toBeGreaterThan(0); // strengths did split
    for (let k = 1; k < 4; k++) expect(measured[k]).toBeGreaterThanOrEqual(at(measured, k - 1)); // cumulative
    expect(o.dunbarLayers.ratio[2]).toBeCloseTo(at(measured, 3) / at(measured, 2), 12);
  });
});
