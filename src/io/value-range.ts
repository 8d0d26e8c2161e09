/** The range of values a quantity can take, which confidence intervals are clipped to. */
/** The values a quantity can take (a share: [0, 1]; a count or distance: [0, ∞)). */
export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

export const UNBOUNDED: ValueRange = { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
