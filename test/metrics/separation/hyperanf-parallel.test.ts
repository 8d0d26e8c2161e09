// Parallel HyperANF (worker threads over node ranges) must be bit-for-bit the serial
// run. Workers need the compiled worker file, so this imports the build in dist/
// (npm test builds first; run `npm run build` before this file alone).
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { barabasiAlbert } from "../../../bench/graphs.js";
import { csrFromEdges } from "../../../src/metrics/csr.js";
import { hyperAnf } from "../../../src/metrics/separation/hyperanf.js";
import { streamFromKey } from "../../../src/random/streams.js";

type Module = typeof import("../../../src/metrics/separation/hyperanf.js");
const dist = new URL("../../../dist/metrics/separation/hyperanf.js", import.meta.url);

describe.runIf(existsSync(dist))("hyperAnf on worker threads (compiled)", () => {
  it("gives the serial neighbourhood function exactly, for 2 and 3 threads", async () => {
    const compiled = (await import(dist.href)) as Module;
    const g = barabasiAlbert(30_000, 4, streamFromKey("test:hanf-parallel"));
    const { csr } = csrFromEdges(g.n, g.src, g.dst);
    const serial = hyperAnf(csr, 5, streamFromKey("hash"));
    for (const threads of [2, 3]) {
      const par = compiled.hyperAnf(csr, 5, streamFromKey("hash"), { threads });
      expect(par.neighbourhood).toEqual(serial.neighbourhood);
      expect(par.steps).toBe(serial.steps);
    }
  });
});
