// Parallel MS-BFS on worker threads must give exactly the serial result, for any
// number of threads. Workers need the compiled worker file, so this test imports the
// build in dist/ (npm test builds first; run `npm run build` before this file alone).
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { barabasiAlbert } from "../../../bench/graphs.js";
import { csrFromEdges } from "../../../src/graph/csr.js";
import { msbfsDistribution } from "../../../src/metrics/separation/msbfs.js";
import { sampleSources } from "../../../src/metrics/separation/sample.js";
import { streamFromKey } from "../../../src/random/streams.js";

type Parallel = typeof import("../../../src/metrics/separation/msbfs-parallel.js");
const dist = new URL("../../../dist/metrics/separation/msbfs-parallel.js", import.meta.url);

describe.runIf(existsSync(dist))("msbfsParallel (compiled, worker threads)", () => {
  it("equals the serial per-source histograms and total on BA n=20,000, for 2 and 3 threads", async () => {
    const { msbfsParallel, parallelMsbfsAvailable } = (await import(dist.href)) as Parallel;
    expect(parallelMsbfsAvailable()).toBe(true);
    const g = barabasiAlbert(20_000, 3, streamFromKey("test:parallel"));
    const { csr } = csrFromEdges(g.n, g.src, g.dst);
    const sources = sampleSources(streamFromKey("test:parallel:sources"), csr.n, 150);
    const serial = msbfsDistribution(csr, sources, { perSource: true });
    for (const threads of [2, 3]) {
      const par = msbfsParallel(csr, sources, threads);
      expect(par.distribution).toEqual(serial.distribution);
      expect(par.perSource?.map((h) => [...h])).toEqual(serial.perSource?.map((h) => [...h]));
    }
  });
});
