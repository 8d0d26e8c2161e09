/** Shared shapes of the sensitivity module. */

/** One index of one parameter: its estimate and bootstrap interval (NaN where undefined). */
export interface IndexEstimate {
  /** Parameter position in the design's parameter list. */
  readonly parameter: number;
  /** mu, mu_star, sigma (Morris) or S1, ST (Sobol'). */
  readonly index: string;
  readonly estimate: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}
