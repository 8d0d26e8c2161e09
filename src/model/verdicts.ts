/**
 * The two verdicts on an agent (docs/MODEL.md §4 Trust), kept apart by their causes:
 *
 * - **distrusted** from the first step at which the mean trust its ties place in it
 *   falls below `distrusted` — whatever lowered it: low-value content as much as
 *   detected deception;
 * - **unmasked** from the first step at which at least a share `unmaskedShare` of its
 *   ties know of a detected self-interested act by it (they detected one, or believed
 *   gossip about one; exposure.ts) learned in the last `memory` steps (0: ever), so
 *   that a pattern of detected deception unmasks, not one lapse long ago; at least one
 *   tie must know (so `unmaskedShare` 0 unmasks at the first such tie). Without detection (`mechanisms.trust.detection`
 *   0, or honesty 1) nobody is ever unmasked, however low its trust.
 *
 * Both are measurements: they are checked at the end of every step, even with the trust
 * mechanism off, change nothing in anyone's behaviour, and stick once reached. Agents
 * without ties are not judged.
 */
import type { ModelState } from "./state.js";
import { meanTrustReceived } from "./relations.js";

/** The thresholds of the verdicts (mechanisms.trust). */
export interface VerdictRules {
  /** Distrusted below this mean trust received. */
  readonly distrusted: number;
  /** Unmasked when at least this share of one's ties know of one's detected deception… */
  readonly unmaskedShare: number;
  /** …learned in the last this many steps (0: ever). */
  readonly memory: number;
}

/**
 * Records this step's verdicts.
 * @param back - TieStore.mirrorsAndBack().back: per tie slot, the trust placed in its owner
 */
export function judge(state: ModelState, back: Float64Array, rules: VerdictRules, step: number): void {
  const { ties, tallies, exposure } = state;
  const { distrusted, unmaskedShare } = rules;
  const since = rules.memory > 0 ? step - rules.memory + 1 : -Infinity;
  for (let i = 0; i < state.n; i++) {
    if (ties.count[i] === 0) continue;
    if ((tallies.distrustedStep[i] as number) < 0 && meanTrustReceived(ties, back, i) < distrusted) tallies.distrustedStep[i] = step;
    if ((tallies.unmaskedStep[i] as number) >= 0) continue;
    // Knowers counted over all relations bound those among the ties: skip the tie scan
    // when even they are too few (most agents, most steps).
    const need = Math.max(1, unmaskedShare * (ties.count[i] as number));
    if (exposure.recent(i, since) >= need && exposure.tiesKnowing(ties, i, since) >= need) {
      tallies.unmaskedStep[i] = step;
    }
  }
}
