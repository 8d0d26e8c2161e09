// Output folders at the library level: the lock, finished-work detection and what a run clears.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkOutDir, clearOwnedFiles, holdsFinishedWork, LOCK_FILE, lockOutDir } from "../../src/experiment/out-folder.js";

const root = mkdtempSync(join(tmpdir(), "netvalue-out-folder-"));

describe("lockOutDir", () => {
  it("holds the folder until released; a second holder is refused with the first one's pid, host and command", () => {
    const dir = join(root, "locked");
    const release = lockOutDir(dir, { command: "netvalue run first.yaml" });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    expect(() => lockOutDir(dir, { command: "second" })).toThrow(
      expect.objectContaining({ name: "InputError", message: expect.stringContaining(`pid ${process.pid} on ${hostname()}`) }),
    );
    expect(() => lockOutDir(dir)).toThrow(/netvalue run first\.yaml/);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockOutDir(dir)();
  });

  it("takes over a lock whose process is gone, with a warning", () => {
    const dir = join(root, "stale");
    mkdirSync(dir);
    const gone = spawnSync(process.execPath, ["-e", ""]).pid as number;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: gone, host: hostname(), command: "old", started: "then" }));
    const warnings: string[] = [];
    const release = lockOutDir(dir, { onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([`taking over a stale lock on ${dir}: pid ${gone} (old) is no longer running`]);
    release();
  });

  it("refuses a file where the folder should be", () => {
    const file = join(root, "file");
    writeFileSync(file, "");
    expect(() => lockOutDir(file)).toThrow(/a file is in the way/);
  });
});

describe("finished work and owned files", () => {
  it("finds finished results (a manifest, a finished cell or replicate) and refuses to discard them without a flag", () => {
    const dir = join(root, "work");
    mkdirSync(join(dir, ".parts", "r0"), { recursive: true });
    expect(holdsFinishedWork(dir)).toBe(false);
    writeFileSync(join(dir, ".parts", "r0", "manifest.json"), "{}");
    expect(holdsFinishedWork(dir)).toBe(true);
    expect(() => checkOutDir(dir, {})).toThrow(/--resume .* or --overwrite/);
    expect(() => checkOutDir(dir, { resume: true })).not.toThrow();
    expect(() => checkOutDir(dir, { overwrite: true })).not.toThrow();
    expect(() => checkOutDir(dir, { resume: true, overwrite: true })).toThrow(/give one of them/);
  });

  it("clears what a run owns and nothing else; --resume keeps finished parts and cells", () => {
    const dir = join(root, "owned");
    for (const d of ["charts", "cells/c1", ".parts/r0"]) mkdirSync(join(dir, d), { recursive: true });
    for (const f of ["timeseries.csv", "graph-r7.gexf", "manifest.json", ".netvalue-tmp-1-2-agents.csv", "notes.md", "my.csv"]) writeFileSync(join(dir, f), "");
    clearOwnedFiles(dir, true);
    expect(readdirSync(dir).sort()).toEqual([".parts", "cells", "my.csv", "notes.md"]);
    clearOwnedFiles(dir, false);
    expect(readdirSync(dir).sort()).toEqual(["my.csv", "notes.md"]);
  });
});
