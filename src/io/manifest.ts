/**
 * manifest.json, written next to every run's CSV files: the fully resolved
 * scenario, the seeds, the netvalue and Node versions, and a SHA-256 of each output
 * file, so a run can be replayed and its outputs checked (README Reproducibility). No wall-clock
 * time is recorded: the manifest of a re-run on the same versions is identical. `git`
 * names the commit of the checkout that ran (null outside one, io/provenance.ts); the
 * reproducibility check compares CSV files only (experiment/compare.ts), never
 * manifests, so the commit a result was made from never enters that comparison.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { VERSION } from "../version.js";
import { gitProvenance, type GitProvenance } from "./provenance.js";
import { writeFileAtomic } from "./atomic.js";

export interface FileDigest {
  readonly sha256: string;
  readonly bytes: number;
}

export interface Manifest {
  readonly netvalue: string;
  /** The git commit of the netvalue checkout that ran, and whether its tree was dirty; null outside a checkout. */
  readonly git: GitProvenance | null;
  readonly node: string;
  readonly name: string;
  readonly cell: { readonly index: number; readonly id: string; readonly params: Readonly<Record<string, unknown>> } | null;
  readonly seeds: readonly number[];
  readonly scenario: unknown;
  readonly files: Readonly<Record<string, FileDigest>>;
  /** For a sweep's top-level manifest: the grid, and which shard this folder holds. */
  readonly sweep?: SweepInfo;
}

export interface SweepInfo {
  readonly totalCells: number;
  readonly shard: { readonly index: number; readonly count: number } | null;
  /** The cells present in this folder, by grid index. */
  readonly cells: readonly { readonly index: number; readonly id: string; readonly params: Readonly<Record<string, unknown>> }[];
}

export function digestFile(path: string): FileDigest {
  const data = readFileSync(path);
  return { sha256: createHash("sha256").update(data).digest("hex"), bytes: data.length };
}

/** Writes manifest.json in `dir`, hashing each of `files` (names relative to `dir`). */
export function writeManifest(dir: string, fields: Omit<Manifest, "netvalue" | "git" | "node" | "files">, files: readonly string[]): Manifest {
  const digests: Record<string, FileDigest> = {};
  for (const f of [...files].sort()) digests[f] = digestFile(join(dir, f));
  const manifest: Manifest = { netvalue: VERSION, git: gitProvenance(), node: process.version, ...fields, files: digests };
  writeFileAtomic(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function readManifest(dir: string): Manifest | null {
  const path = join(dir, "manifest.json");
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Manifest;
  } catch {
    return null;
  }
}

/** true when `dir` has a manifest and every file it lists exists with the recorded hash. */
export function isComplete(dir: string): boolean {
  const m = readManifest(dir);
  if (!m) return false;
  return Object.entries(m.files).every(([f, d]) => {
    const p = join(dir, f);
    return existsSync(p) && digestFile(p).sha256 === d.sha256;
  });
}
