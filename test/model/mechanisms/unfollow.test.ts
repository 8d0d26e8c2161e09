/** Unfollowing (docs/MODEL.md "3.7 maintain"): follows that bring no value, lose trust or follow an unmasked author end. */
import { describe, expect, it } from "vitest";
import { bareState } from "../state-helper.js";
import { mean, row, runOnce } from "../../engine/run-helper.js";
import { small } from "../../engine/scenario-helper.js";
import { unfollow, type UnfollowParams } from "../../../src/model/mechanisms/unfollow.js";
import { follow, formTie } from "../../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../../src/model/ties.js";
import type { FollowStore } from "../../../src/model/follows.js";

const on: UnfollowParams = { enabled: true, window: 30, trustMin: 0.1, unmasked: true, every: 1 };

/** Every follow as "i>j", from the follow lists and, separately, from the follower lists. */
function edges(f: FollowStore): { out: string[]; in: string[] } {
  const out: string[] = [];
  const inn: string[] = [];
  for (let i = 0; i < f.n; i++) {
    for (const j of f.outOf(i)) out.push(`${i}>${j}`);
    for (const j of f.inOf(i)) inn.push(`${j}>${i}`);
  }
  return { out: out.sort(), in: inn.sort() };
}

describe("unfollow", () => {
  it("drops a follow useless for the window, keeps a recently useful one, and keeps follower lists consistent", () => {
    const st = bareState(5);
    for (const j of [1, 2, 3]) follow(st, 0, j, 0.5, 0);
    follow(st, 4, 2, 0.5, 0);
    st.follows.markUseful(0, 2, 20); // 2 brought value at step 20
    expect(unfollow(st, on, 29)).toBe(0); // 29 steps since step 0: not yet
    expect(unfollow(st, on, 30)).toBe(3); // 0→1, 0→3 and 4→2 are 30 steps old
    const e = edges(st.follows);
    expect(e.out).toEqual(["0>2"]);
    expect(e.in).toEqual(e.out);
    expect(st.follows.total).toBe(1);
    expect(st.tallies.unfollows[0]).toBe(2);
    expect(st.tallies.unfollows[4]).toBe(1);
    expect(unfollow(st, { ...on, enabled: false }, 100)).toBe(0);
  });

  it("drops a distrusted author, with the trust read from the tie when there is one", () => {
    const st = bareState(4);
    follow(st, 0, 1, 0.05, 0); // follow trust below trustMin
    follow(st, 0, 2, 0.5, 0);
    follow(st, 0, 3, 0.5, 0);
    formTie(st, 0, 3, 0.5, 0.5, 0.5, ORIGIN_EVENT); // trust in 3 now on the tie
    st.ties.trust[st.ties.find(0, 3)] = 0.01;
    expect(unfollow(st, on, 1)).toBe(2);
    expect(edges(st.follows).out).toEqual(["0>2"]);
  });

  it("drops an unmasked author (and not when the rule is off)", () => {
    const st = bareState(3);
    follow(st, 0, 1, 0.9, 0);
    follow(st, 2, 1, 0.9, 0);
    follow(st, 0, 2, 0.9, 0);
    st.tallies.unmaskedStep[1] = 3;
    expect(unfollow(st, { ...on, unmasked: false }, 4)).toBe(0);
    expect(unfollow(st, on, 4)).toBe(2);
    const e = edges(st.follows);
    expect(e.out).toEqual(["0>2"]);
    expect(e.in).toEqual(e.out);
    expect(st.follows.inLen[1]).toBe(0);
  });

  it("in whole runs, unfollowing lowers the follows held and reports its unfollows", () => {
    const run = (enabled: boolean) =>
      [1, 2].map((seed) =>
        runOnce(small({ steps: 60, network: { regime: "amplified" }, metrics: { every: 30 }, mechanisms: { maintain: { unfollow: { enabled } } } }), seed),
      );
    const off = run(false);
    const onRuns = run(true);
    const follows = (rs: typeof off) => mean(rs.map((r) => row(r.final, "all").followsMean));
    expect(follows(onRuns)).toBeLessThan(follows(off));
    expect(mean(onRuns.map((r) => row(r.final, "all").unfollowsMean))).toBeGreaterThan(0);
    expect(mean(off.map((r) => row(r.final, "all").unfollowsMean))).toBe(0);
  });
});

describe("unfollow reviews", () => {
  it("with every = 3, agent i reviews at the steps t with (t + i) mod 3 = 0", () => {
    const reviewedAt = (i: number) => {
      const st = bareState(4);
      follow(st, i, (i + 1) % 4, 0.9, 0);
      st.tallies.unmaskedStep[(i + 1) % 4] = 0;
      for (let t = 1; t <= 6; t++) if (unfollow(st, { ...on, every: 3 }, t) > 0) return t;
      return -1;
    };
    expect([0, 1, 2, 3].map(reviewedAt)).toEqual([3, 2, 1, 3]);
  });
});
