// Provenance in manifest.json: the commit of the checkout that ran, and whether its
// tree was dirty (results/ excepted); null outside a checkout.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeManifest } from "../../src/io/manifest.js";
import { gitProvenance, readGit } from "../../src/io/provenance.js";

const dirs: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), "netvalue-provenance-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const git = (cwd: string, ...args: string[]): string =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd, encoding: "utf8" });

describe("provenance", () => {
  it("run from this checkout, manifest.json names a 40-hex commit and a boolean dirty flag", () => {
    const dir = temp();
    writeFileSync(join(dir, "a.csv"), "x\n1\n");
    writeManifest(dir, { name: "t", cell: null, seeds: [1], scenario: {} }, ["a.csv"]);
    const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    expect(m.git.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(m.git.commit).toBe(execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim());
    expect(typeof m.git.dirty).toBe("boolean");
    expect(gitProvenance()).toEqual(m.git);
  });

  it("a folder without .git gives null, even inside a repository", () => {
    expect(readGit(temp())).toBeNull();
    expect(readGit(join(process.cwd(), "src"))).toBeNull(); // src/ lies in a checkout but holds no .git
  });

  it("dirty follows the working tree, except for files under results/", () => {
    const repo = temp();
    git(repo, "init", "-q");
    writeFileSync(join(repo, "a.txt"), "a\n");
    git(repo, "add", "a.txt");
    git(repo, "commit", "-q", "-m", "first");
    const head = git(repo, "rev-parse", "HEAD").trim();
    expect(readGit(repo)).toEqual({ commit: head, dirty: false });
    mkdirSync(join(repo, "results"));
    writeFileSync(join(repo, "results", "out.csv"), "1\n");
    expect(readGit(repo)).toEqual({ commit: head, dirty: false });
    writeFileSync(join(repo, "a.txt"), "b\n");
    expect(readGit(repo)).toEqual({ commit: head, dirty: true });
  });
});
