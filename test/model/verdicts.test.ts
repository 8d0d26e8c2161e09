/** The two verdicts (docs/MODEL.md §4 Trust): distrusted by trust received, unmasked by known detections. */
import { describe, expect, it } from "vitest";
import { bareState } from "./state-helper.js";
import { judge } from "../../src/model/verdicts.js";
import { formTie } from "../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../src/model/ties.js";
import { trust } from "../../src/model/mechanisms/trust.js";
import { stream } from "../../src/random/streams.js";

/** Agent 0 with ties to 1..4; trust[k→0] = inward[k−1], trust[0→k] = 0.9. */
function star(inward: readonly number[]) {
  const st = bareState(5);
  inward.forEach((t, k) => formTie(st, 0, k + 1, 0.5, 0.9, t, ORIGIN_EVENT));
  return st;
}

const judgeAt = (st: ReturnType<typeof star>, step: number, distrusted = 0.3, unmaskedShare = 0.5, memory = 0) =>
  judge(st, st.ties.mirrorsAndBack().back, { distrusted, unmaskedShare, memory }, step);

describe("distrusted", () => {
  it("from the first step the mean trust received is below the threshold, and it sticks", () => {
    const st = star([0.2, 0.2, 0.3, 0.3]); // mean 0.25
    judgeAt(st, 7);
    expect(st.tallies.distrustedStep[0]).toBe(7);
    expect(st.tallies.unmaskedStep[0]).toBe(-1); // low trust alone never unmasks
    judgeAt(st, 9);
    expect(st.tallies.distrustedStep[0]).toBe(7);
  });

  it("not at a mean of exactly the threshold or above", () => {
    const st = star([0.3, 0.3, 0.3, 0.3]);
    judgeAt(st, 1);
    expect(st.tallies.distrustedStep[0]).toBe(-1);
  });
});

describe("unmasked", () => {
  it("when at least the given share of its ties know of a detected self-interested act, whatever its trust", () => {
    const st = star([0.9, 0.9, 0.9, 0.9]);
    st.exposure.learn(1, 0);
    judgeAt(st, 3);
    expect(st.tallies.unmaskedStep[0]).toBe(-1); // 1 of 4 ties know
    st.exposure.learn(2, 0);
    judgeAt(st, 4);
    expect(st.tallies.unmaskedStep[0]).toBe(4); // 2 of 4
    expect(st.tallies.distrustedStep[0]).toBe(-1); // trust is high
  });

  it("only knowledge learned within the last `memory` steps counts", () => {
    const knownAt10And20 = () => {
      const st = star([0.9, 0.9, 0.9, 0.9]);
      st.exposure.now = 10;
      st.exposure.learn(1, 0);
      st.exposure.now = 20;
      st.exposure.learn(2, 0);
      return st;
    };
    const late = knownAt10And20();
    judgeAt(late, 40, 0.3, 0.5, 30); // window 11..40: only 2's knowledge (1 of 4)
    expect(late.tallies.unmaskedStep[0]).toBe(-1);
    const inTime = knownAt10And20();
    judgeAt(inTime, 39, 0.3, 0.5, 30); // window 10..39: both (2 of 4)
    expect(inTime.tallies.unmaskedStep[0]).toBe(39);
    const forever = star([0.9, 0.9, 0.9, 0.9]);
    forever.exposure.learn(1, 0);
    forever.exposure.learn(2, 0);
    judgeAt(forever, 1000, 0.3, 0.5, 0); // memory 0: never forgotten
    expect(forever.tallies.unmaskedStep[0]).toBe(1000);
  });

  it("knowers that are not its ties do not count; share 0 still needs one tie that knows", () => {
    const st = star([0.9, 0.9, 0.9, 0.9]);
    st.exposure.learn(1, 2); // agent 1 knows about agent 2, not about 0
    judgeAt(st, 1, 0.3, 0);
    expect(st.tallies.unmaskedStep[0]).toBe(-1);
    expect(st.tallies.unmaskedStep[2]).toBe(-1); // 2 has no ties: not judged
    st.exposure.learn(3, 0);
    judgeAt(st, 2, 0.3, 0);
    expect(st.tallies.unmaskedStep[0]).toBe(2);
  });

  it("a detection and the gossip about it make the detector and the believers know", () => {
    // Actor 0 tied to 1..4; 1 detects 0 and is tied to 2 and 3, which trust 1.
    const st = star([0.9, 0.9, 0.9, 0.9]);
    formTie(st, 1, 2, 0.5, 0.9, 0.9, ORIGIN_EVENT);
    formTie(st, 1, 3, 0.5, 0.9, 0.9, ORIGIN_EVENT);
    st.exposure.learn(1, 0); // what acts.ts records on a detection
    st.detections.push(1, 0);
    trust(st, { enabled: true, penalty: 0.8, gossip: 1, gossipPenalty: 0.5, gossipTrustMin: 0.5, gossipOnce: true, distrusted: 0, unmaskedShare: 0.75, memory: 0 }, stream(1, "trust"), 5);
    expect(st.tallies.unmaskedStep[0]).toBe(5); // 1, 2, 3 of 4 ties know
    expect(st.exposure.tiesKnowing(st.ties, 0, 0)).toBe(3);
  });
});
