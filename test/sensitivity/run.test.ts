/**
 * `runSensitivity` on a real (tiny) scenario: common random numbers make an
 * ignored parameter's effects exactly 0; shards merged are byte-identical to one
 * run; the tables have their documented columns.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at } from "../../src/checked-index.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runSensitivity } from "../../src/sensitivity/run-sensitivity.js";
import { mergeShards } from "../../src/experiment/merge.js";
import { compareResultDirs } from "../../src/experiment/compare.js";
import { readCsv } from "../../src/io/csv-read.js";
import { readManifest } from "../../src/io/manifest.js";
import { scenarioFromObjectOrThrow } from "../../src/scenario/load.js";
import { TINY_SENSITIVITY } from "./tiny-sensitivity.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "nv-sens-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("runSensitivity", () => {
  it("gives a parameter the model ignores effects of exactly 0 (common random numbers), and others not", async () => {
    const sc = scenarioFromObjectOrThrow(TINY_SENSITIVITY);
    const r = await runSensitivity(sc, { out: join(root, "whole"), workers: 0 });
    expect(r.complete).toBe(true);
    expect(r.totalCells).toBe(3 * 4);
    expect(r.tables).toEqual(["summary.csv", "sweep-summary.csv", "strategy-comparison.csv", "columns.csv", "design.csv", "indices.csv", "claims.csv", "claim-shares.csv", "claim-flips.csv"]);
    const indices = readCsv(join(root, "whole", "indices.csv"));
    expect(indices.columns).toEqual(["output", "parameter", "method", "index", "estimate", "ci_low", "ci_high"]);
    expect(indices.rows).toHaveLength(3 * 3 * 3);
    const dummy = indices.rows.filter((row) => row[1] === "mechanisms.events.minSimilarity");
    expect(dummy).toHaveLength(9);
    for (const row of dummy) expect(row.slice(4).map(Number)).toEqual([0, 0, 0]);
    const detection = indices.rows.find((row) => row[0] === "opportunistic_detections_received" && row[1] === "mechanisms.trust.detection" && row[3] === "mu_star")!;
    expect(Number(detection[4])).toBeGreaterThan(0);
    const summary = readCsv(join(root, "whole", "summary.csv"));
    expect(new Set(summary.rows.map((row) => row[2])).size).toBe(2); // every point ran the same two seeds
  });

  it("writes claims, claim shares and flips with their documented columns, and design.csv per point", () => {
    const claims = readCsv(join(root, "whole", "claims.csv"));
    expect(claims.columns).toEqual(["claim", "runs", "holds_share", "ci_low", "ci_high"]);
    expect(claims.rows[0]?.[0]).toBe("authentic-trusted-more");
    expect(claims.rows[0]?.[1]).toBe("24");
    const [lo, share, hi] = [3, 2, 4].map((i) => Number(at(at(claims.rows, 0), i)));
    expect(lo).toBeLessThanOrEqual(share!);
    expect(hi).toBeGreaterThanOrEqual(share!);
    const flips = readCsv(join(root, "whole", "claim-flips.csv"));
    expect(flips.columns).toEqual(["claim", "parameter", "flip_at", "share_below", "share_above"]);
    expect(flips.rows).toHaveLength(3);
    const design = readCsv(join(root, "whole", "design.csv"));
    expect(design.columns.slice(0, 5)).toEqual(["point", "cell_id", "mechanisms.trust.detection", "mechanisms.events.minSimilarity", "network.attention"]);
    expect(design.rows).toHaveLength(12);
    expect(design.rows.every((row) => Number.isInteger(Number(row[4])))).toBe(true); // an integer field stays whole
    expect(readManifest(join(root, "whole"))?.seeds).toHaveLength(2);
  });

  it("shards on workers, merged, are byte-identical to one inline run", async () => {
    const sc = scenarioFromObjectOrThrow(TINY_SENSITIVITY);
    const dirs: string[] = [];
    for (let i = 1; i <= 2; i++) {
      const d = join(root, `shard-${i}`);
      const r = await runSensitivity(sc, { out: d, workers: 1, shard: { index: i, count: 2 } });
      expect(r.complete).toBe(true);
      expect(r.tables).toEqual([]);
      dirs.push(d);
    }
    const merged = mergeShards(dirs, join(root, "merged"));
    expect(merged.tables).toContain("indices.csv");
    const { files, differences } = compareResultDirs(join(root, "whole"), join(root, "merged"));
    expect(files).toBe(9 + 12 * 2); // top tables with columns.csv; each cell's summary.csv and columns.csv
    expect(differences).toEqual([]);
  });

  it("Sobol': the ignored parameter's S1 and ST are exactly 0 too (f(AB_i) = f(A) under common random numbers)", async () => {
    const sc = scenarioFromObjectOrThrow({ ...TINY_SENSITIVITY, sensitivity: { ...TINY_SENSITIVITY.sensitivity, method: "sobol", samples: 4 } });
    const r = await runSensitivity(sc, { out: join(root, "sobol"), workers: 2 });
    expect(r.totalCells).toBe(4 * (3 + 2));
    const indices = readCsv(join(root, "sobol", "indices.csv"));
    const dummy = indices.rows.filter((row) => row[1] === "mechanisms.events.minSimilarity");
    expect(dummy.map((row) => row[3])).toEqual(["S1", "ST", "S1", "ST", "S1", "ST"]);
    for (const row of dummy) expect(row.slice(4).map(Number)).toEqual([0, 0, 0]);
  });

  it("--resume redoes only a missing point and gives the same bytes", async () => {
    const sc = scenarioFromObjectOrThrow(TINY_SENSITIVITY);
    const dir = join(root, "merged");
    const cells = readManifest(dir)!.sweep!.cells;
    rmSync(join(dir, "cells", at(cells, 5).id), { recursive: true, force: true });
    const r = await runSensitivity(sc, { out: dir, workers: 0, resume: true });
    expect(r.cells.filter((c) => c.skipped)).toHaveLength(11);
    expect(compareResultDirs(join(root, "whole"), dir).differences).toEqual([]);
  });
});
