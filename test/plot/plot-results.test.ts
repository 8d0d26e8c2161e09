import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plotResults } from "../../src/plot/plot-results.js";
import { loadResults } from "../../src/plot/load.js";
import { renderSvg } from "../../src/plot/render.js";
import { writeRunFolder, writeSweepFolder } from "./synthetic-results.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nv-plot-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a rejection");
}

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected a throw");
}

describe("plotResults on a run folder", () => {
  it("writes each chart as SVG with its spec beside it, into <dir>/charts by default", async () => {
    writeRunFolder(dir, { name: "demo", seed: 42 });
    const r = await plotResults(dir);
    expect(r.outDir).toBe(join(dir, "charts"));
    expect(r.skipped).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.written).toHaveLength(16);
    for (const f of r.written) expect(existsSync(f), f).toBe(true);
    expect(readdirSync(r.outDir).filter((f) => f.startsWith(".netvalue-tmp"))).toEqual([]);
    const svg = readFileSync(join(r.outDir, "trust-received.svg"), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    for (const text of [">step (days)<", ">trust received (0–1)<", ">demo · seed 42 · netvalue 0.1.0<", ">opportunist<"]) {
      expect(svg.includes(text), text).toBe(true);
    }
    expect(readFileSync(join(r.outDir, "mean-distance.svg"), "utf8").includes(">mean distance (hops)<")).toBe(true);
    expect(readFileSync(join(r.outDir, "distance-distribution.svg"), "utf8").includes(">distance (hops)<")).toBe(true);
    const spec = JSON.parse(readFileSync(join(r.outDir, "trust-received.vl.json"), "utf8")) as { $schema: string };
    expect(spec.$schema).toContain("vega-lite/v6");
  });

  it("gives byte-identical SVG for the same input", async () => {
    writeRunFolder(dir);
    const a = await plotResults(dir, { out: join(dir, "a") });
    const b = await plotResults(dir, { out: join(dir, "b") });
    const names = readdirSync(join(dir, "a")).sort();
    expect(readdirSync(join(dir, "b")).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(dir, "b", n)).equals(readFileSync(join(dir, "a", n))), n).toBe(true);
    expect(a.written.length).toBe(b.written.length);
  });

  it("draws different input differently (the determinism test can fail)", async () => {
    writeRunFolder(join(dir, "x"), { seed: 1 });
    writeRunFolder(join(dir, "y"), { seed: 2 });
    await plotResults(join(dir, "x"));
    await plotResults(join(dir, "y"));
    const a = readFileSync(join(dir, "x", "charts", "followers.svg"), "utf8");
    const b = readFileSync(join(dir, "y", "charts", "followers.svg"), "utf8");
    expect(a).not.toEqual(b);
  });

  it("writes PNG through resvg", async () => {
    writeRunFolder(dir);
    const r = await plotResults(dir, { format: "png", out: join(dir, "png") });
    const png = readFileSync(join(dir, "png", "trust-received.png"));
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.length).toBeGreaterThan(5000);
    expect(r.written).toContain(join(dir, "png", "trust-received.vl.json"));
  });

  it("skips a chart whose data is absent and says why", async () => {
    writeRunFolder(dir, { files: ["timeseries", "manifest"] });
    const r = await plotResults(dir);
    expect(r.skipped).toEqual([{ chart: "distance-distribution", reason: "no distances.csv" }]);
    expect(existsSync(join(dir, "charts", "distance-distribution.svg"))).toBe(false);
    expect(existsSync(join(dir, "charts", "trust-received.svg"))).toBe(true);
  });

  it("skips everything, without a crash, when a folder has only a manifest", async () => {
    writeRunFolder(dir, { files: ["manifest"] });
    const r = await plotResults(dir);
    expect(r.written).toEqual([]);
    expect(r.skipped.map((s) => s.chart)).toContain("trust-received");
    expect(r.skipped.find((s) => s.chart === "trust-received")?.reason).toBe("no timeseries.csv");
  });

  it("skips a metric column that was never filled", async () => {
    writeRunFolder(dir);
    const ts = join(dir, "timeseries.csv");
    const [head, ...rows] = readFileSync(ts, "utf8").trimEnd().split("\n");
    const j = head!.split(",").indexOf("followers_mean");
    const blank = (line: string): string => line.split(",").map((v, i) => (i === j ? "" : v)).join(",");
    writeFileSync(ts, [head, ...rows.map(blank)].join("\n") + "\n");
    const r = await plotResults(dir);
    expect(r.skipped).toEqual([{ chart: "followers", reason: "timeseries.csv has no values in column followers_mean" }]);
  });
});

describe("plotResults on a sweep folder", () => {
  it("writes per-cell time series and sweep responses, and skips absent metrics", async () => {
    writeSweepFolder(dir);
    const r = await plotResults(dir);
    const files = readdirSync(r.outDir);
    for (const c of ["trust-received", "mean-distance", "distance-distribution", "sweep-trust-received", "sweep-mean-distance"]) {
      expect(files, c).toContain(`${c}.svg`);
      expect(files, c).toContain(`${c}.vl.json`);
    }
    expect(r.skipped.map((s) => s.chart).sort()).toEqual(["sweep-distrusted-share", "sweep-dunbar-layers", "sweep-followers", "sweep-strangers", "sweep-ties", "sweep-unmasked-share", "sweep-value-received", "sweep-weak-ties"]);
    const svg = readFileSync(join(r.outDir, "sweep-trust-received.svg"), "utf8");
    expect(svg).toContain("network.followCap");
    expect(svg).toContain("sweep-demo · seed 7 · netvalue 0.1.0");
  });

  it("without sweep-summary.csv (a shard) skips the responses with the reason", async () => {
    writeSweepFolder(dir, { summary: false });
    const r = await plotResults(dir);
    expect(r.skipped.find((s) => s.chart === "sweep-trust-received")?.reason).toMatch(/no sweep-summary\.csv/);
    expect(existsSync(join(r.outDir, "trust-received.svg"))).toBe(true);
  });

  it("does not read cells beyond the panel limit", async () => {
    writeSweepFolder(dir);
    const r = await plotResults(dir, { maxPanels: 2 });
    expect(r.skipped.find((s) => s.chart === "trust-received")?.reason).toMatch(/4 sweep cells are too many panels/);
    expect(existsSync(join(r.outDir, "sweep-trust-received.svg"))).toBe(true);
  });

  it("rejects an x that is not a swept parameter", async () => {
    writeSweepFolder(dir);
    const err = await rejection(plotResults(dir, { x: "network.n" }));
    expect(err.name).toBe("InputError");
    expect(err.message).toContain("network.followCap, mechanisms.discovery.rate");
  });
});

describe("bad input", () => {
  it("a folder that does not exist is an InputError naming it", async () => {
    const missing = join(dir, "nope");
    const err = await rejection(plotResults(missing));
    expect(err.name).toBe("InputError");
    expect(err.message).toBe(`results folder not found: ${missing}`);
  });

  it("a folder with none of netvalue's outputs is an InputError", () => {
    mkdirSync(join(dir, "empty"));
    writeFileSync(join(dir, "empty", "notes.txt"), "hello\n");
    const err = thrown(() => loadResults(join(dir, "empty")));
    expect(err.name).toBe("InputError");
    expect(err.message).toMatch(/not a netvalue results folder/);
  });

  it("a file instead of a folder, or a manifest that is not JSON, is an InputError", () => {
    writeFileSync(join(dir, "f.csv"), "a\n1\n");
    expect(thrown(() => loadResults(join(dir, "f.csv"))).name).toBe("InputError");
    writeFileSync(join(dir, "manifest.json"), "{ not json");
    const err = thrown(() => loadResults(dir));
    expect(err.name).toBe("InputError");
    expect(err.message).toMatch(/manifest\.json is not valid JSON/);
  });

  it("an unknown format is an InputError", async () => {
    writeRunFolder(dir);
    const err = await rejection(plotResults(dir, { format: "gif" as "svg" }));
    expect(err.name).toBe("InputError");
  });

  it("renderSvg throws on a spec vega-lite cannot compile", async () => {
    await expect(renderSvg({ mark: "nonsense", data: { values: [] } })).rejects.toThrow();
  });
});
