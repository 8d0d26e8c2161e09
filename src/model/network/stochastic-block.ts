/**
 * Stochastic block model: nodes are split into blocks; two nodes are linked with
 * probability pIn when they share a block and pOut otherwise.
 *
 * References:
 * - P. W. Holland, K. B. Laskey and S. Leinhardt, "Stochastic blockmodels: first
 *   steps", Social Networks 5(2):109–137, 1983.
 * - V. Batagelj and U. Brandes, "Efficient generation of large random networks",
 *   Physical Review E 71:036113, 2005 (geometric skips).
 */
import type { UndirectedGraph } from "graphology";
import { ModelError } from "../../errors.js";
import type { Rng } from "../../random/streams.js";
import { checkCount, checkInteger, checkProbability, emptyGraph } from "./internal.js";

export interface StochasticBlockOptions {
  /**
   * Either the number of equal blocks, or the blocks' relative sizes (positive
   * weights, normalised to sum to 1).
   */
  readonly blocks: number | readonly number[];
  /** Link probability within a block, in [0, 1]. */
  readonly pIn: number;
  /** Link probability between blocks, in [0, 1]. */
  readonly pOut: number;
}

/** The per-capita shape: agents per block and expected degree inside and outside it. */
export interface PerCapitaBlocks {
  readonly blocks?: number | readonly number[] | undefined;
  readonly pIn?: number | undefined;
  readonly pOut?: number | undefined;
  readonly blockSize?: number | undefined;
  readonly degreeIn?: number | undefined;
  readonly degreeOut?: number | undefined;
}

/** The scenario defaults (src/scenario/schema.ts), for callers that give no shape. */
export const PER_CAPITA_BLOCK_DEFAULTS = { blockSize: 20, degreeIn: 15, degreeOut: 2 } as const;

/**
 * Resolves a per-capita block shape on n nodes to the model's parameters, so that
 * block size and expected degree do not depend on n: blocks = max(1, round(n /
 * blockSize)); with b = n / blocks the mean block size, pIn = min(1, degreeIn / (b − 1))
 * and pOut = min(1, degreeOut / (n − b)) (0 when there is one block). An absolute
 * field (blocks, pIn, pOut) given replaces its per-capita counterpart: the old form,
 * whose degree grows with n.
 *
 * @throws ModelError when blockSize is not a positive integer or a degree is negative
 */
export function perCapitaBlocks(n: number, shape: PerCapitaBlocks): StochasticBlockOptions {
  const blockSize = shape.blockSize ?? PER_CAPITA_BLOCK_DEFAULTS.blockSize;
  const degreeIn = shape.degreeIn ?? PER_CAPITA_BLOCK_DEFAULTS.degreeIn;
  const degreeOut = shape.degreeOut ?? PER_CAPITA_BLOCK_DEFAULTS.degreeOut;
  checkInteger("blockSize", blockSize, 1, Number.MAX_SAFE_INTEGER);
  if (!(degreeIn >= 0) || !(degreeOut >= 0)) throw new ModelError(`degrees must be ≥ 0 (degreeIn = ${degreeIn}, degreeOut = ${degreeOut})`);
  const blocks = shape.blocks ?? Math.max(1, Math.round(n / blockSize));
  const count = typeof blocks === "number" ? blocks : blocks.length;
  const mean = n / Math.max(1, count);
  const pIn = shape.pIn ?? (mean > 1 ? Math.min(1, degreeIn / (mean - 1)) : 0);
  const pOut = shape.pOut ?? (n - mean > 0 ? Math.min(1, degreeOut / (n - mean)) : 0);
  return { blocks, pIn, pOut };
}

/**
 * Block sizes summing exactly to n: `blocks` equal parts (the first n mod blocks
 * get one extra node), or proportions rounded by largest remainder (ties go to
 * the lower block index).
 *
 * @throws ModelError if the count is not an integer in 1..n or a weight is not positive
 */
export function blockSizes(n: number, blocks: number | readonly number[]): number[] {
  if (typeof blocks === "number") {
    checkInteger("blocks", blocks, 1, Math.max(1, n));
    const base = Math.floor(n / blocks);
    return Array.from({ length: blocks }, (_, b) => base + (b < n % blocks ? 1 : 0));
  }
  if (blocks.length === 0) throw new ModelError("blocks must list at least one proportion (blocks = [])");
  blocks.forEach((w, b) => {
    if (!(w > 0 && Number.isFinite(w))) throw new ModelError(`blocks[${b}] must be a positive proportion (blocks[${b}] = ${w})`);
  });
  const total = blocks.reduce((a, w) => a + w, 0);
  const exact = blocks.map((w) => (w / total) * n);
  const sizes = exact.map(Math.floor);
  let missing = n - sizes.reduce((a, s) => a + s, 0);
  const order = exact.map((x, b) => ({ b, rest: x - Math.floor(x) })).sort((a, c) => c.rest - a.rest || a.b - c.b);
  for (let i = 0; missing > 0; i++, missing--) sizes[(order[i] as { b: number }).b]!++;
  return sizes;
}

/**
 * Draws a stochastic block model on n nodes 0..n−1 as an edge list (each edge once,
 * in the order drawn), without building a graph object: the model's initial network
 * at 10^6 agents is ~10^7 edges.
 *
 * @param n - number of nodes (≥ 1)
 * @param options - blocks (count or proportions), pIn, pOut
 * @param rng - the seeded stream to draw from
 * @returns the edges (src[e], dst[e]) and each node's block index (its community)
 * @throws ModelError for a bad count, proportion or probability
 *
 * Notes: block b holds a consecutive run of node ids (see `blockSizes`). For each
 * block, and each pair of blocks, the candidate pairs are enumerated in a fixed
 * order and the gap to the next edge is drawn from the geometric distribution,
 * ⌊ln(1−U) / ln(1−p)⌋, so sampling costs O(n + blocks² + edges) rather than O(n²).
 * The result has the same distribution as flipping a p-coin for every pair.
 */
export function stochasticBlockEdges(
  n: number,
  options: StochasticBlockOptions,
  rng: Rng,
): { src: Int32Array; dst: Int32Array; community: Int32Array } {
  checkCount(n);
  const { pIn, pOut } = options;
  checkProbability("pIn", pIn);
  checkProbability("pOut", pOut);
  const sizes = blockSizes(n, options.blocks);

  const community = new Int32Array(n);
  const starts: number[] = [];
  let s = 0;
  sizes.forEach((size, b) => {
    starts.push(s);
    community.fill(b, s, s + size);
    s += size;
  });
  let src = new Int32Array(1024);
  let dst = new Int32Array(1024);
  let m = 0;
  const link = (u: number, v: number): void => {
    if (m === src.length) {
      const grown = (a: Int32Array) => {
        const b = new Int32Array(2 * a.length);
        b.set(a);
        return b;
      };
      src = grown(src);
      dst = grown(dst);
    }
    src[m] = u;
    dst[m++] = v;
  };

  for (let a = 0; a < sizes.length; a++) {
    const startA = starts[a] as number;
    const sizeA = sizes[a] as number;
    // Within block a: pairs (i, j), 0 ≤ j < i < sizeA, in row order.
    forEachGeometric(rng, pIn, (sizeA * (sizeA - 1)) / 2, (index) => {
      let i = Math.floor((1 + Math.sqrt(1 + 8 * index)) / 2);
      // Guard the square root's rounding for indices near 2^53.
      while ((i * (i - 1)) / 2 > index) i--;
      while (((i + 1) * i) / 2 <= index) i++;
      const j = index - (i * (i - 1)) / 2;
      link(startA + i, startA + j);
    });
    for (let b = a + 1; b < sizes.length; b++) {
      const startB = starts[b] as number;
      const sizeB = sizes[b] as number;
      forEachGeometric(rng, pOut, sizeA * sizeB, (index) => {
        link(startA + Math.floor(index / sizeB), startB + (index % sizeB));
      });
    }
  }
  return { src: src.slice(0, m), dst: dst.slice(0, m), community };
}

/**
 * The same stochastic block model as a graphology graph on nodes "0".."n-1" (the
 * edges of `stochasticBlockEdges`, added in the order drawn).
 * @throws ModelError for a bad count, proportion or probability
 */
export function stochasticBlock(
  n: number,
  options: StochasticBlockOptions,
  rng: Rng,
): { graph: UndirectedGraph; community: Int32Array } {
  const { src, dst, community } = stochasticBlockEdges(n, options, rng);
  const graph = emptyGraph(n);
  for (let e = 0; e < src.length; e++) graph.addEdge(String(src[e]), String(dst[e]));
  return { graph, community };
}

/** Calls `visit` for each index in 0..count−1 kept independently with probability p. */
function forEachGeometric(rng: Rng, p: number, count: number, visit: (index: number) => void): void {
  if (p <= 0 || count <= 0) return;
  if (p >= 1) {
    for (let i = 0; i < count; i++) visit(i);
    return;
  }
  const logQ = Math.log1p(-p);
  let index = -1;
  for (;;) {
    index += 1 + Math.floor(Math.log1p(-rng()) / logQ);
    if (!(index < count)) return;
    visit(index);
  }
}
