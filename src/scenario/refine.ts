/**
 * Cross-field rules, checked after the schema has parsed the shapes. Each rule
 * runs when the blocks it reads parsed, so a scenario with a type error in one
 * block still gets its other blocks' cross-field problems reported in the same
 * pass.
 *
 * Deliberately NOT errors: `metrics.every > steps` (the run observes at the end
 * anyway), `events.every > steps`, `metrics.separation.samples > agents.count`
 * (the metric clamps), follows settings under the dunbar regime (they are unused).
 */
import type { Issue } from "../errors.js";
import { BUILTIN_STRATEGIES, type ParsedScenario } from "./schema.js";
import { resolveStrategies } from "./strategies.js";
import { didYouMean, quoteList } from "./suggest.js";

/** Graphs with a fixed node count (docs/ODD.md §5 Initialization): a scenario may not ask for another. */
export const FIXED_COUNT_GENERATORS: Readonly<Record<string, number>> = { "karate-club": 34, "florentine-families": 15 };

const SHARE_TOLERANCE = 1e-9;

/** A bigger grid is almost surely a typo (and too many runs to schedule anyway). */
export const MAX_SWEEP_CELLS = 100_000;

/** True when dotted paths `a` and `b` are the same field or one contains the other. */
function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/**
 * Checks the cross-field rules.
 * @param broken dotted paths of fields that failed the schema (and were replaced by
 *   defaults); a rule reading any of them is skipped.
 */
export function refineScenario(s: ParsedScenario, file: string, broken: readonly string[] = []): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, message: string) => issues.push({ file, path, message });
  const usable = (...reads: string[]) => !reads.some((r) => broken.some((b) => overlaps(r, b)));

  if (usable("strategies")) {
    const resolved = resolveStrategies(s.strategies, file);
    if (!resolved.ok) issues.push(...resolved.issues);
  }
  if (usable("agents.strategies", "strategies")) checkShares(s.agents.strategies, Object.keys(s.strategies), add);
  if (usable("agents.interests", "agents.topics")) {
    const { min, max } = s.agents.interests;
    if (min > max) add("agents.interests.min", `must be ≤ agents.interests.max, found min ${min} > max ${max}`);
    if (max > s.agents.topics) add("agents.interests.max", `must be ≤ agents.topics, found max ${max} > topics ${s.agents.topics}`);
  }
  if (usable("network.dunbar")) {
    const { capacity, layers } = s.network.dunbar;
    layers.forEach((layer, i) => {
      const before = layers[i - 1];
      if (before !== undefined && layer <= before) {
        add(`network.dunbar.layers[${i}]`, `layers must be strictly increasing, found ${layer} after ${before} in [${layers.join(", ")}]`);
      }
    });
    const last = layers.at(-1);
    if (last !== undefined && last > capacity) add(`network.dunbar.layers[${layers.length - 1}]`, `the last layer must be ≤ network.dunbar.capacity (${capacity}), found ${last}`);
  }
  if (usable("network.initial", "agents.count")) checkGenerator(s.network.initial, s.agents.count, add);
  if (usable("replicates") && Array.isArray(s.replicates)) {
    const first = new Map<number, number>();
    s.replicates.forEach((seed, i) => {
      const j = first.get(seed);
      if (j === undefined) first.set(seed, i);
      else add(`replicates[${i}]`, `seed ${seed} repeats replicates[${j}]; replicates with one seed are identical runs`);
    });
  }
  if (usable("sweep")) {
    const cells = Object.values(s.sweep).reduce((n, values) => n * values.length, 1);
    if (cells > MAX_SWEEP_CELLS) add("sweep", `the grid has ${cells} cells, more than the ${MAX_SWEEP_CELLS} allowed; split the experiment or shorten the value lists`);
    for (const [key, values] of Object.entries(s.sweep)) {
      const seen = new Set<string>();
      for (const v of values) {
        const k = JSON.stringify(v) ?? String(v);
        if (seen.has(k)) add(`sweep.${key}`, `the value ${k} appears more than once; each cell would run twice`);
        seen.add(k);
      }
    }
  }
  return issues;
}

function checkShares(shares: Readonly<Record<string, number>>, userNames: readonly string[], add: (path: string, message: string) => void): void {
  const known = [...Object.keys(BUILTIN_STRATEGIES), ...userNames.filter((n) => !(n in BUILTIN_STRATEGIES))];
  const entries = Object.entries(shares);
  if (entries.length === 0) {
    add("agents.strategies", "expected at least one strategy with a share, found none");
    return;
  }
  for (const [name] of entries) {
    if (!known.includes(name)) add(`agents.strategies.${name}`, `unknown strategy '${name}'; expected one of ${quoteList(known)}${didYouMean(name, known)}`);
  }
  const sum = entries.reduce((acc, [, v]) => acc + v, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    const terms = entries.map(([n, v]) => `${n} ${v}`).join(" + ");
    add("agents.strategies", `shares must sum to 1, found ${Number(sum.toPrecision(12))} (${terms})`);
  }
}

function checkGenerator(initial: ParsedScenario["network"]["initial"], count: number, add: (path: string, message: string) => void): void {
  switch (initial.generator) {
    case "watts-strogatz":
      if (initial.k % 2 !== 0) add("network.initial.k", `must be even (each node links to k/2 neighbours on each side), found ${initial.k}`);
      if (initial.k >= count) add("network.initial.k", `must be < agents.count (k = ${initial.k}, agents.count = ${count})`);
      break;
    case "connected-caveman":
      if (initial.groupSize > count) add("network.initial.groupSize", `must be ≤ agents.count (groupSize = ${initial.groupSize}, agents.count = ${count})`);
      break;
    case "barabasi-albert":
      if (initial.m >= count) add("network.initial.m", `must be < agents.count (m = ${initial.m}, agents.count = ${count})`);
      break;
    case "stochastic-block":
      if (initial.blocks !== undefined && initial.blocks > count) add("network.initial.blocks", `must be ≤ agents.count (blocks = ${initial.blocks}, agents.count = ${count})`);
      break;
    case "erdos-renyi":
      if (initial.meanDegree > count - 1) add("network.initial.meanDegree", `must be ≤ agents.count − 1 (meanDegree = ${initial.meanDegree}, agents.count = ${count})`);
      break;
    case "karate-club":
    case "florentine-families": {
      const fixed = FIXED_COUNT_GENERATORS[initial.generator];
      if (fixed !== undefined && count !== fixed) {
        add("agents.count", `the ${initial.generator} graph has ${fixed} nodes, so agents.count must be ${fixed} (or left out), found ${count}`);
      }
      break;
    }
    default:
      break;
  }
}
