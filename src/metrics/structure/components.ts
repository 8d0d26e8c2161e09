/**
 * Connected components of an undirected CSR and the giant component's share.
 *
 * Notes: components are labelled by breadth-first search over typed arrays (O(n + m),
 * a queue and a label array), not by graphology-components: the same partition as
 * graphology-components' `connectedComponents` on the undirected graph (the test
 * suite checks this), but it works on million-node CSRs that would not fit in memory
 * as graphology graphs (README Performance). Component ids are numbered in order of their
 * smallest node. For directed input, use the undirected view: these are the weakly
 * connected components. Empty graph: 0 components, giant size 0, giant share NaN.
 *
 * References: J. Hopcroft, R. Tarjan, "Efficient algorithms for graph manipulation",
 * CACM 16(6), 1973.
 */
import type { Csr } from "../../graph/csr.js";
import { requireUndirected } from "./triangles.js";

export interface Components {
  readonly count: number;
  /** labels[v] = component id of v, 0..count−1 in order of each component's smallest node. */
  readonly labels: Int32Array;
  /** sizes[c] = nodes in component c. */
  readonly sizes: readonly number[];
  readonly giant: number;
  readonly giantSize: number;
  /** Undirected edges inside the giant component. */
  readonly giantEdges: number;
  /** giantSize / n (NaN when n = 0). */
  readonly giantShare: number;
}

/** @throws MetricError on a directed CSR */
export function connectedComponents(csr: Csr): Components {
  requireUndirected(csr, "connectedComponents");
  const { n, offsets, neighbors } = csr;
  const labels = new Int32Array(n).fill(-1);
  const queue = new Uint32Array(n);
  const sizes: number[] = [];
  const arcs: number[] = [];
  for (let s = 0; s < n; s++) {
    if (labels[s] !== -1) continue;
    const c = sizes.length;
    labels[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let arcCount = 0;
    while (head < tail) {
      const u = queue[head++] as number;
      const a = offsets[u] as number;
      const b = offsets[u + 1] as number;
      arcCount += b - a;
      for (let i = a; i < b; i++) {
        const v = neighbors[i] as number;
        if (labels[v] === -1) {
          labels[v] = c;
          queue[tail++] = v;
        }
      }
    }
    sizes.push(tail);
    arcs.push(arcCount);
  }
  let giant = -1;
  let giantSize = 0;
  for (let c = 0; c < sizes.length; c++) {
    if ((sizes[c] as number) > giantSize) {
      giant = c;
      giantSize = sizes[c] as number;
    }
  }
  return {
    count: sizes.length,
    labels,
    sizes,
    giant,
    giantSize,
    giantEdges: giant >= 0 ? (arcs[giant] as number) / 2 : 0,
    giantShare: n > 0 ? giantSize / n : Number.NaN,
  };
}
