/**
 * Validation files: the small schema of the classic-result reproductions
 * (`scenarios/validation/*.yaml`), separate from the model's scenario schema
 * because a validation experiment has no agents, steps or mechanisms.
 *
 * A file names its experiment with a top-level `validation` key and states only
 * the parameters that differ from the defaults below (the published set-ups):
 * - `watts-strogatz`: Watts & Strogatz (1998), Fig. 2 — n = 1000, k = 10,
 *   14 log-spaced p from 10^-4 to 1, 20 seeds (`p` lists values, `pRange`
 *   log-spaces them; the resolved config always holds the list);
 * - `kleinberg`: Kleinberg (2000) — greedy routing on side × side tori for
 *   r = 0, 1, 1.5, 2, 2.5, 3.
 * Unknown keys, wrong types and out-of-range values are reported all at once, each
 * with the file, the field path, what was expected and what was found, exactly as
 * the scenario loader reports them (it reuses `mapZodIssues`).
 *
 * References:
 * - D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world'
 *   networks", Nature 393:440–442, 1998.
 * - J. Kleinberg, "The small-world phenomenon: an algorithmic perspective",
 *   STOC 2000, 163–170.
 */
import { z } from "zod";

const name = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .optional()
  .describe("Names the default output folder results/validation/<name>; default: the file's name.");
const description = z.string().optional();
const seed = z.number().int().min(0).default(1).describe("Master seed; every graph's stream is keyed by it and the graph's parameters.");

const probability = z.number().min(0).max(1);
const logSpaced = z.strictObject({
  from: z.number().gt(0).max(1).describe("Smallest p (> 0)."),
  to: z.number().gt(0).max(1).describe("Largest p."),
  count: z.number().int().min(2).describe("Number of log-spaced values, both ends included."),
});

export const wattsStrogatzSchema = z.strictObject({
  validation: z.literal("watts-strogatz"),
  name,
  description,
  seed,
  n: z.number().int().min(3).default(1000).describe("Nodes."),
  k: z.number().int().min(2).default(10).describe("Lattice degree: even, < n."),
  p: z.array(probability).min(1).optional().describe("Rewiring probabilities, listed; or give pRange."),
  pRange: logSpaced.optional().describe("Rewiring probabilities log-spaced: { from, to, count }; default 14 values from 10^-4 to 1."),
  seeds: z.number().int().min(1).default(20).describe("Graphs per p."),
});

export const kleinbergSchema = z.strictObject({
  validation: z.literal("kleinberg"),
  name,
  description,
  seed,
  r: z.array(z.number().min(0)).min(1).default([0, 1, 1.5, 2, 2.5, 3]).describe("Clustering exponents."),
  sides: z.array(z.number().int().min(3)).min(2).default([100, 200, 300, 500, 700, 1000]).describe("Grid sides (n = side² nodes)."),
  pairs: z.number().int().min(1).default(2000).describe("Greedy chains per (r, side), spread evenly over the grids."),
  grids: z.number().int().min(1).default(4).describe("Independent grids drawn per (r, side)."),
  q: z.number().int().min(1).default(1).describe("Long-range contacts per node."),
  slopeFrom: z.number().int().min(3).default(300).describe("Smallest side used in the log–log slope fit."),
});

export const validationSchema = z.discriminatedUnion("validation", [wattsStrogatzSchema, kleinbergSchema]);

export type WattsStrogatzFile = z.infer<typeof wattsStrogatzSchema>;
export type KleinbergFile = z.infer<typeof kleinbergSchema>;

/** A resolved Watts–Strogatz validation: the p grid as explicit values. */
export interface WattsStrogatzValidation extends Omit<WattsStrogatzFile, "p" | "pRange" | "name"> {
  readonly name: string;
  readonly p: readonly number[];
}

export interface KleinbergValidation extends Omit<KleinbergFile, "name"> {
  readonly name: string;
}

/** A validated, resolved validation experiment. */
export type ValidationConfig = WattsStrogatzValidation | KleinbergValidation;
export type ValidationKind = ValidationConfig["validation"];

/**
 * `count` values from `from` to `to`, evenly spaced in log10, both ends exact.
 * Watts & Strogatz's Fig. 2 uses 14 such values from 10^-4 to 1.
 */
export function logSpace(from: number, to: number, count: number): number[] {
  const a = Math.log10(from);
  const b = Math.log10(to);
  return Array.from({ length: count }, (_, i) => (i === 0 ? from : i === count - 1 ? to : 10 ** (a + ((b - a) * i) / (count - 1))));
}
