/**
 * `mergeShards`: joins the folders written by `netvalue sweep --shard i/n` into one
 * complete sweep folder, refusing — with a message that names what is wrong —
 * shards of different scenarios or netvalue versions, overlapping cells, incomplete
 * cells and missing cells. The merged folder is byte-identical to a sweep run in
 * one go (cells are copied, the combined tables rebuilt in grid order); a
 * sensitivity design's shards get its analysis tables too.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { at } from "../checked-index.js";
import { InputError } from "../errors.js";
import { isComplete, readManifest, writeManifest, type Manifest } from "../io/manifest.js";
import type { Scenario } from "../scenario/types.js";
import type { Cell } from "./cell.js";
import { sweepInfo } from "./run-sweep.js";
import { writeSweepTables } from "./sweep-tables.js";
import { writeSensitivityTables } from "../sensitivity/tables.js";

export interface MergeResult {
  readonly outDir: string;
  readonly cells: number;
  readonly tables: readonly string[];
}

export function mergeShards(dirs: readonly string[], outDir: string): MergeResult {
  if (dirs.length === 0) throw new InputError("merge: give at least one shard folder");
  const manifests: [string, Manifest][] = dirs.map((d) => {
    const m = readManifest(d);
    if (!m) throw new InputError(`${d}: no manifest.json — not a finished sweep folder (did its shard complete?)`);
    if (!m.sweep) throw new InputError(`${d}: manifest.json is not a sweep's (run it with 'netvalue sweep')`);
    return [d, m];
  });
  const [firstDir, first] = at(manifests, 0);
  for (const [d, m] of manifests.slice(1)) {
    if (m.netvalue !== first.netvalue) {
      throw new InputError(`${d} was made by netvalue ${m.netvalue} but ${firstDir} by ${first.netvalue}: re-run one of them`);
    }
    if (!isDeepStrictEqual(m.scenario, first.scenario)) {
      throw new InputError(`${d} and ${firstDir} come from different scenarios (their manifests' resolved scenarios differ)`);
    }
  }
  const total = (first.sweep as NonNullable<Manifest["sweep"]>).totalCells;
  const owner = new Map<number, { dir: string; id: string; params: Readonly<Record<string, unknown>> }>();
  for (const [d, m] of manifests) {
    for (const c of (m.sweep as NonNullable<Manifest["sweep"]>).cells) {
      const prev = owner.get(c.index);
      if (prev) throw new InputError(`cell ${c.index} (${c.id}) is in both ${prev.dir} and ${d}: shards overlap`);
      const dir = join(d, "cells", c.id);
      if (!isComplete(dir)) throw new InputError(`${dir}: cell is incomplete (files missing or changed); re-run its shard with --resume`);
      owner.set(c.index, { dir: d, id: c.id, params: c.params });
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < total; i++) if (!owner.has(i)) missing.push(String(i));
  if (missing.length) {
    throw new InputError(`missing ${missing.length} of ${total} cells (grid indices ${missing.join(", ")}): run their shards and merge again`);
  }
  const scenario = first.scenario as Scenario;
  const out = resolve(outDir);
  if (dirs.some((d) => resolve(d) === out)) throw new InputError(`--out ${outDir} is one of the inputs: choose a new folder`);
  const cells: { cell: Cell; dir: string }[] = [];
  for (let i = 0; i < total; i++) {
    const o = owner.get(i) as { dir: string; id: string; params: Readonly<Record<string, unknown>> };
    const target = join(outDir, "cells", o.id);
    if (existsSync(target)) rmSync(target, { recursive: true, force: true });
    cpSync(join(o.dir, "cells", o.id), target, { recursive: true });
    const cell: Cell = { index: i, id: o.id, params: Object.entries(o.params), scenario };
    cells.push({ cell, dir: target });
  }
  const tables = writeSweepTables(outDir, cells);
  // A sensitivity design's folder also gets its analysis, rebuilt from the merged summary.
  if (scenario.sensitivity) tables.push(...writeSensitivityTables(outDir, scenario));
  writeManifest(
    outDir,
    { name: first.name, cell: null, seeds: first.seeds, scenario, sweep: sweepInfo(total, null, cells.map((c) => c.cell)) },
    tables,
  );
  return { outDir, cells: total, tables };
}
