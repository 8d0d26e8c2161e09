/**
 * `npm run bench -- separation [--quick]`: degrees of separation, ours against the
 * tools researchers use, on the same edge-list files, in one run (issue 4).
 *
 * Graphs (seeded, generated here, written to $TMPDIR/netvalue-bench/): Barabási–Albert
 * n = 10^4, m = 5; Watts–Strogatz n = 10^4, k = 10, p = 0.1; BA n = 10^5 and n = 10^6,
 * m = 5. Every task runs in its own process and is timed whole (start-up, reading the
 * file, computing), with its peak resident memory (Node `process.resourceUsage().maxRSS`,
 * Python `resource.getrusage(...).ru_maxrss`). The ratio column is peer time / our time
 * for the same task.
 *
 * Peers: graphology-shortest-path (`singleSourceLength`) from a sample of 200 sources,
 * its BFS time extrapolated to all sources (labelled); networkx (all-pairs BFS) and
 * python-igraph (`path_length_hist`; `distances()` for sampled sources, 10 per call,
 * histogrammed with numpy — faster here than `Graph.bfs` per source) through python3
 * when importable — a missing peer is skipped and said so. igraph on BA 10^6 runs 100
 * sampled sources and is extrapolated to 1,000 (labelled). `--quick` (or
 * NETVALUE_BENCH_QUICK=1) shortens the slowest peer runs (networkx beyond 500 sources
 * and igraph on BA 10^6 beyond 20 sources, both then extrapolated).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { streamFromKey } from "../src/random/streams.js";
import { barabasiAlbert, wattsStrogatz, writeEdgeList, type EdgeArrays } from "./graphs.js";
import { printTable, writeBenchCsv, type BenchRow } from "./table.js";

const quick = process.argv.includes("--quick") || process.env["NETVALUE_BENCH_QUICK"] === "1";
const TASK = fileURLToPath(new URL("./separation-task.js", import.meta.url));

interface GraphSpec {
  readonly name: string;
  readonly make: () => EdgeArrays;
}

const graphs: GraphSpec[] = [
  { name: "BA n=1e4 m=5", make: () => barabasiAlbert(10_000, 5, streamFromKey("bench:ba:1e4")) },
  { name: "WS n=1e4 k=10 p=0.1", make: () => wattsStrogatz(10_000, 10, 0.1, streamFromKey("bench:ws:1e4")) },
  { name: "BA n=1e5 m=5", make: () => barabasiAlbert(100_000, 5, streamFromKey("bench:ba:1e5")) },
  { name: "BA n=1e6 m=5", make: () => barabasiAlbert(1_000_000, 5, streamFromKey("bench:ba:1e6")) },
];

async function edgeListFor(g: GraphSpec): Promise<string> {
  const dir = join(tmpdir(), "netvalue-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${g.name.replace(/[^a-z0-9]+/gi, "-")}.txt`);
  if (!existsSync(file) || statSync(file).size === 0) await writeEdgeList(file, g.make());
  return file;
}

interface Timed {
  readonly seconds: number;
  readonly result: Record<string, unknown> | null;
  readonly error?: string;
}

function timed(cmd: string, args: readonly string[]): Timed {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) return { seconds, result: null, error: (r.stderr || String(r.error)).trim().split("\n").pop() ?? "failed" };
  const last = r.stdout.trim().split("\n").pop() ?? "{}";
  return { seconds, result: JSON.parse(last) as Record<string, unknown> };
}

const ours = (task: string, file: string, param?: number) =>
  timed(process.execPath, [TASK, task, file, ...(param !== undefined ? [String(param)] : [])]);

/** The Python peer script: prints one JSON line with the mean distance and peak memory. */
const PY = String.raw`
import sys, json, random, resource
tool, task, path, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
def peak(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if tool == "igraph":
    import igraph as ig
    g = ig.Graph.Read_Ncol(path, names=True, directed=False)
    n = g.vcount()
    if task == "exact":
        h = g.path_length_hist(directed=False)
        pairs = sum(c for _, _, c in h.bins()); s = sum(lo * c for lo, _, c in h.bins())
        print(json.dumps({"mean": s / pairs, "sources": n, "maxRssMb": peak()})); sys.exit()
    import numpy as np
    import time; t0 = time.time()
    src = random.Random(1).sample(range(n), k); tot = np.zeros(64)
    for i in range(0, len(src), 10):
        d = np.array(g.distances(source=src[i:i + 10]), dtype=float).ravel()
        d = d[np.isfinite(d) & (d > 0)].astype(int); tot[:d.max() + 1] += np.bincount(d)
    print(json.dumps({"mean": float((tot * np.arange(64)).sum() / tot.sum()), "sources": k, "bfsSeconds": time.time() - t0, "maxRssMb": peak()}))
else:
    import networkx as nx
    g = nx.read_edgelist(path, nodetype=int); nodes = list(g.nodes()); n = len(nodes)
    src = nodes if (task == "exact" and k >= n) else random.Random(1).sample(nodes, min(k, n))
    import time; t0 = time.time(); s = 0; pairs = 0
    for u in src:
        for v, d in nx.single_source_shortest_path_length(g, u).items():
            if d > 0: s += d; pairs += 1
    print(json.dumps({"mean": s / pairs, "sources": len(src), "bfsSeconds": time.time() - t0, "nodes": n, "maxRssMb": peak()}))
`;

/** The first python interpreter that can import the module, or null. */
function pythonWith(module: string): string | null {
  const candidates = [process.env["NETVALUE_PYTHON"], "/usr/bin/python3", "python3"].filter((c): c is string => !!c);
  for (const py of candidates) {
    const r = spawnSync(py, ["-c", `import ${module}`], { encoding: "utf8" });
    if (r.status === 0) return py;
  }
  return null;
}

export async function separationSuite(): Promise<void> {
  const rows: BenchRow[] = [];
  const igraphPy = pythonWith("igraph");
  const nxPy = pythonWith("networkx");
  const skipped: string[] = [];
  if (!igraphPy) skipped.push("igraph: python3 cannot import igraph (apt-get install python3-igraph)");
  if (!nxPy) skipped.push("networkx: python3 cannot import networkx (apt-get install python3-networkx)");
  const row = (graph: string, task: string, tool: string, t: Timed, oursSeconds: number | null, note = ""): void => {
    const mean = t.result?.["mean"];
    const seconds = (t.result?.["extrapolatedSeconds"] as number | undefined) ?? t.seconds;
    rows.push({
      graph,
      task,
      tool,
      seconds: Number(seconds.toFixed(3)),
      peak_rss_mb: t.result ? Number((t.result["maxRssMb"] as number).toFixed(0)) : "",
      mean_distance: typeof mean === "number" ? Number(mean.toFixed(4)) : "",
      peer_over_ours: oursSeconds !== null && tool !== "netvalue" ? Number((seconds / oursSeconds).toFixed(1)) : "",
      note: t.error ? `failed: ${t.error}` : note,
    });
    process.stderr.write(`  ${graph} | ${task} | ${tool}: ${seconds.toFixed(2)} s ${note}\n`);
  };
  const py = (interp: string, tool: string, task: string, file: string, k: number) => timed(interp, ["-c", PY, tool, task, file, String(k)]);

  for (const g of graphs) {
    process.stderr.write(`${g.name}: writing edge list…\n`);
    const file = await edgeListFor(g);
    const small = g.name.includes("1e4");
    const n = Number(/n=(\d+e\d+)/.exec(g.name)?.[1] ?? 0);
    if (small || g.name.includes("1e5")) {
      const exact = ours("exact", file);
      row(g.name, "exact all pairs", "netvalue", exact, null, "multi-source bit-parallel BFS");
      if (small) {
        const gl = ours("graphology", file, 200);
        if (gl.result) {
          const bfs = gl.result["bfsSeconds"] as number;
          gl.result["extrapolatedSeconds"] = gl.seconds - bfs + (bfs * n) / 200;
        }
        row(g.name, "exact all pairs", "graphology-shortest-path", gl, exact.seconds, "extrapolated from 200 sources");
        if (nxPy) {
          const k = quick ? 500 : n;
          const nx = py(nxPy, "networkx", "exact", file, k);
          if (nx.result && k < n) {
            const bfs = nx.result["bfsSeconds"] as number;
            nx.result["extrapolatedSeconds"] = nx.seconds - bfs + (bfs * n) / k;
          }
          row(g.name, "exact all pairs", "networkx", nx, exact.seconds, k < n ? `extrapolated from ${k} sources (--quick)` : "");
        }
        if (igraphPy) row(g.name, "exact all pairs", "igraph", py(igraphPy, "igraph", "exact", file, 0), exact.seconds, "path_length_hist");
      }
    }
    if (!small) {
      const sample = ours("sample", file, 1000);
      row(g.name, "1000 sampled sources", "netvalue", sample, null, "MS-BFS + bootstrap CI");
      if (igraphPy) {
        // On 10^6 nodes igraph takes about 1.5 s per source here (25 min for 1,000): it runs
        // 100 sources and its BFS time is extrapolated to 1,000 (each source is an
        // independent BFS, so the time is linear in the sources); the row says so.
        const k = n >= 1e6 ? (quick ? 20 : 100) : 1000;
        const ig = py(igraphPy, "igraph", "sample", file, k);
        if (ig.result && k < 1000) {
          const bfs = ig.result["bfsSeconds"] as number;
          ig.result["extrapolatedSeconds"] = ig.seconds - bfs + (bfs * 1000) / k;
        }
        const how = "distances(), 10 sources per call, numpy histogram";
        row(g.name, "1000 sampled sources", "igraph", ig, sample.seconds, k < 1000 ? `${how}; extrapolated from ${k} sources` : how);
      }
      if (n >= 1e6) {
        const h = ours("hyperanf", file, 6);
        const rse = (h.result?.["error"] as { relativeStandardError?: number } | undefined)?.relativeStandardError;
        const sm = sample.result?.["mean"] as number | undefined;
        const hm = h.result?.["mean"] as number | undefined;
        const gap = sm !== undefined && hm !== undefined ? Math.abs(hm / sm - 1) : Number.NaN;
        row(g.name, "HyperANF b=6", "netvalue", h, null, `|mean/sampled − 1| = ${(100 * gap).toFixed(2)}%, stated rel. std. error ${((rse ?? NaN) * 100).toFixed(1)}%`);
      }
    }
  }
  printTable("Degrees of separation (seconds are whole processes; peer_over_ours = peer time / our time)", rows);
  for (const s of skipped) process.stdout.write(`skipped: ${s}\n`);
  process.stdout.write(`wrote ${writeBenchCsv("separation", rows)}\n`);
}
