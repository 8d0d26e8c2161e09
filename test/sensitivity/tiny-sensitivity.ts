/** A tiny scenario with a Morris block for sensitivity tests: 12 points × 2 replicates, seconds to run. */
import { TINY } from "../experiment/tiny.js";

export const TINY_SENSITIVITY = {
  ...TINY,
  name: "tiny-sensitivity",
  sweep: {},
  mechanisms: { events: { enabled: false } },
  metrics: { every: 6, separation: { enabled: false }, search: { pairs: 20 } },
  output: { files: { timeseries: false, distances: false, opportunities: false, agents: false } },
  sensitivity: {
    method: "morris",
    trajectories: 3,
    levels: 4,
    bootstrap: 50,
    parameters: {
      "mechanisms.trust.detection": [0, 0.6],
      // Events are off: the model never reads this (the dummy).
      "mechanisms.events.minSimilarity": [0, 1],
      "network.attention": [5, 40],
    },
    outputs: ["all_trust_received_mean", "opportunistic_detections_received", "authentic_value_received_mean"],
    claims: { "authentic-trusted-more": "authentic_trust_received_mean > opportunistic_trust_received_mean" },
  },
};
