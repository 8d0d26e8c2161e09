/**
 * The two verdicts on an agent (docs/MODEL.md §4 Trust), kept apart by their causes:
 *
 * - **distrusted** from the first step at which the mean trust its ties place in it
 *   falls below `distrusted` — whatever lowered it: low-value content as much as
 *   detected deception;
 * - **unmasked** from the first step at which at least a share `unmaskedShare` of its
 *   ties know of a detected self-interested act by it (they detected one, or believed
 *   gossip about one; exposure.ts). Without detection (`mechanisms.trust.detection`
 *   0, or honesty 1) nobody is ever unmasked, however low its trust.
 *
 * Both are measurements: they are checked at the end of every step, even with the trust
 * mechanism off, change nothing in anyone's behaviour, and stick once reached. Agents
 * without ties are not judged.
 */
import type { ModelState } from "./state.js";
import { meanTrustReceived } from "./relations.js";

/**
 * Records this step's verdicts.
 * @param back - TieStore.mirrorsAndBack().back: per tie slot, the trust placed in its owner
 */
export function judge(state: ModelState, back: Float64Array, distrusted: number, unmaskedShare: number, step: number): void {
  const { ties, tallies, exposure } = state;
  for (let i = 0; i < state.n; i++) {
    if (ties.count[i] === 0) continue;
    if ((tallies.distrustedStep[i] as number) < 0 && meanTrustReceived(ties, back, i) < distrusted) tallies.distrustedStep[i] = step;
    if ((tallies.unmaskedStep[i] as number) < 0 && exposure.exposed(i) && exposure.shareOfTies(ties, i) >= unmaskedShare) {
      tallies.unmaskedStep[i] = step;
    }
  }
}
