/** The measured layers: ties, social (ties ∪ follows, undirected) and trusted (trust ≥ threshold both ways). */
import { describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { layerCsr } from "../../src/engine/layers.js";
import { follow, formTie } from "../../src/model/relations.js";
import { ORIGIN_EVENT } from "../../src/model/ties.js";
import { bareState } from "../model/state-helper.js";

function edges(csr: { n: number; offsets: Uint32Array; neighbors: Uint32Array }): string[] {
  const out: string[] = [];
  for (let u = 0; u < csr.n; u++) {
    for (const v of csr.neighbors.subarray(at(csr.offsets, u), at(csr.offsets, u + 1))) {
      if (u < v) out.push(`${u}-${v}`);
    }
  }
  return out;
}

describe("layerCsr", () => {
  const st = bareState(5);
  formTie(st, 0, 1, 0.5, 0.9, 0.8, ORIGIN_EVENT); // trusted both ways
  formTie(st, 1, 2, 0.5, 0.9, 0.2, ORIGIN_EVENT); // trusted one way only
  follow(st, 3, 0, 0.5, 0);
  follow(st, 0, 3, 0.5, 0); // mutual: one undirected edge
  follow(st, 4, 2, 0.5, 0);

  it("ties: the stable ties", () => {
    expect(edges(layerCsr(st, "ties", 0.5))).toEqual(["0-1", "1-2"]);
  });
  it("social: ties and follows as undirected edges, once each", () => {
    expect(edges(layerCsr(st, "social", 0.5))).toEqual(["0-1", "0-3", "1-2", "2-4"]);
  });
  it("trusted: ties with trust ≥ threshold on both sides", () => {
    expect(edges(layerCsr(st, "trusted", 0.5))).toEqual(["0-1"]);
    expect(edges(layerCsr(st, "trusted", 0.1))).toEqual(["0-1", "1-2"]);
  });
});
