/**
 * The strategies of a run as typed columns (docs/ODD.md §2 Entities): strategy s's parameter p
 * is `table.p[s]`, so the step loop reads a number from a typed array instead of
 * looking a name up in an object. Strategy indices follow the names in sorted order,
 * which is also the order of the per-strategy observation rows.
 */
import type { StrategyParams } from "../scenario/schema.js";
import { ModelError } from "../errors.js";
import { honestyLaw, type HonestyLaw } from "./honesty.js";

/** How a reshare is scored: relevance to the reader × quality, or the author's popularity. */
export const SHARE_RELEVANCE = 0;
export const SHARE_POPULARITY = 1;
/** Why a newly seen author is followed. */
export const FOLLOW_VALUE = 0;
export const FOLLOW_POPULARITY = 1;
/** How a new follower is answered. */
export const BACK_RELEVANCE = 0;
export const BACK_ALWAYS = 1;
export const BACK_NEVER = 2;

export interface StrategyTable {
  readonly names: readonly string[];
  readonly postRate: Float64Array;
  readonly share: Uint8Array;
  readonly shareThreshold: Float64Array;
  readonly maxSharesPerStep: Int32Array;
  readonly follow: Uint8Array;
  readonly followBack: Uint8Array;
  readonly introRate: Float64Array;
  readonly introTrustMin: Float64Array;
  readonly eventRate: Float64Array;
  /** Each strategy's honesty distribution (honesty.ts); agents draw their own. */
  readonly honesty: readonly HonestyLaw[];
  readonly patience: Int32Array;
}

/**
 * Builds the table for the strategies named in `names` (sorted here).
 * @throws ModelError if a name has no resolved parameters
 */
export function strategyTable(names: readonly string[], resolved: Readonly<Record<string, StrategyParams>>): StrategyTable {
  const sorted = [...names].sort();
  const k = sorted.length;
  const t: StrategyTable = {
    names: sorted,
    postRate: new Float64Array(k),
    share: new Uint8Array(k),
    shareThreshold: new Float64Array(k),
    maxSharesPerStep: new Int32Array(k),
    follow: new Uint8Array(k),
    followBack: new Uint8Array(k),
    introRate: new Float64Array(k),
    introTrustMin: new Float64Array(k),
    eventRate: new Float64Array(k),
    honesty: [],
    patience: new Int32Array(k),
  };
  sorted.forEach((name, s) => {
    const p = resolved[name];
    if (!p) throw new ModelError(`unknown strategy '${name}' (known: ${Object.keys(resolved).sort().join(", ")})`);
    t.postRate[s] = p.postRate;
    t.share[s] = p.share === "relevance" ? SHARE_RELEVANCE : SHARE_POPULARITY;
    t.shareThreshold[s] = p.shareThreshold;
    t.maxSharesPerStep[s] = p.maxSharesPerStep;
    t.follow[s] = p.follow === "value" ? FOLLOW_VALUE : FOLLOW_POPULARITY;
    t.followBack[s] = p.followBack === "relevance" ? BACK_RELEVANCE : p.followBack === "always" ? BACK_ALWAYS : BACK_NEVER;
    t.introRate[s] = p.introRate;
    t.introTrustMin[s] = p.introTrustMin;
    t.eventRate[s] = p.eventRate;
    (t.honesty as HonestyLaw[])[s] = honestyLaw(p.honesty);
    t.patience[s] = p.patience;
  });
  return t;
}
