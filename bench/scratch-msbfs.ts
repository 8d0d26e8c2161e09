import { barabasiAlbert, wattsStrogatz } from "./graphs.js";
import { csrFromEdges } from "../src/metrics/csr.js";
import { msbfsDistribution } from "../src/metrics/separation/msbfs.js";
import { bfsDistribution } from "../src/metrics/separation/bfs.js";
import { hyperAnf } from "../src/metrics/separation/hyperanf.js";
import { distanceStatistics } from "../src/metrics/separation/statistics.js";
import { streamFromKey } from "../src/random/streams.js";
const which = process.argv[2] ?? "small";
const rng = streamFromKey("x");
if (which === "small") {
  const g = barabasiAlbert(10000, 5, rng);
  const { csr } = csrFromEdges(g.n, g.src, g.dst);
  for (const K of [1, 2, 4, 8]) {
    let t = performance.now();
    const r = msbfsDistribution(csr, undefined, { wordsPerNode: K });
    console.log("K", K, (performance.now() - t).toFixed(0), "ms", distanceStatistics(r.distribution).meanDistance);
  }
  let t = performance.now();
  const r2 = msbfsDistribution(csr, undefined, { perSource: true });
  console.log("perSource", (performance.now() - t).toFixed(0), "ms");
  t = performance.now();
  const src = Array.from({ length: 500 }, (_, i) => i);
  const a = bfsDistribution(csr, src);
  const b = msbfsDistribution(csr, src, { wordsPerNode: 3, perSource: true });
  console.log("bfs==msbfs", JSON.stringify(a) === JSON.stringify(b.distribution), a.counts.join(","), b.distribution.counts.join(","));
  const sum = [0]; for (const h of b.perSource!) h.forEach((c, i) => { sum[i] = (sum[i] ?? 0) + c; });
  console.log("perSource sum", sum.join(","));
  const w = wattsStrogatz(10000, 10, 0.1, rng);
  const ws = csrFromEdges(w.n, w.src, w.dst).csr;
  t = performance.now();
  const r3 = msbfsDistribution(ws, undefined, {});
  console.log("ws", (performance.now() - t).toFixed(0), "ms", distanceStatistics(r3.distribution));
  for (let s = 0; s < 3; s++) {
    const h = hyperAnf(csr, 6, streamFromKey("h" + s));
    console.log("hanf", distanceStatistics(h.distribution).meanDistance, distanceStatistics(r2.distribution).meanDistance);
  }
} else {
  let t = performance.now();
  const g = barabasiAlbert(1000000, 5, rng);
  const { csr } = csrFromEdges(g.n, g.src, g.dst);
  console.log("gen+csr", (performance.now() - t).toFixed(0));
  const src = Array.from({ length: Number(process.argv[3] ?? 128) }, (_, i) => i * 997);
  t = performance.now();
  const r = msbfsDistribution(csr, src, { perSource: true, wordsPerNode: Number(process.argv[4] ?? 2) });
  console.log("ms", src.length, (performance.now() - t).toFixed(0), distanceStatistics(r.distribution).meanDistance);
  t = performance.now();
  const h = hyperAnf(csr, 6, rng, { onProgress: (s, c) => console.log(s, c, (performance.now() - t).toFixed(0)) });
  console.log("hanf", (performance.now() - t).toFixed(0), distanceStatistics(h.distribution).meanDistance, process.memoryUsage().rss / 1e6);
}
