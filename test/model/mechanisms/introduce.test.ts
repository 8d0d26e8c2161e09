/** Introductions: transitive, discounted trust; the broker's consent; the capacity rule. */
import { describe, expect, it } from "vitest";
import { bareState } from "../state-helper.js";
import { introduce } from "../../../src/model/mechanisms/introduce.js";
import { formTie, trustIn } from "../../../src/model/relations.js";
import { ORIGIN_EVENT, ORIGIN_INTRODUCTION } from "../../../src/model/ties.js";
import { stream } from "../../../src/random/streams.js";

function triangleOpen() {
  const st = bareState(3);
  st.strategies.introRate[0] = 1; // agent 0 (authentic) always asks
  formTie(st, 0, 1, 0.5, 0.8, 0.7, ORIGIN_EVENT); // trust[0→1] = 0.8, trust[1→0] = 0.7
  formTie(st, 1, 2, 0.5, 0.5, 0.9, ORIGIN_EVENT); // trust[1→2] = 0.5, trust[2→1] = 0.9
  return st;
}

describe("introduce", () => {
  it("creates i–k with trust[i→k] = trust[i→j]·trust[j→k] and trust[k→i] = trust[k→j]·trust[j→i]", () => {
    const st = triangleOpen();
    introduce(st, { enabled: true, grantTrust: 0.5, newTieStrength: 0.3 }, stream(1, "introduce"), 1, Int32Array.of(0));
    expect(st.ties.has(0, 2)).toBe(true);
    expect(trustIn(st, 0, 2)).toBeCloseTo(0.8 * 0.5, 12);
    expect(trustIn(st, 2, 0)).toBeCloseTo(0.9 * 0.7, 12);
    expect(st.ties.origin[st.ties.find(0, 2)]).toBe(ORIGIN_INTRODUCTION);
    expect(st.ties.strength[st.ties.find(0, 2)]).toBe(0.3);
  });

  it("the broker refuses when it trusts the asker less than grantTrust", () => {
    const st = triangleOpen();
    introduce(st, { enabled: true, grantTrust: 0.75, newTieStrength: 0.3 }, stream(1, "introduce"), 1, Int32Array.of(0));
    expect(st.ties.has(0, 2)).toBe(false);
  });

  it("an agent asks only ties it trusts at least introTrustMin", () => {
    const st = triangleOpen();
    st.strategies.introTrustMin[0] = 0.9; // trust[0→1] = 0.8 is too low
    introduce(st, { enabled: true, grantTrust: 0, newTieStrength: 0.3 }, stream(1, "introduce"), 1, Int32Array.of(0));
    expect(st.ties.has(0, 2)).toBe(false);
  });

  it("does nothing when disabled", () => {
    const st = triangleOpen();
    introduce(st, { enabled: false, grantTrust: 0, newTieStrength: 0.3 }, stream(1, "introduce"), 1, Int32Array.of(0));
    expect(st.ties.has(0, 2)).toBe(false);
  });
});
