/**
 * Output folders a run can trust (README "Output folders"):
 * - a lock file, `.netvalue.lock`, held by the running process (pid, host, command),
 *   so a second run into the same folder is refused with a message naming the holder;
 *   a lock whose process is gone (same host, dead pid) is taken over with a warning;
 * - no finished results are discarded without --overwrite, and a run never mixes its
 *   files with stale ones from an earlier run: it clears the files a run owns
 *   (CSV tables, manifest, graph-r*, charts/, cells/, part folders) before writing.
 * Files a run does not own are never touched.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { InputError } from "../errors.js";
import { readManifest } from "../io/manifest.js";
import { availableParallelism as defaultWorkers } from "node:os";
import type { Scenario } from "../scenario/types.js";
import { PARTS_DIR } from "./assemble.js";
import { checkEstimate, describeEstimate, estimateRun, type Estimate } from "./estimate.js";

export const LOCK_FILE = ".netvalue.lock";

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  readonly started: string;
}

/** Top-level names a run (or `netvalue plot`) writes in its output folder. */
const OWNED = [
  "timeseries.csv",
  "summary.csv",
  "distances.csv",
  "opportunities.csv",
  "agents.csv",
  "sweep-summary.csv",
  "strategy-comparison.csv",
  "columns.csv",
  "timeseries-long.csv",
  "design.csv",
  "indices.csv",
  "claims.csv",
  "claim-shares.csv",
  "claim-flips.csv",
  "manifest.json",
  "final-observation.json",
  "charts",
  "cells",
];
const OWNED_PATTERN = /^(graph-r\d+\.(gexf|graphml)|\.netvalue-tmp-.*)$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Creates the folder, turning the file-system errors a person can fix into one clear line. */
export function makeOutDir(outDir: string): void {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST" || code === "ENOTDIR") throw new InputError(`--out ${outDir}: a file is in the way; the output must be a folder`);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new InputError(`--out ${outDir}: cannot create the folder (permission denied)`);
    throw err;
  }
  if (!statSync(outDir).isDirectory()) throw new InputError(`--out ${outDir}: a file is in the way; the output must be a folder`);
}

/**
 * Takes the folder's lock for this process, creating the folder; returns the release.
 * @throws InputError when another live process holds it, or the folder cannot be written
 */
export function lockOutDir(outDir: string, options: { command?: string; onWarning?: (message: string) => void } = {}): () => void {
  makeOutDir(outDir);
  const path = join(outDir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), command: options.command ?? process.argv.slice(1).join(" "), started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new InputError(`--out ${outDir}: the folder is not writable (permission denied)`);
      if (code !== "EEXIST" || attempt > 0) throw err;
      const holder = readLock(path);
      if (holder && (holder.host !== mine.host || alive(holder.pid))) {
        throw new InputError(
          `--out ${outDir} is in use by another netvalue run (pid ${holder.pid} on ${holder.host}, since ${holder.started}: ${holder.command}); wait for it, or choose another --out` +
            (holder.host !== mine.host ? ` (if that run is gone, delete ${path})` : ""),
        );
      }
      options.onWarning?.(
        holder ? `taking over a stale lock on ${outDir}: pid ${holder.pid} (${holder.command}) is no longer running` : `taking over an unreadable lock file ${path}`,
      );
      rmSync(path, { force: true });
      continue;
    }
    writeSync(fd, `${JSON.stringify(mine)}\n`);
    closeSync(fd);
    break;
  }
  const release = () => {
    if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
    process.off("exit", release);
  };
  // A second Ctrl-C exits at once: the lock goes with the process.
  process.on("exit", release);
  return release;
}

function readLock(path: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(path, "utf8")) as Partial<LockInfo>;
    return typeof info.pid === "number" && typeof info.host === "string" ? (info as LockInfo) : null;
  } catch {
    return null;
  }
}

/** True when `dir` holds finished results: a manifest of its own, of a cell, or of a finished replicate. */
export function holdsFinishedWork(dir: string): boolean {
  if (existsSync(join(dir, "manifest.json"))) return true;
  const manifestsUnder = (d: string) => existsSync(d) && readdirSync(d).some((e) => existsSync(join(d, e, "manifest.json")));
  if (manifestsUnder(join(dir, PARTS_DIR))) return true;
  const cells = join(dir, "cells");
  return existsSync(cells) && readdirSync(cells).some((c) => existsSync(join(cells, c, "manifest.json")) || manifestsUnder(join(cells, c, PARTS_DIR)));
}

/**
 * Refuses to discard finished work by accident, and refuses a second shard of a sweep
 * in a folder that holds another shard (each shard needs its own folder; `merge` joins them).
 */
export function checkOutDir(
  outDir: string,
  options: {
    readonly resume?: boolean;
    readonly overwrite?: boolean;
    readonly shard?: { index: number; count: number } | null | undefined;
    /** A sweep's cell ids in this run (this shard): other cell folders are refused. */
    readonly cellIds?: readonly string[];
  },
): void {
  if (options.resume && options.overwrite) throw new InputError("--resume keeps finished results and --overwrite discards them: give one of them");
  if (options.overwrite || !existsSync(outDir)) return;
  const prior = readManifest(outDir)?.sweep;
  if (prior && options.shard !== undefined) {
    const theirs = prior.shard ? `${prior.shard.index}/${prior.shard.count}` : "the whole grid";
    const ours = options.shard ? `${options.shard.index}/${options.shard.count}` : "the whole grid";
    if (theirs !== ours) {
      throw new InputError(`--out ${outDir} holds ${prior.shard ? `shard ${theirs}` : theirs} of a sweep, not ${options.shard ? `shard ${ours}` : ours}: give each shard its own --out and join them with 'netvalue merge', or add --overwrite`);
    }
  }
  const cells = join(outDir, "cells");
  if (options.cellIds && existsSync(cells)) {
    const mine = new Set(options.cellIds);
    const foreign = readdirSync(cells).filter((c) => !mine.has(c));
    if (foreign.length > 0) {
      throw new InputError(
        `--out ${outDir} holds cells that are not in this ${options.shard ? "shard" : "grid"} (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", …" : ""}): give each shard its own --out and join them with 'netvalue merge', or add --overwrite`,
      );
    }
  }
  if (!options.resume && holdsFinishedWork(outDir)) {
    throw new InputError(`--out ${outDir} holds finished results of an earlier run: add --resume to keep them and do only the rest, or --overwrite to replace them`);
  }
}

/**
 * Removes what a run owns in `dir` (see OWNED), so no stale file sits beside new ones.
 * With `keepParts`, finished replicates (the part folder) and finished cells stay for --resume.
 */
export function clearOwnedFiles(dir: string, keepParts: boolean): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (keepParts && (name === "cells" || name === PARTS_DIR)) continue;
    if (OWNED.includes(name) || OWNED_PATTERN.test(name) || name === PARTS_DIR) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

export interface OutFolderOptions {
  /** Replace the finished results of an earlier run in the output folder (otherwise refused unless resuming). */
  readonly overwrite?: boolean;
  /** Recorded in the lock file; default this process's command line. */
  readonly command?: string;
  /** Told about a stale lock taken over. */
  readonly onWarning?: (message: string) => void;
  /** Run even when the estimate exceeds free memory or disk. */
  readonly force?: boolean;
  /** Told the size estimate before any work, with its one-line description. */
  readonly onEstimate?: (estimate: Estimate, description: string) => void;
}

/** Estimates the run, tells the caller, and refuses one that cannot fit (before any file is touched). */
export function checkSize(cells: readonly Scenario[], outDir: string, options: OutFolderOptions & { readonly workers?: number; readonly threads?: number }): void {
  const e = estimateRun(cells, options.workers ?? defaultWorkers(), options.threads ?? 1);
  options.onEstimate?.(e, describeEstimate(e));
  checkEstimate(cells, e, { ...(options.force !== undefined ? { force: options.force } : {}), outDir });
}

/**
 * Checks the folder (finished work, another shard) and takes its lock; returns the
 * release. The check comes first, so a refused run leaves no trace.
 */
export function takeOutDir(
  outDir: string,
  options: OutFolderOptions & { readonly resume?: boolean },
  sweep?: { readonly shard: { index: number; count: number } | null; readonly cellIds: readonly string[] },
): () => void {
  const check = { ...options, ...(sweep ? { shard: sweep.shard, cellIds: sweep.cellIds } : {}) };
  checkOutDir(outDir, check);
  const release = lockOutDir(outDir, options);
  try {
    // Checked again under the lock: the folder may have changed while another run held it.
    checkOutDir(outDir, check);
  } catch (err) {
    release();
    throw err;
  }
  return release;
}
