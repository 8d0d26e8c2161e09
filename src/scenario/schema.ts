/**
 * The scenario schema: one zod definition yields the validator, the TypeScript
 * type (`Scenario`), the defaults (`DEFAULTS = parse({})`) and the JSON Schema that
 * `netvalue schema` prints. Every field has a default, so a scenario states only
 * what differs. Each field's `.describe()` text is its reference documentation
 * (README "Scenario reference" is kept in step with it by a test).
 *
 * Cross-field rules (shares summing to 1, strategy names, Dunbar layers) live in
 * `refine.ts`, which runs after this schema has parsed the shapes.
 */
import { z } from "zod";
import { GENERATOR_NAMES } from "../graph/generator-spec.js";
import { BUILTIN_STRATEGIES } from "./builtin-strategies.js";

const probability = (what: string) => z.number().min(0).max(1).describe(what);
const positiveInt = (what: string) => z.number().int().min(1).describe(what);
const nonNegativeInt = (what: string) => z.number().int().min(0).describe(what);

/** The strategy-parameter names and their types (docs/ODD.md §2 Entities). */
export const strategyParamsSchema = z.strictObject({
  postRate: probability("Probability of posting own content each step."),
  share: z
    .enum(["relevance", "popularity"])
    .describe("What drives a reshare: relevance to me × quality, or the author's follower count (normalised)."),
  shareThreshold: probability("Minimum score (in [0,1]) to reshare."),
  maxSharesPerStep: nonNegativeInt("At most this many reshares per step."),
  follow: z
    .enum(["value", "popularity"])
    .describe("Follow a newly seen author for the value it brings me, or for its audience (follow-for-follow-back)."),
  followBack: z
    .enum(["relevance", "always", "never"])
    .describe("How to answer a new follower: follow back if relevant to me, always, or never."),
  introRate: probability("Probability per step of asking a contact for an introduction."),
  introTrustMin: probability("Ask only contacts I trust at least this much."),
  eventRate: probability("Probability of attending a matching event."),
  honesty: z
    .union([
      probability("The same honesty for every agent of the strategy."),
      z
        .strictObject({
          mean: probability("Mean honesty of the strategy's agents."),
          sd: z.number().min(0).max(0.5).default(0).describe("Standard deviation across agents (0: all equal)."),
        })
        .refine((h) => h.sd === 0 || (h.mean > 0 && h.mean < 1 && h.sd * h.sd < h.mean * (1 - h.mean)), {
          message: "sd must be 0, or mean in (0, 1) and sd < √(mean(1 − mean)) (a Beta distribution with that mean and sd)",
        }),
    ])
    .describe(
      "Probability that a given act is genuine (the rest is self-interested and can be detected): each agent draws its own from Beta with this { mean, sd }; a bare number is sd 0.",
    ),
  patience: nonNegativeInt("Steps spent only reading before acting."),
});
export type StrategyParams = z.infer<typeof strategyParamsSchema>;

export { BUILTIN_STRATEGIES };
export type BuiltinStrategy = keyof typeof BUILTIN_STRATEGIES;

/** A user-defined strategy: a base to extend plus the parameters it overrides. */
export const userStrategySchema = strategyParamsSchema.partial().extend({
  extends: z.string().min(1).describe("The strategy this one extends: a built-in (authentic, opportunistic) or another user strategy."),
});
export type UserStrategy = z.infer<typeof userStrategySchema>;

/** The initial-network generators (src/model/network) and `file`. */
export const GENERATORS = [...GENERATOR_NAMES, "file"] as const;

const initialSchema = z
  .discriminatedUnion("generator", [
    z.strictObject({
      generator: z.literal("connected-caveman"),
      groupSize: z.number().int().min(2).default(20).describe("Agents per cave (the last group takes the remainder)."),
    }),
    z.strictObject({
      generator: z.literal("watts-strogatz"),
      k: z.number().int().min(2).default(10).describe("Lattice degree (even)."),
      p: probability("Rewiring probability.").default(0.1),
    }),
    z.strictObject({
      generator: z.literal("erdos-renyi"),
      meanDegree: z.number().min(0).default(10).describe("Expected degree."),
    }),
    z.strictObject({
      generator: z.literal("barabasi-albert"),
      m: z.number().int().min(1).default(5).describe("Edges per new node."),
    }),
    z.strictObject({
      generator: z.literal("stochastic-block"),
      blockSize: z.number().int().min(1).default(20).describe("Agents per block (community): round(N / blockSize) blocks, at least 1. Replaced by `blocks` when given."),
      degreeIn: z.number().min(0).default(15).describe("Expected ties within one's own block: pIn = degreeIn / (mean block size − 1), at most 1. Replaced by `pIn` when given."),
      degreeOut: z.number().min(0).default(2).describe("Expected ties to other blocks: pOut = degreeOut / (N − mean block size), at most 1. Replaced by `pOut` when given."),
      blocks: z.number().int().min(1).optional().describe("Old form: a fixed number of equal-sized blocks whatever N (blocks then grow with N)."),
      pIn: probability("Old form: edge probability within a block (degree then grows with block size).").optional(),
      pOut: probability("Old form: edge probability between blocks (degree then grows with N).").optional(),
    }),
    z.strictObject({ generator: z.literal("karate-club") }),
    z.strictObject({ generator: z.literal("florentine-families") }),
    z.strictObject({ generator: z.literal("empty") }),
    z.strictObject({
      generator: z.literal("file"),
      path: z.string().min(1).describe("Graph file (edge list, .gexf, .graphml), relative to the scenario file."),
      format: z.enum(["auto", "edgelist", "gexf", "graphml"]).default("auto").describe("File format; auto picks by extension."),
    }),
  ])
  .describe("The offline world before step 0: a generator with its shape parameters, or a graph file.");
export type InitialNetwork = z.infer<typeof initialSchema>;

/** How an opportunity's holder picks the next hop (src/model/mechanisms/opportunities.ts). */
export const ROUTINGS = ["trust-gated", "strength", "relevance"] as const;
export type Routing = (typeof ROUTINGS)[number];

export const LAYERS = ["ties", "social", "trusted"] as const;
export type Layer = (typeof LAYERS)[number];
const layerSchema = z.enum(LAYERS);

export const SEPARATION_METHODS = ["auto", "exact", "sample", "hyperanf"] as const;

const agentsSchema = z.strictObject({
  count: positiveInt("Number of agents N (ids 0..N-1). A graph file fixes it.").default(500),
  topics: positiveInt("Number of topics K.").default(12),
  interests: z
    .strictObject({
      min: positiveInt("Fewest topics per agent.").default(1),
      max: positiveInt("Most topics per agent (one is always its community's).").default(3),
    })
    .prefault({})
    .describe("How many topics each agent's interest vector spans."),
  strategies: z
    .record(z.string(), z.number().min(0).max(1))
    .default({ authentic: 0.8, opportunistic: 0.2 })
    .describe("Strategy name → share of agents; shares sum to 1. A sweep or --set of one share rescales the others."),
  quality: z
    .strictObject({
      alpha: z.number().positive().default(2).describe("Beta distribution α."),
      beta: z.number().positive().default(2).describe("Beta distribution β."),
    })
    .prefault({})
    .describe("Distribution of agent quality: Beta(α, β)."),
});

const networkSchema = z.strictObject({
  regime: z
    .enum(["dunbar", "amplified"])
    .default("amplified")
    .describe("dunbar: stable ties only, no follows, no discovery; amplified: follows, reshares reach followers, discovery."),
  initial: initialSchema.prefault({ generator: "stochastic-block" }),
  initialStrength: z.number().gt(0).max(1).default(0.5).describe("Strength of initial ties, in (0,1]."),
  initialTrust: probability("Trust on each side of an initial tie.").default(0.6),
  dunbar: z
    .strictObject({
      capacity: positiveInt("Most stable ties per agent.").default(150),
      layers: z
        .array(positiveInt("Layer size."))
        .min(1)
        .default([5, 15, 50, 150])
        .describe("Nominal cumulative layer sizes (Zhou et al. 2005), increasing, the last ≤ capacity. Only their number is used: each agent's ties are clustered by strength into that many layers, whose sizes are measured, not imposed."),
    })
    .prefault({})
    .describe("The cognitive cap on stable ties (Dunbar 1993)."),
  followCap: nonNegativeInt("Most follows per agent (amplified regime).").default(5000),
  discoveryRate: probability("Probability per step that an agent finds a stranger by topic search (amplified regime).").default(0.05),
  reshareReach: z
    .enum(["ties", "followers"])
    .default("followers")
    .describe("Who sees a reshare: the resharer's ties only, or also its followers (amplified regime)."),
  attention: positiveInt("Most items an agent reads per step.").default(30),
});

const enabled = z.boolean().default(true).describe("Switch the mechanism on or off.");

const mechanismsSchema = z.strictObject({
  post: z
    .strictObject({
      enabled,
      qualityNoise: z.number().min(0).default(0.1).describe("SD of a post's quality around its author's quality (clipped to [0,1])."),
    })
    .prefault({})
    .describe("Agents post own content."),
  deliver: z.strictObject({ enabled }).prefault({}).describe("Posts and reshares reach inboxes; each agent reads at most `network.attention` items."),
  react: z
    .strictObject({
      enabled,
      followRate: probability("Scale of the chance to follow a newly seen author: p = followRate × the strategy's follow score.").default(0.1),
    })
    .prefault({})
    .describe("Readers update trust, reshare, follow and follow back."),
  introduce: z
    .strictObject({
      enabled,
      grantTrust: probability("A contact introduces only if it trusts the asker at least this much.").default(0.5),
    })
    .prefault({})
    .describe("Agents ask trusted ties for introductions (transitive, discounted trust)."),
  events: z
    .strictObject({
      enabled,
      every: positiveInt("Steps between event rounds.").default(30),
      perAgent: z.number().min(0).default(0.01).describe("Events per round per agent: perAgent × N events a round, a fractional part rounded up with that probability (stream events). Replaced by `count` when given."),
      count: nonNegativeInt("Old form: events per round in total, whatever N (not size-comparable).").optional(),
      minPerTopic: nonNegativeInt("Events every topic holds at least, each round (0: none). With 1 (default), attendance per agent does not fall in worlds too small for perAgent × N to cover every topic.").default(1),
      minSimilarity: probability("Least similarity to the event's topic to consider attending.").default(0.5),
      meetings: nonNegativeInt("Others each attendee meets.").default(3),
      preferKnown: probability("Probability a meeting goes to someone the attendee follows or is followed by, when one attends.").default(0.8),
      trust: probability("Trust on each side of a tie created at an event.").default(0.5),
    })
    .prefault({})
    .describe("Topic events where attendees meet in person."),
  opportunities: z
    .strictObject({
      enabled,
      perAgent: z.number().min(0).default(0.01).describe("Mean opportunities arising per agent and step: Poisson(perAgent × N) a step. Replaced by `rate` when given."),
      rate: z.number().min(0).optional().describe("Old form: mean opportunities per step in total, whatever N (not size-comparable)."),
      routing: z
        .enum(ROUTINGS)
        .default("trust-gated")
        .describe(
          "How a holder picks the next hop: trust-gated (the contact most similar to the topic among those trusted ≥ trustMin), strength (the tie with the highest strength × similarity, no trust gate), relevance (the contact most similar to the topic, no trust gate).",
        ),
      trustMin: probability("A holder passes only to contacts it trusts at least this much (routing trust-gated).").default(0.3),
      attrition: probability(
        "Drop-out probability per hop after the first: 0.64 from Dodds, Muhamad & Watts (2003), 384 of 24,163 chains completed at a mean 4.05 steps, s^4.05 = 384/24163, s = 0.36.",
      ).default(0.64),
      match: probability("Least similarity to the topic for a holder to take the opportunity.").default(0.7),
      maxHops: positiveInt("Lost after this many hops.").default(10),
    })
    .prefault({})
    .describe("Opportunities travel greedy referral chains through contacts, with attrition; `routing` picks the next hop (through trusted contacts by default)."),
  maintain: z
    .strictObject({
      enabled,
      decay: probability("Tie strength lost per step without interaction (multiplicative).").default(0.01),
      reinforcement: probability("Strength gained on an interaction: s ← s + r(1 − s).").default(0.1),
      minStrength: probability("Ties weaker than this dissolve.").default(0.05),
      newTieStrength: z.number().gt(0).max(1).default(0.3).describe("Strength of a tie created by a meeting or an introduction (discovery makes follows, not ties)."),
      unfollow: z
        .strictObject({
          enabled,
          window: positiveInt("A follow is dropped when its author has brought no value (content of positive relevance, an opportunity) for this many steps.").default(30),
          trustMin: probability("A follow is dropped when the follower's trust in its author falls below this (0: never for trust).").default(0.1),
          unmasked: z.boolean().default(true).describe("Followers drop an author once it is unmasked."),
          every: positiveInt("Steps between an agent's reviews of its follows (agents staggered by id).").default(7),
        })
        .prefault({})
        .describe("Unfollowing (Kwak, Chun & Moon 2011): follows, follow-backs included, end when they bring no value, lose trust or follow an unmasked author."),
    })
    .prefault({})
    .describe("Decay, reinforcement, dissolution, Dunbar capacity, follow cap and unfollowing."),
  trust: z
    .strictObject({
      enabled,
      learningRate: probability("η in t ← t + η(relevance − t).").default(0.1),
      detection: probability("Probability a self-interested act is detected by the agent it touches.").default(0.1),
      penalty: probability("Detection cuts trust: t ← t(1 − penalty).").default(0.8),
      gossip: probability("Probability the detector tells each of its trusting ties.").default(0.3),
      gossipPenalty: probability("Fraction of the penalty a told tie applies.").default(0.5),
      distrusted: probability("An agent is distrusted from the first step the mean trust its ties place in it falls below this, whatever the cause.").default(0.3),
      unmaskedShare: probability(
        "An agent is unmasked from the first step at least this share of its ties (and at least one) know of a detected self-interested act by it (detected it or believed gossip about it) within the last `memory` steps.",
      ).default(0.5),
      memory: nonNegativeInt(
        "Steps a detection or believed gossip counts toward unmasking (the knowledge of the ties in unmaskedShare); 0: never forgotten.",
      ).default(30),
      gossipTrustMin: probability("A detector's tie hears its gossip only if it trusts the detector at least this much.").default(0.5),
      gossipOnce: z
        .boolean()
        .default(true)
        .describe("A detector gossips about an actor once a step however many of its acts it detected in that step (false: once per detection)."),
    })
    .prefault({})
    .describe("Trust from value experienced, detection, gossip; the distrusted and unmasked verdicts (Nowak & Sigmund 1998)."),
});

const metricsSchema = z.strictObject({
  every: positiveInt("Observe every this many steps (and at the end).").default(30),
  layers: z.array(layerSchema).min(1).default(["ties", "social", "trusted"]).describe("Layers measured for structure."),
  trustThreshold: probability("A tie is in the trusted layer when trust is at least this both ways.").default(0.5),
  weakTieBelow: probability("A tie weaker than this is weak (Granovetter 1973) in the weak/strong shares of referral-chain hops; a follow without a tie is always weak.").default(0.5),
  separation: z
    .strictObject({
      enabled,
      layers: z.array(layerSchema).min(1).default(["ties", "social", "trusted"]).describe("Layers measured for separation."),
      method: z.enum(SEPARATION_METHODS).default("auto").describe("exact, sample (k sources, 95% CI), hyperanf, or auto by size."),
      samples: positiveInt("Source nodes for the sample method.").default(200),
      registers: z.number().int().min(4).max(12).default(6).describe("HyperANF: log2 of registers per node (b); 2^b registers per node, relative standard error 1.04/√2^b."),
    })
    .prefault({})
    .describe("Degrees of separation (docs/ODD.md §4 observation: separation)."),
  search: z
    .strictObject({
      enabled,
      pairs: positiveInt("Random source–target pairs for greedy routing.").default(200),
      attrition: probability("Drop-out probability per hop.").default(0),
      maxHops: positiveInt("Chains longer than this fail.").default(20),
    })
    .prefault({})
    .describe("Milgram-style decentralized search by interest similarity."),
  louvain: z.boolean().default(false).describe("Also compute Louvain modularity (slower)."),
});

const outputSchema = z.strictObject({
  dir: z.string().min(1).default("results").describe("Results go to <dir>/<name>/."),
  graph: z.enum(["none", "gexf", "graphml"]).default("none").describe("Write each replicate's final network in this format."),
  files: z
    .strictObject({
      timeseries: z.boolean().default(true).describe("timeseries.csv: one row per replicate × step × strategy."),
      timeseriesLong: z
        .boolean()
        .default(false)
        .describe("timeseries-long.csv: the time series in long form, one row per replicate × step × strategy × layer × metric (`--long`)."),
      summary: z.boolean().default(true).describe("summary.csv: one row per replicate (final values and sweep parameters)."),
      distances: z.boolean().default(true).describe("distances.csv: one row per replicate × layer × hop count."),
      opportunities: z.boolean().default(true).describe("opportunities.csv: one row per opportunity."),
      agents: z.boolean().default(true).describe("agents.csv: one row per agent at the end of a replicate."),
    })
    .prefault({})
    .describe("Which CSV files to write."),
});

export const SENSITIVITY_METHODS = ["morris", "sobol"] as const;

const sensitivitySchema = z
  .strictObject({
    method: z
      .enum(SENSITIVITY_METHODS)
      .default("morris")
      .describe("morris: elementary effects (screening, r·(k+1) points); sobol: first-order and total indices (N·(k+2) points)."),
    trajectories: positiveInt("Morris: number of trajectories r.").default(10),
    levels: z.number().int().min(2).default(4).describe("Morris: grid levels p (even; the step is p / (2(p − 1)) of each range)."),
    candidates: nonNegativeInt("Morris: draw this many trajectories and keep the r most spread out (Campolongo et al. 2007); 0 keeps the first r.").default(0),
    samples: positiveInt("Sobol: base sample size N (a power of 2 is best); N·(k+2) points.").default(256),
    bootstrap: nonNegativeInt("Resamples for the 95% percentile confidence intervals (0: no intervals).").default(1000),
    parameters: z
      .record(z.string(), z.tuple([z.number(), z.number()]))
      .describe("Dotted scenario path → [low, high], sampled uniformly; integer fields stay integers (rounded)."),
    outputs: z.array(z.string().min(1)).min(1).describe("summary.csv columns to analyse (mean over a point's replicates)."),
    claims: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "a name of letters, digits, '_' or '-'"), z.string().min(1))
      .default({})
      .describe("Name → a comparison over summary.csv columns of one run, e.g. 'a > b' or 'a - b >= 0.1'; each run holds it or not."),
  })
  .describe("Global sensitivity analysis over parameter ranges (`netvalue sensitivity`); every point uses the same replicate seeds.");
export type SensitivitySpec = z.infer<typeof sensitivitySchema>;

const seedSchema = z.number().int().min(0).max(4294967295);

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional().describe("Editors' JSON Schema pointer; ignored."),
  name: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' or '-', starting with a letter or digit")
    .optional()
    .describe("Experiment name; results go to <output.dir>/<name>/. Defaults to the file's name."),
  description: z.string().default("").describe("What the experiment asks."),
  seed: seedSchema.default(1).describe("Master seed (0 … 2^32−1)."),
  replicates: z
    .union([positiveInt("Number of replicates."), z.array(seedSchema).min(1)])
    .default(1)
    .describe("A count (seeds derived from the master seed) or an explicit list of replicate seeds."),
  steps: positiveInt("Steps per run (one step is one day).").default(365),
  agents: agentsSchema.prefault({}).describe("The population."),
  strategies: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, "a name of letters, digits, '_' or '-'"), userStrategySchema)
    .default({})
    .describe("User-defined strategies: { name: { extends: base, param: value, … } }."),
  network: networkSchema.prefault({}).describe("Regime and the initial network."),
  mechanisms: mechanismsSchema.prefault({}).describe("One block per mechanism of the step (docs/ODD.md §3 Process overview)."),
  metrics: metricsSchema.prefault({}).describe("What is measured and how often."),
  sweep: z
    .record(z.string(), z.array(z.unknown()).min(1))
    .default({})
    .describe("Dotted path → list of values; the grid of every combination, each with all replicates."),
  output: outputSchema.prefault({}).describe("Where results go and which files are written."),
  sensitivity: sensitivitySchema.optional(),
});

/** A scenario as written (every field optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A parsed scenario: every default applied. */
export type ParsedScenario = z.infer<typeof scenarioSchema>;
