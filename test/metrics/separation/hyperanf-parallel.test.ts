// HyperANF's WebAssembly kernel on 2–4 threads must leave, after every phase of every
// step, exactly what the one-thread JavaScript kernel leaves: registers, flags,
// estimates and change counts. Workers need the compiled worker file, so this test
// imports the build in dist/ (npm test builds first; run `npm run build` before this
// file alone).
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { barabasiAlbert } from "../../../bench/graphs.js";
import { csrFromArcs, csrFromEdges } from "../../../src/graph/csr.js";
import { jsStepper } from "../../../src/metrics/separation/hyperanf-stepper.js";
import { hyperAnf } from "../../../src/metrics/separation/hyperanf.js";
import { stream, streamFromKey } from "../../../src/random/streams.js";
import { lockstep } from "./hyperanf-lockstep.js";

type Parallel = typeof import("../../../src/metrics/separation/hyperanf-parallel.js");
type Api = typeof import("../../../src/metrics/separation/hyperanf.js");
const dist = new URL("../../../dist/metrics/separation/", import.meta.url);
const built = existsSync(new URL("hyperanf-worker.js", dist));
const load = async () => ({
  ...((await import(new URL("hyperanf-parallel.js", dist).href)) as Parallel),
  ...((await import(new URL("hyperanf.js", dist).href)) as Api),
});

describe.runIf(built)("parallel HyperANF (compiled, worker threads)", () => {
  it("BA n=20,000: 2, 3 and 4 threads, sparse merge off/on/auto, equal the JS kernel after every phase", async () => {
    const { parallelWasmStepper, parallelHyperAnfAvailable } = await load();
    expect(parallelHyperAnfAvailable()).toBe(true);
    const g = barabasiAlbert(20_000, 3, streamFromKey("test:hyperanf-parallel"));
    const { csr } = csrFromEdges(g.n, g.src, g.dst);
    for (const threads of [2, 3, 4]) {
      for (const sparse of ["auto", "always", "never"] as const) {
        const tested = parallelWasmStepper(csr, 6, threads, { sparse });
        if (tested === null) throw new Error("the WebAssembly kernel is not available");
        expect(tested.threads).toBe(threads);
        expect(lockstep(csr, 99 + threads, jsStepper(csr, 6), tested)).toBeGreaterThan(3);
      }
    }
  });

  it("random small graphs (ranges may be empty), undirected and directed, 2^4..2^8 registers", async () => {
    const { parallelWasmStepper } = await load();
    const graphArb = fc.integer({ min: 1, max: 60 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
        directed: fc.boolean(),
        b: fc.integer({ min: 4, max: 8 }),
        threads: fc.integer({ min: 2, max: 4 }),
        seed: fc.nat(0xffffffff),
      }),
    );
    fc.assert(
      fc.property(graphArb, ({ n, edges, directed, b, threads, seed }) => {
        const src = edges.map((e) => e[0]);
        const dst = edges.map((e) => e[1]);
        const { csr } = directed ? csrFromArcs(n, src, dst) : csrFromEdges(n, src, dst);
        const tested = parallelWasmStepper(csr, b, threads);
        if (tested === null) throw new Error("the WebAssembly kernel is not available");
        lockstep(csr, seed, jsStepper(csr, b), tested);
      }),
      { numRuns: 40, seed: 31 },
    );
  });

  it("hyperAnf with threads: the same run, repeatedly", async () => {
    const api = await load();
    const g = barabasiAlbert(30_000, 4, streamFromKey("test:hyperanf-parallel:run"));
    const { csr } = csrFromEdges(g.n, g.src, g.dst);
    const serial = hyperAnf(csr, 6, stream(8, "sampling"), { kernel: "js" });
    for (let r = 0; r < 6; r++) {
      expect(api.hyperAnf(csr, 6, stream(8, "sampling"), { threads: 2 + (r % 3) })).toEqual(serial);
    }
  });

  it("cuts ranges by arcs + nodes", async () => {
    const { splitRanges } = await load();
    expect(splitRanges(Uint32Array.from([0, 10, 10, 10, 10, 10, 10]), 6, 2)).toEqual([0, 1, 6]);
    expect(splitRanges(Uint32Array.from([0, 0, 0]), 2, 4)).toEqual([0, 1, 1, 2, 2]);
    expect(splitRanges(Uint32Array.from([0]), 0, 3)).toEqual([0, 0, 0, 0]);
  });
});
