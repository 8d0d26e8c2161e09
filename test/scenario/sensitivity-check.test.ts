/** The `sensitivity:` block's errors name the file and the block's field, with what was wrong. */
import { describe, expect, it } from "vitest";
import { scenarioFromObject } from "../../src/scenario/load.js";
import { TINY_SENSITIVITY } from "../sensitivity/tiny-sensitivity.js";

function issuesOf(sensitivity: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const r = scenarioFromObject({ ...TINY_SENSITIVITY, ...extra, sensitivity: { ...TINY_SENSITIVITY.sensitivity, ...sensitivity } }, { file: "s.yaml" });
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`);
}

describe("sensitivity block checks", () => {
  it("accepts the valid block", () => {
    expect(scenarioFromObject(TINY_SENSITIVITY).ok).toBe(true);
  });
  it("names an unknown parameter path with a suggestion", () => {
    const issues = issuesOf({ parameters: { "mechanisms.trust.detektion": [0, 1] } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^s\.yaml: sensitivity\.parameters\.mechanisms\.trust\.detektion: .*did you mean 'detection'/);
  });
  it("rejects a reversed range and a range end the field does not accept", () => {
    expect(issuesOf({ parameters: { "mechanisms.trust.detection": [0.5, 0.1] } })).toEqual([
      "s.yaml: sensitivity.parameters.mechanisms.trust.detection: expected [low, high] with low < high, found [0.5, 0.1]",
    ]);
    const issues = issuesOf({ parameters: { "mechanisms.trust.detection": [0, 1.5] } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^s\.yaml: sensitivity\.parameters\.mechanisms\.trust\.detection: range end 1\.5: .*/);
  });
  it("rejects a non-numeric field, the seed, and a malformed range", () => {
    expect(issuesOf({ parameters: { "network.regime": [0, 1] } })[0]).toContain("sensitivity.parameters.network.regime: 'network.regime' is not a numeric field");
    expect(issuesOf({ parameters: { seed: [0, 9] } })[0]).toContain("sensitivity.parameters.seed: 'seed' cannot be a design parameter");
    expect(issuesOf({ parameters: { "mechanisms.trust.detection": [0] } })[0]).toMatch(/^s\.yaml: sensitivity\.parameters\.mechanisms\.trust\.detection/);
  });
  it("names an unknown output with a suggestion", () => {
    expect(issuesOf({ outputs: ["all_trust_received_mean", "authentic_opportunities_per_agnet"] })).toEqual([
      "s.yaml: sensitivity.outputs[1]: 'authentic_opportunities_per_agnet' is not a summary.csv column of this scenario; did you mean 'authentic_opportunities_per_agent'?",
    ]);
  });
  it("names a claim that does not parse, or reads an unknown column", () => {
    expect(issuesOf({ claims: { bad: "a >" } })).toEqual(["s.yaml: sensitivity.claims.bad: expected a column, a number or '(' at the end in 'a >'"]);
    expect(issuesOf({ claims: { bad: "authentic_trust_received_mean > opportunist_trust_received_mean" } })[0]).toContain(
      "s.yaml: sensitivity.claims.bad: 'opportunist_trust_received_mean' is not a summary.csv column of this scenario; did you mean 'opportunistic_trust_received_mean'?",
    );
  });
  it("rejects a sweep next to the block, and an unknown method", () => {
    expect(issuesOf({}, { sweep: { "network.regime": ["dunbar", "amplified"] } })).toEqual([
      "s.yaml: sensitivity: a scenario with a sensitivity block cannot also have a sweep: the design chooses the points",
    ]);
    expect(issuesOf({ method: "fast" })[0]).toMatch(/^s\.yaml: sensitivity\.method: /);
  });
});
