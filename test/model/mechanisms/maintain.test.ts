/** Maintain: s ← 1 − (1 − s)(1 − r)^c with c interactions, s ← s(1 − decay) without; dissolution. */
import { describe, expect, it } from "vitest";
import { bareState } from "../state-helper.js";
import { maintain } from "../../../src/model/mechanisms/maintain.js";
import { follow, formTie, interact } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";

const params = { enabled: true, decay: 0.1, reinforcement: 0.2, minStrength: 0.05, unfollow: { enabled: false, window: 30, trustMin: 0, unmasked: false, every: 1 } };

describe("maintain", () => {
  it("reinforces per interaction (both sides counted) and decays idle ties", () => {
    const st = bareState(4);
    formTie(st, 0, 1, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    formTie(st, 2, 3, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    interact(st, 0, 1);
    interact(st, 1, 0); // c = 2
    maintain(st, params, 1);
    const s01 = 1 - 0.5 * 0.8 * 0.8;
    expect(st.ties.strength[st.ties.find(0, 1)]).toBeCloseTo(s01, 12);
    expect(st.ties.strength[st.ties.find(1, 0)]).toBeCloseTo(s01, 12);
    expect(st.ties.strength[st.ties.find(2, 3)]).toBeCloseTo(0.45, 12);
    maintain(st, params, 1); // touches were reset: now both decay
    expect(st.ties.strength[st.ties.find(0, 1)]).toBeCloseTo(s01 * 0.9, 12);
  });

  it("dissolves ties below minStrength, handing trust back to a surviving follow", () => {
    const st = bareState(3);
    follow(st, 0, 1, 0.3, 0);
    formTie(st, 0, 1, 0.055, 0.5, 0.5, ORIGIN_EVENT);
    maintain(st, params, 1); // 0.055 · 0.9 < 0.05
    expect(st.ties.has(0, 1)).toBe(false);
    expect(st.follows.follows(0, 1)).toBe(true);
  });

  it("disabled: strengths stay as they are", () => {
    const st = bareState(2);
    formTie(st, 0, 1, 0.5, 0.5, 0.5, ORIGIN_EVENT);
    maintain(st, { ...params, enabled: false }, 1);
    expect(st.ties.strength[st.ties.find(0, 1)]).toBe(0.5);
  });
});
