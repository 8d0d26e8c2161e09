/**
 * "Did you mean …?" suggestions: the closest allowed name by edit distance
 * (Damerau–Levenshtein, optimal string alignment, case-insensitive), accepted only
 * when the distance is small relative to the name's length, so a suggestion is a
 * plausible typo and not a random neighbour.
 */

import { at } from "../checked-index.js";
/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    const row = at(d, i);
    const above = at(d, i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(above, j) + 1, at(row, j - 1) + 1, at(above, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(at(d, i - 2), j - 2) + 1);
      row[j] = v;
    }
  }
  return at(at(d, m), n);
}

/**
 * The allowed name closest to `input`, or undefined when none is close enough:
 * distance ≤ max(1, ⌊length/3⌋), or `input` is a prefix/suffix-free substring match
 * of at least 4 characters (e.g. "caveman" → "connected-caveman").
 */
export function closest(input: string, allowed: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const dist = editDistance(needle, candidate.toLowerCase());
    if (dist < bestDistance) {
      best = candidate;
      bestDistance = dist;
    }
  }
  if (best === undefined) return undefined;
  if (bestDistance === 0) return best === input ? undefined : best; // differs only in case
  if (bestDistance <= Math.max(1, Math.floor(input.length / 3))) return best;
  if (needle.length >= 4) {
    const contained = allowed.filter((c) => c.toLowerCase().includes(needle));
    if (contained.length === 1) return contained[0];
  }
  return undefined;
}

/** "; did you mean 'x'?" or "" — ready to append to a message. */
export function didYouMean(input: string, allowed: readonly string[]): string {
  const hit = closest(input, allowed);
  return hit === undefined ? "" : `; did you mean '${hit}'?`;
}

/** 'a', 'b', 'c' */
export function quoteList(names: readonly string[]): string {
  return names.map((n) => `'${n}'`).join(", ");
}
