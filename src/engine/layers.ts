/**
 * The measured layers of the model's state as CSR graphs (docs/ODD.md §4 observation):
 * - ties: the stable ties;
 * - social: ties ∪ follows, undirected (a follow either way links the two agents);
 * - trusted: ties whose trust is ≥ `metrics.trustThreshold` on both sides.
 *
 * Rows are built directly in sorted, duplicate-free form — the CSR that
 * `csrFromEdges` gives for the layer's edge list — from the stores' own sorted lists:
 * a tie block is sorted by neighbour id and symmetric; a social row is the sorted
 * union of an agent's ties, followees and followers (merged, not sorted afresh).
 */
import type { Csr } from "../graph/csr.js";
import type { Layer } from "../scenario/schema.js";
import type { ModelState } from "../model/state.js";

export function layerCsr(state: ModelState, layer: Layer, trustThreshold: number): Csr {
  if (layer === "social") return socialCsr(state);
  const { ties, n } = state;
  const trusted = layer === "trusted";
  const mirror = trusted ? ties.mirrors() : null;
  const keep = (s: number): boolean =>
    !trusted || ((ties.trust[s] as number) >= trustThreshold && (ties.trust[(mirror as Int32Array)[s] as number] as number) >= trustThreshold);
  const offsets = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const b = ties.base(i);
    const end = b + (ties.count[i] as number);
    let c = 0;
    for (let s = b; s < end; s++) if (keep(s)) c++;
    offsets[i + 1] = (offsets[i] as number) + c;
  }
  const neighbors = new Uint32Array(offsets[n] as number);
  for (let i = 0, w = 0; i < n; i++) {
    const b = ties.base(i);
    const end = b + (ties.count[i] as number);
    for (let s = b; s < end; s++) if (keep(s)) neighbors[w++] = ties.nbr[s] as number;
  }
  return { n, offsets, neighbors };
}

/**
 * Ties ∪ follows either way: each row the merged union of three sorted lists, written
 * in one pass into room for their total length, then trimmed to the union's.
 */
function socialCsr(state: ModelState): Csr {
  const { ties, follows, n } = state;
  const offsets = new Uint32Array(n + 1);
  let room = 0;
  for (let i = 0; i < n; i++) room += (ties.count[i] as number) + (follows.outLen[i] as number) + (follows.inLen[i] as number);
  const neighbors = new Uint32Array(room);
  const nbr = ties.nbr;
  let w = 0;
  for (let i = 0; i < n; i++) {
    let a = ties.base(i);
    const aEnd = a + (ties.count[i] as number);
    const out = follows.outOf(i);
    const outLen = out.length;
    const inn = follows.inOf(i);
    const inLen = inn.length;
    let b = 0;
    let c = 0;
    for (;;) {
      const x = a < aEnd ? (nbr[a] as number) : n;
      const y = b < outLen ? (out[b] as number) : n;
      const z = c < inLen ? (inn[c] as number) : n;
      const v = x < y ? (x < z ? x : z) : y < z ? y : z;
      if (v === n) break; // n: past the end of all three lists
      if (x === v) a++;
      if (y === v) b++;
      if (z === v) c++;
      neighbors[w++] = v;
    }
    offsets[i + 1] = w;
  }
  return { n, offsets, neighbors: w === room ? neighbors : neighbors.slice(0, w) };
}
