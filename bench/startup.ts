/**
 * `npm run bench -- startup` (after `npm run build`): whole-process start-up of the
 * CLI and of the library's entry points, against bare `node -e ""`, and `netvalue
 * measure` on the BA n = 10^4 bench graph against igraph's `path_length_hist`, each
 * process reading the file. Commands run in interleaved rounds, so a change of load on
 * the machine hits them alike. Per command: median and minimum wall time, and mean
 * CPU time (user + system of the child, from /proc/self/stat's cutime and cstime),
 * which a loaded machine inflates far less than wall time. Writes results/bench/startup.csv.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamFromKey } from "../src/random/streams.js";
import { barabasiAlbert, writeEdgeList } from "./graphs.js";
import { printTable, writeBenchCsv, type BenchRow } from "./table.js";

const ROUNDS = process.argv.includes("--quick") ? 5 : 15;
const CLK_TCK = 100; // Linux USER_HZ

interface Command {
  readonly name: string;
  readonly argv: readonly string[];
  /** Added wall time over bare node allowed by issue 15, or a ratio target; "" when none. */
  readonly target: string;
  readonly rounds?: number;
}

/** User + system CPU seconds of the waited-for children of this process so far. */
function childCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the command name: field 3 is index 0, so cutime (16) and cstime (17) are 13 and 14.
  return (Number(fields[13]) + Number(fields[14])) / CLK_TCK;
}

function run(argv: readonly string[]): { wall: number; cpu: number } {
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const r = spawnSync(argv[0] as string, argv.slice(1), { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed (${r.status}): ${r.stderr}`);
  return { wall, cpu: childCpuSeconds() - cpu0 };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
}

async function benchGraph(): Promise<string> {
  // The separation suite's file: the same generator, key and name.
  const dir = join(tmpdir(), "netvalue-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "BA-n-1e4-m-5.txt");
  if (!existsSync(file) || statSync(file).size === 0) await writeEdgeList(file, barabasiAlbert(10_000, 5, streamFromKey("bench:ba:1e4")));
  return file;
}

function igraphPython(): string | null {
  for (const py of [process.env["NETVALUE_PYTHON"], "/usr/bin/python3", "python3"].filter((c): c is string => !!c)) {
    if (spawnSync(py, ["-c", "import igraph"]).status === 0) return py;
  }
  return null;
}

const IGRAPH = `
import sys, igraph as ig
g = ig.Graph.Read_Ncol(sys.argv[1], names=True, directed=False)
h = g.path_length_hist(directed=False)
pairs = sum(c for _, _, c in h.bins()); print(sum(lo * c for lo, _, c in h.bins()) / pairs)
`;

export async function startupSuite(): Promise<void> {
  const node = process.execPath;
  const cli = "bin/netvalue.js";
  const graph = await benchGraph();
  const commands: Command[] = [
    { name: 'node -e ""', argv: [node, "-e", ""], target: "" },
    { name: "netvalue --version", argv: [node, cli, "--version"], target: "≤ +150 ms" },
    { name: "netvalue --help", argv: [node, cli, "--help"], target: "≤ +150 ms" },
    { name: "netvalue validate scenarios/quickstart.yaml", argv: [node, cli, "validate", "scenarios/quickstart.yaml"], target: "≤ +400 ms" },
    { name: "import('netvalue/metrics')", argv: [node, "--input-type=module", "-e", "await import('netvalue/metrics')"], target: "≤ +100 ms" },
    { name: "import('netvalue/model')", argv: [node, "--input-type=module", "-e", "await import('netvalue/model')"], target: "" },
    { name: "import('netvalue')", argv: [node, "--input-type=module", "-e", "await import('netvalue')"], target: "" },
    { name: "netvalue measure BA n=1e4 m=5", argv: [node, cli, "measure", graph, "--quiet"], target: "≥ 5× faster than igraph", rounds: 5 },
  ];
  const py = igraphPython();
  if (py) commands.push({ name: "igraph path_length_hist BA n=1e4 m=5", argv: [py, "-c", IGRAPH, graph], target: "", rounds: 3 });
  else process.stderr.write("startup: igraph skipped (python3 cannot import igraph; apt-get install python3-igraph)\n");

  const walls = commands.map(() => [] as number[]);
  const cpus = commands.map(() => [] as number[]);
  commands.forEach((c) => run(c.argv)); // warm-up: file cache, compiled code cache
  for (let round = 0; round < ROUNDS; round++) {
    commands.forEach((c, k) => {
      if (round >= (c.rounds ?? ROUNDS)) return;
      const t = run(c.argv);
      walls[k]?.push(t.wall);
      cpus[k]?.push(t.cpu);
    });
    process.stderr.write(`startup: round ${round + 1}/${ROUNDS}\n`);
  }
  const ms = (s: number) => Math.round(s * 1000);
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const baseWall = median(walls[0] as number[]);
  const baseCpu = mean(cpus[0] as number[]);
  const rows: BenchRow[] = commands.map((c, k) => {
    const w = walls[k] as number[];
    const u = cpus[k] as number[];
    return {
      command: c.name,
      runs: w.length,
      wall_median_ms: ms(median(w)),
      wall_min_ms: ms(Math.min(...w)),
      cpu_mean_ms: ms(mean(u)),
      over_node_wall_median_ms: k === 0 ? "" : ms(median(w) - baseWall),
      over_node_cpu_ms: k === 0 ? "" : ms(mean(u) - baseCpu),
      target: c.target,
    };
  });
  const measureAt = commands.findIndex((c) => c.name.startsWith("netvalue measure"));
  const igraphAt = commands.findIndex((c) => c.name.startsWith("igraph"));
  if (igraphAt >= 0) {
    const ratio = median(walls[igraphAt] as number[]) / median(walls[measureAt] as number[]);
    const cpuRatio = mean(cpus[igraphAt] as number[]) / mean(cpus[measureAt] as number[]);
    const row = rows[measureAt] as BenchRow;
    row["target"] = `≥ 5× faster than igraph: ${ratio.toFixed(1)}× wall, ${cpuRatio.toFixed(1)}× CPU`;
  }
  printTable("startup: whole processes (ms)", rows);
  process.stdout.write(`wrote ${writeBenchCsv("startup", rows)}\n`);
}
