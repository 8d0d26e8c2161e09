// The WebAssembly HyperANF kernel (hyperanf.wat) must leave exactly the registers,
// change flags, estimates and change counts of the reference JavaScript kernel after
// every phase of every step, on any graph, register count and hash seed, with its
// sparse merge off, on, or chosen by size; and the committed bytes must be the
// compiled .wat.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { barabasiAlbert } from "../../../bench/graphs.js";
import { csrFromArcs, csrFromEdges, type Csr } from "../../../src/graph/csr.js";
import { jsStepper, wasmStepper, type StepperOptions } from "../../../src/metrics/separation/hyperanf-stepper.js";
import { hyperAnf } from "../../../src/metrics/separation/hyperanf.js";
import { stream, streamFromKey } from "../../../src/random/streams.js";
import { lockstep } from "./hyperanf-lockstep.js";

/** Lockstep of the JavaScript kernel and the one-thread WebAssembly kernel. */
function jsVersusWasm(csr: Csr, b: number, seed: number, options: StepperOptions): number {
  const wasm = wasmStepper(csr, b, options);
  if (wasm === null) throw new Error("the WebAssembly kernel is not available");
  return lockstep(csr, seed, jsStepper(csr, b), wasm);
}

const graphArb = fc.integer({ min: 0, max: 120 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: (n === 0 ? fc.constant([]) : fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n })) as fc.Arbitrary<
      [number, number][]
    >,
    directed: fc.boolean(),
    b: fc.integer({ min: 4, max: 9 }),
    seed: fc.nat(0xffffffff),
    sparse: fc.constantFrom("auto", "always", "never") as fc.Arbitrary<"auto" | "always" | "never">,
  }),
);

describe("WebAssembly HyperANF kernel equals the JavaScript kernel", () => {
  it("the committed hyperanf-wasm-bytes.ts is the compiled hyperanf.wat (npm run build:wasm)", () => {
    const script = fileURLToPath(new URL("../../../scripts/build-wasm.js", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("random graphs, undirected and directed, 2^4..2^9 registers, sparse merge off/on/auto: every phase bit-identical", () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges, directed, b, seed, sparse }) => {
        const src = edges.map((e) => e[0]);
        const dst = edges.map((e) => e[1]);
        const { csr } = directed ? csrFromArcs(n, src, dst) : csrFromEdges(n, src, dst);
        jsVersusWasm(csr, b, seed, { sparse });
      }),
      { numRuns: 150, seed: 11 },
    );
  });

  it("2^12 registers, and a BA graph whose last steps take the sparse merge", () => {
    const small = barabasiAlbert(300, 2, streamFromKey("test:hyperanf-wasm:small"));
    jsVersusWasm(csrFromEdges(small.n, small.src, small.dst).csr, 12, 7, { sparse: "auto" });
    const g = barabasiAlbert(5000, 3, streamFromKey("test:hyperanf-wasm:ba"));
    const { csr } = csrFromEdges(g.n, g.src, g.dst);
    for (const sparse of ["auto", "always", "never"] as const) expect(jsVersusWasm(csr, 6, 12345, { sparse })).toBeGreaterThan(3);
  });

  it("hyperAnf gives the same run with either kernel", () => {
    const g = barabasiAlbert(4000, 4, streamFromKey("test:hyperanf-wasm:run"));
    const { csr } = csrFromEdges(g.n, g.src, g.dst);
    for (const b of [4, 6, 8]) {
      const js = hyperAnf(csr, b, stream(3, "sampling"), { kernel: "js" });
      const wasm = hyperAnf(csr, b, stream(3, "sampling"), { kernel: "wasm" });
      expect(wasm).toEqual(js);
      expect(hyperAnf(csr, b, stream(3, "sampling"))).toEqual(js);
    }
  });
});
