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
    honesty: 1.0,
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
    honesty: 0.2,
    patience: 0,
  },
} as const satisfies Record<string, StrategyParams>;
