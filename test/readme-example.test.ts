// The README's library example runs as written (against the built package, imported
// by its name through package.json "exports", as a user's script would).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("README library example", () => {
  it("runs and prints per-strategy trust and a complete sweep", () => {
    const readme = readFileSync("README.md", "utf8");
    const m = /<!-- library-example:start -->\s*```js\n([\s\S]*?)```\s*<!-- library-example:end -->/.exec(readme);
    expect(m, "README has the library example block").not.toBeNull();
    const script = join(process.cwd(), `.readme-example-${process.pid}.mjs`);
    const out = mkdtempSync(join(tmpdir(), "nv-readme-"));
    writeFileSync(script, m![1]!);
    try {
      const r = spawnSync(process.execPath, [script], { encoding: "utf8", env: { ...process.env, OUT: out } });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^all trust received \d\.\d{3}$/m);
      expect(r.stdout).toMatch(/^opportunistic trust received \d\.\d{3}$/m);
      expect(r.stdout).toContain("true [ 'summary.csv', 'sweep-summary.csv' ]");
    } finally {
      rmSync(script, { force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
