/**
 * The distance distribution: how many ordered (source, target) pairs lie at each
 * hop count. Every separation method (exact, sampled, HyperANF) produces one, and
 * every separation statistic is computed from it (statistics.ts).
 *
 * Notes: `counts[h]` is the number of ordered pairs (s, t), s a BFS source, t ≠ s,
 * with shortest-path distance h; `counts[0]` is always 0 because a source is not
 * paired with itself. Unreachable pairs are not in `counts`; they are
 * `sources × (nodes − 1) − Σ counts`. SNAP's effective diameter counts each source at
 * distance 0 as well; statistics.ts adds those `sources` pairs back where (and only
 * where) SNAP's definition needs them.
 *
 * References: J. Leskovec, J. Kleinberg, C. Faloutsos, "Graph evolution: densification
 * and shrinking diameters", ACM TKDD 1(1), 2007 (effective diameter); SNAP
 * `TSnap::GetBfsEffDiam` / `TSnap::CalcEffDiam`.
 */
import { at } from "../../checked-index.js";

export interface DistanceDistribution {
  /** counts[h] = ordered pairs (source, target ≠ source) at distance h; counts[0] = 0. May be fractional (HyperANF estimates). */
  readonly counts: readonly number[];
  /** Number of BFS sources the counts come from: n when exact, k when sampled. */
  readonly sources: number;
  /** Number of nodes of the graph (targets per source, the source included). */
  readonly nodes: number;
}

/** Trims trailing zero hop counts so `counts.length − 1` is the largest distance seen. */
export function makeDistribution(counts: ArrayLike<number>, sources: number, nodes: number): DistanceDistribution {
  let last = counts.length - 1;
  while (last > 0 && !(at(counts, last) > 0)) last--;
  const out: number[] = [0];
  for (let h = 1; h <= last; h++) out.push(at(counts, h));
  return { counts: out, sources, nodes };
}

/** Adds hop counts element-wise into `into` (grown as needed). */
export function addCounts(into: number[], counts: ArrayLike<number>): void {
  for (let h = 0; h < counts.length; h++) into[h] = (into[h] ?? 0) + at(counts, h);
}
