/**
 * The built-in sharing strategies' parameters (docs/ODD.md §2 Entities), as plain
 * data. Apart from the schema so that the model can read them without loading zod.
 */
import type { StrategyParams } from "./schema.js";

export const BUILTIN_STRATEGIES = {
  authentic: {
    postRate: 0.3,
    share: "relevance",
    shareThreshold: 0.5,
    maxSharesPerStep: 2,
    follow: "value",
    followBack: "relevance",
    introRate: 0.02,
    introTrustMin: 0.6,
    eventRate: 0.5,
    // A choice, not a measurement: authentic agents share what they value but not
    // always (1 act in 20 self-interested on average, a few near 0.8).
    honesty: { mean: 0.95, sd: 0.05 },
    patience: 0,
  },
  opportunistic: {
    postRate: 0.8,
    share: "popularity",
    shareThreshold: 0.0,
    maxSharesPerStep: 10,
    follow: "popularity",
    followBack: "always",
    introRate: 0.1,
    introTrustMin: 0.0,
    eventRate: 0.5,
    honesty: { mean: 0.2, sd: 0.1 },
    patience: 0,
  },
} as const satisfies Record<string, StrategyParams>;
