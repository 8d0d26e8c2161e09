/** Runs two HyperANF steppers side by side, comparing everything after every phase. */
import { expect } from "vitest";
import type { Csr } from "../../../src/graph/csr.js";
import type { Counters } from "../../../src/metrics/separation/hyperanf-kernel.js";
import type { Stepper } from "../../../src/metrics/separation/hyperanf-stepper.js";

const bytesOf = (a: Int32Array | Float64Array | Uint8Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Everything a phase may write, as bytes (estimates by their bits). */
function state(c: Counters): Record<string, Uint8Array> {
  return {
    cur: bytesOf(c.cur),
    next: bytesOf(c.next),
    flags0: c.changedFlags[0],
    flags1: c.changedFlags[1],
    est: bytesOf(c.est),
  };
}

/** The first difference between two states, as a string ("" when equal). */
export function difference(a: Counters, b: Counters): string {
  const x = state(a);
  const y = state(b);
  for (const key of Object.keys(x)) {
    const p = x[key] as Uint8Array;
    const q = y[key] as Uint8Array;
    if (Buffer.compare(p, q) === 0) continue;
    const i = p.findIndex((v, j) => v !== q[j]);
    return `${key}[${i}]: ${p[i]} vs ${q[i]} (lengths ${p.length}, ${q.length})`;
  }
  return "";
}

/**
 * Steps `reference` and `tested` in lockstep from the same seed until no counter
 * changes, expecting equal change counts and equal states after every phase; closes
 * both. Returns the number of steps.
 */
export function lockstep(csr: Csr, seed: number, reference: Stepper, tested: Stepper): number {
  try {
    reference.init(seed);
    tested.init(seed);
    expect(difference(tested.counters, reference.counters)).toBe("");
    let changes = csr.n;
    let steps = 0;
    for (;;) {
      const parity = (steps + 1) & 1;
      const a = reference.merge(parity, changes);
      expect(tested.merge(parity, changes)).toBe(a);
      expect(difference(tested.counters, reference.counters)).toBe("");
      changes = a;
      if (changes === 0) return steps;
      steps++;
      reference.commit(parity);
      tested.commit(parity);
      expect(difference(tested.counters, reference.counters)).toBe("");
    }
  } finally {
    reference.close();
    tested.close();
  }
}
