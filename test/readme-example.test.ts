// The README's library example runs as written (against the built package, imported
// by its name through package.json "exports", as a user's script would).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function example(): string {
  const readme = readFileSync("README.md", "utf8");
  const m = /<!-- library-example:start -->\s*```js\n([\s\S]*?)```\s*<!-- library-example:end -->/.exec(readme);
  expect(m, "README has the library example block").not.toBeNull();
  return m?.[1] ?? "";
}

describe("README library example", () => {
  it("runs and prints per-strategy trust and a complete sweep", () => {
    const script = join(process.cwd(), `.readme-example-${process.pid}.mjs`);
    const out = mkdtempSync(join(tmpdir(), "nv-readme-"));
    writeFileSync(script, example());
    try {
      const r = spawnSync(process.execPath, [script], { encoding: "utf8", env: { ...process.env, OUT: out } });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^all trust received \d\.\d{3}$/m);
      expect(r.stdout).toMatch(/^opportunistic trust received \d\.\d{3}$/m);
      expect(r.stdout).toContain("true [\n  'summary.csv',\n  'sweep-summary.csv',\n  'strategy-comparison.csv',\n  'columns.csv'\n]");
      expect(r.stdout).toContain(`results in ${out}`);
      expect(existsSync(join(out, "quick", "timeseries.csv"))).toBe(true);
    } finally {
      rmSync(script, { force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("without $OUT writes to a new temporary folder, not to ./undefined/", () => {
    const script = join(process.cwd(), `.readme-example-noout-${process.pid}.mjs`);
    writeFileSync(script, example());
    const env = { ...process.env };
    delete env["OUT"];
    let out = "";
    try {
      const r = spawnSync(process.execPath, [script], { encoding: "utf8", env });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(existsSync(join(process.cwd(), "undefined"))).toBe(false);
      out = /^results in (.+)$/m.exec(r.stdout)?.[1] ?? "";
      expect(out.startsWith(tmpdir())).toBe(true);
      expect(existsSync(join(out, "sweep", "sweep-summary.csv"))).toBe(true);
    } finally {
      rmSync(script, { force: true });
      if (out) rmSync(out, { recursive: true, force: true });
    }
  });
});
