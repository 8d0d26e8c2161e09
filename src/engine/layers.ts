/**
 * The measured layers of the model's state as CSR graphs (DESIGN §2):
 * - ties: the stable ties;
 * - social: ties ∪ follows, undirected (a follow either way links the two agents);
 * - trusted: ties whose trust is ≥ `metrics.trustThreshold` on both sides.
 */
import { csrFromEdges, type Csr } from "../metrics/csr.js";
import type { Layer } from "../scenario/schema.js";
import type { ModelState } from "../model/state.js";

export function layerCsr(state: ModelState, layer: Layer, trustThreshold: number): Csr {
  const { ties, follows } = state;
  const src: number[] = [];
  const dst: number[] = [];
  for (let i = 0; i < state.n; i++) {
    const b = ties.base(i);
    for (let s = b; s < b + (ties.count[i] as number); s++) {
      const j = ties.nbr[s] as number;
      if (j < i) continue;
      if (layer === "trusted") {
        if ((ties.trust[s] as number) < trustThreshold) continue;
        if ((ties.trust[ties.find(j, i)] as number) < trustThreshold) continue;
      }
      src.push(i);
      dst.push(j);
    }
    if (layer === "social") {
      const out = follows.out[i] as Int32Array;
      for (let k = 0; k < (follows.outLen[i] as number); k++) {
        src.push(i);
        dst.push(out[k] as number);
      }
    }
  }
  return csrFromEdges(state.n, src, dst).csr;
}
