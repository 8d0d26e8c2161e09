// Ctrl-C and SIGTERM in every mode: the CLI is started on the quick-start scenario,
// signalled once its first replicate is under way, and must exit 130 leaving no
// temporary or half-written file (README "Ctrl-C").
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-interrupt-"));

function allFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: "utf8" });
}

/** Starts a run, sends `signal` once the first part folder exists, and resolves with the exit code and stderr. */
function interrupted(out: string, workers: string, signal: NodeJS.Signals, twice = false): Promise<{ code: number | null; stderr: string; ms: number }> {
  const child = spawn(process.execPath, [BIN, "run", "scenarios/quickstart.yaml", "--replicates", "4", "--steps", "365", "--workers", workers, "--out", out, "--quiet"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  let sent = 0;
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (existsSync(join(out, ".parts", "r0"))) {
        clearInterval(poll);
        sent = performance.now();
        child.kill(signal);
        if (twice) setTimeout(() => child.kill(signal), 10);
      }
    }, 20);
    child.on("exit", (code) => {
      clearInterval(poll);
      resolve({ code, stderr, ms: performance.now() - sent });
    });
  });
}

describe("interrupting a run", () => {
  it("SIGINT with --workers 0 stops between steps: exit 130, no half-written files", async () => {
    const out = join(dir, "inline");
    const r = await interrupted(out, "0", "SIGINT");
    expect(r.code).toBe(130);
    expect(r.stderr).toContain("--resume");
    expect(r.ms).toBeLessThan(3000); // a replicate takes several seconds: it stopped mid-way
    const files = allFiles(out);
    expect(files.filter((f) => f.includes(".netvalue-tmp"))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".csv"))).toEqual([]);
    expect(existsSync(join(out, "manifest.json"))).toBe(false);
  });

  it("SIGTERM on a worker pool does the same", async () => {
    const out = join(dir, "pool");
    const r = await interrupted(out, "1", "SIGTERM");
    expect(r.code).toBe(130);
    expect(allFiles(out).filter((f) => f.includes(".netvalue-tmp") || (f.endsWith(".csv") && !f.startsWith(".parts")))).toEqual([]);
  });

  it("a second Ctrl-C exits at once, still without temporaries or the lock", async () => {
    const out = join(dir, "twice");
    const r = await interrupted(out, "2", "SIGINT", true);
    expect(r.code).toBe(130);
    // Unfinished part folders are removed on the way out; a worker thread still writing
    // at that instant can leave a file there, but only inside .parts/ (which --resume
    // and --overwrite clear), never beside the results.
    expect(allFiles(out).filter((f) => !f.startsWith(".parts"))).toEqual([]);
  });

  it("a million replicates start at once and progress steadily (no work before the first step grows with them)", async () => {
    const out = join(dir, "million");
    const child = spawn(
      process.execPath,
      [BIN, "run", "scenarios/quickstart.yaml", "--replicates", "1000000", "--steps", "2", "--set", "agents.count=30", "--workers", "0", "--force", "--out", out, "--quiet"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const finished = () => (existsSync(join(out, ".parts")) ? readdirSync(join(out, ".parts")).length : 0);
    let sent = 0;
    const code = await new Promise<number | null>((resolve) => {
      const poll = setInterval(() => {
        if (finished() >= 20) {
          clearInterval(poll);
          sent = performance.now();
          child.kill("SIGINT");
        }
      }, 50);
      // Before the fix each part expanded all 10^6 seeds: 20 parts took minutes.
      const limit = setTimeout(() => child.kill("SIGKILL"), 60_000);
      child.on("exit", (c) => {
        clearInterval(poll);
        clearTimeout(limit);
        resolve(c);
      });
    });
    expect(code).toBe(130);
    // Parts of a few milliseconds never yield inside; the event loop still gets its turn between them.
    expect(performance.now() - sent).toBeLessThan(5000);
  }, 70_000);
});
