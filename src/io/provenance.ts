/**
 * Which source a run came from, for its manifest (README Reproducibility): the git
 * commit of the netvalue checkout and whether its tree differed from that commit.
 *
 * Only a checkout counts: the package root (the folder of netvalue's package.json)
 * must hold `.git` itself (a folder, or a worktree's file), so an installed copy
 * inside some other repository's node_modules reports null rather than that
 * repository's commit. Git is asked once per process (`git rev-parse HEAD`,
 * `git status --porcelain`); when git is missing or fails the answer is null.
 *
 * Dirty means a tracked file differs from the commit or an untracked, unignored
 * file exists, anywhere but under results/: results are what runs write, so a run
 * writing into a checkout's results/ does not make the next manifest dirty.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../version.js";

export interface GitProvenance {
  /** The checked-out commit, 40 hex digits. */
  readonly commit: string;
  /** Whether the working tree (outside results/) differed from the commit. */
  readonly dirty: boolean;
}

let cached: GitProvenance | null | undefined;

/** The checkout's commit and dirtiness, or null outside a git checkout (computed once). */
export function gitProvenance(): GitProvenance | null {
  if (cached === undefined) cached = readGit(PACKAGE_ROOT);
  return cached;
}

/**
 * @param root - the folder to ask git about; null unless it holds `.git` itself
 * @returns the commit and dirtiness, or null when git is absent, fails or answers oddly
 */
export function readGit(root: string): GitProvenance | null {
  if (!existsSync(join(root, ".git"))) return null;
  const git = (...args: string[]): string =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 10_000 });
  try {
    const commit = git("rev-parse", "HEAD").trim();
    if (!/^[0-9a-f]{40}$/.test(commit)) return null;
    const status = git("status", "--porcelain", "--", ".", ":(exclude)results");
    return { commit, dirty: status.trim().length > 0 };
  } catch {
    return null;
  }
}
