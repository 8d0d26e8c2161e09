/**
 * Seeded random streams.
 *
 * One master seed; every stream is derived from (replicate seed, purpose) by keying
 * seedrandom's Alea generator with a string, so what one replicate or one metric
 * draws never changes what another draws. Replicate seeds are themselves derived
 * from the master seed and the replicate index, so replicate k gives the same
 * results run alone, in a sweep, on any number of workers or shards.
 *
 * Nothing in netvalue draws from the unseeded global generator: every stochastic function takes an
 * `Rng` as a required parameter.
 */
import seedrandom from "seedrandom";

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** The named purposes a run draws for. Adding a purpose never shifts another's draws. */
export type StreamPurpose =
  | "network"
  | "agents"
  | "honesty"
  | "order"
  | "post"
  | "deliver"
  | "react"
  | "introduce"
  | "events"
  | "opportunities"
  | "maintain"
  | "trust"
  | "sampling"
  | "search"
  | (string & {});

/**
 * A seeded stream keyed by an arbitrary string. Alea passes BigCrush and is several
 * times faster than seedrandom's default ARC4, which matters in the step loop.
 */
export function streamFromKey(key: string): Rng {
  const prng = seedrandom.alea(key);
  return () => prng();
}

/** The stream for one purpose within one replicate (identified by its seed). */
export function stream(replicateSeed: number, purpose: StreamPurpose): Rng {
  return streamFromKey(`netvalue:${replicateSeed}:${purpose}`);
}

/**
 * The seed of replicate `index` (0-based) under a master seed: a 32-bit unsigned
 * integer that depends only on (masterSeed, index).
 */
export function replicateSeed(masterSeed: number, index: number): number {
  const prng = seedrandom.alea(`netvalue:replicate:${masterSeed}:${index}`);
  return prng.int32() >>> 0;
}

/**
 * The seeds of a scenario's replicates: an explicit list is used as given; a count
 * expands to `replicateSeed(master, 0..count-1)`.
 */
export function replicateSeeds(masterSeed: number, replicates: number | readonly number[]): number[] {
  if (typeof replicates !== "number") return [...replicates];
  return Array.from({ length: replicates }, (_, i) => replicateSeed(masterSeed, i));
}
