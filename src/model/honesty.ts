/**
 * Honesty per agent (docs/MODEL.md §1 Agents; §4 Trust): the probability that an act of
 * the agent is genuine. A strategy gives its honesty as a distribution, `{ mean, sd }`
 * (or a bare number: every agent of the strategy has it), and each agent draws its own
 * from Beta(α, β) with that mean and standard deviation (method of moments:
 * ν = mean(1 − mean)/sd² − 1, α = mean·ν, β = (1 − mean)·ν), so no strategy is
 * undetectable by construction unless it asks for honesty 1 exactly.
 *
 * Draws come from the "honesty" stream, one Beta draw per agent of a strategy with
 * sd > 0, in agent id order: adding the draw shifts no other mechanism's draws.
 */
import { beta } from "../random/draw.js";
import type { Rng } from "../random/streams.js";
import { ModelError } from "../errors.js";

/** A strategy's honesty distribution. */
export interface HonestyLaw {
  readonly mean: number;
  readonly sd: number;
}

/** The distribution a strategy's `honesty` field gives: a bare number has sd 0. */
export function honestyLaw(h: number | HonestyLaw): HonestyLaw {
  return typeof h === "number" ? { mean: h, sd: 0 } : h;
}

/**
 * Beta(α, β) with the given mean and standard deviation.
 * @throws ModelError unless 0 < mean < 1 and 0 < sd² < mean(1 − mean)
 */
export function betaFromMoments(mean: number, sd: number): { alpha: number; beta: number } {
  const v = mean * (1 - mean);
  if (!(mean > 0 && mean < 1 && sd > 0 && sd * sd < v)) {
    throw new ModelError(`a Beta distribution needs 0 < mean < 1 and 0 < sd < √(mean(1 − mean)) (mean = ${mean}, sd = ${sd})`);
  }
  const nu = v / (sd * sd) - 1;
  return { alpha: mean * nu, beta: (1 - mean) * nu };
}

/**
 * Each agent's honesty, drawn from its strategy's law.
 * @param strategy - each agent's strategy index
 * @param laws - each strategy's law, by index
 */
export function drawHonesty(strategy: Uint8Array, laws: readonly HonestyLaw[], rng: Rng): Float64Array {
  const params = laws.map((l) => (l.sd > 0 ? betaFromMoments(l.mean, l.sd) : null));
  const out = new Float64Array(strategy.length);
  for (let i = 0; i < strategy.length; i++) {
    const s = strategy[i] as number;
    const law = laws[s] as HonestyLaw;
    const p = params[s];
    out[i] = p ? beta(rng, p.alpha, p.beta) : law.mean;
  }
  return out;
}
