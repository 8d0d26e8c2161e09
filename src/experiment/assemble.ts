/**
 * Assembles a cell's part folders (one per replicate) into the cell's output files:
 * each CSV is the header once followed by every part's rows in replicate order,
 * written atomically; graph files are moved; the cell manifest is written last, so
 * a cell folder with a manifest is complete. Part folders are removed afterwards.
 */
import { readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { AtomicFileWriter } from "../io/atomic.js";
import { writeManifest, type Manifest } from "../io/manifest.js";
import { cellFileDocs, writeCodebook } from "../io/codebook.js";
import { cellSeeds, tableShape, wantedCsvFiles, type Cell } from "./cell.js";
import { partDirName, type PartResult } from "./part.js";

export const PARTS_DIR = ".parts";

export function partDir(cellDir: string, replicate: number): string {
  return join(cellDir, PARTS_DIR, partDirName(replicate));
}

/** Concatenates CSV files that share a header. */
export function concatCsv(target: string, sources: readonly string[]): void {
  const out = new AtomicFileWriter(target);
  try {
    sources.forEach((src, i) => {
      const text = readFileSync(src, "utf8");
      if (i === 0) out.write(text);
      else {
        const nl = text.indexOf("\n");
        out.write(nl < 0 ? "" : text.slice(nl + 1));
      }
    });
    out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
}

export function assembleCell(cell: Cell, cellDir: string, parts: readonly PartResult[]): Manifest {
  const sc = cell.scenario;
  const ordered = [...parts].sort((a, b) => a.replicate - b.replicate);
  const files: string[] = [];
  for (const f of wantedCsvFiles(sc)) {
    concatCsv(join(cellDir, f), ordered.map((p) => join(partDir(cellDir, p.replicate), f)));
    files.push(f);
  }
  files.push(writeCodebook(cellDir, cellFileDocs(tableShape(cell)), files));
  if (sc.output.graph !== "none") {
    for (const p of ordered) {
      const name = `graph-r${p.replicate}.${sc.output.graph}`;
      renameSync(join(partDir(cellDir, p.replicate), name), join(cellDir, name));
      files.push(name);
    }
  }
  const manifest = writeManifest(
    cellDir,
    {
      name: sc.name,
      cell: cell.id ? { index: cell.index, id: cell.id, params: Object.fromEntries(cell.params) } : null,
      seeds: cellSeeds(cell),
      scenario: sc,
    },
    files,
  );
  rmSync(join(cellDir, PARTS_DIR), { recursive: true, force: true });
  return manifest;
}
