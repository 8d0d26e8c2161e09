// The package's entry points, imported by name through package.json "exports" (against
// the built dist/, as a user's script would): every subpath resolves, every name it
// exports is also the root's, and each part loads only what it needs, which is what
// keeps `import("netvalue/metrics")` and the CLI's --help fast.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "nv-exports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A module hook that lists every ES module loaded (CommonJS ones are listed by require).
const hooks = join(dir, "hooks.mjs");
writeFileSync(hooks, `export async function load(url, context, next) { process.stderr.write("LOAD " + url + "\\n"); return next(url, context); }\n`);
const register = join(dir, "register.mjs");
writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

/** The names `specifier` exports and the packages it loads, from a fresh node process. */
function load(specifier: string, argv: string[] = []): { names: string[]; packages: Set<string> } {
  const r = spawnSync(
    process.execPath,
    ["--import", register, "--input-type=module", "-e", `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m)));`, ...argv],
    { encoding: "utf8" },
  );
  expect(r.status, r.stderr).toBe(0);
  const packages = new Set(
    [...r.stderr.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((m) => m[1] as string),
  );
  return { names: JSON.parse(r.stdout) as string[], packages };
}

describe("package exports", () => {
  const root = load("netvalue");

  it("the root lists its exports by name and keeps internal helpers in", () => {
    for (const name of ["loadScenario", "runScenario", "runFiles", "separation", "measure", "plotResults", "wattsStrogatz", "stream"]) {
      expect(root.names).toContain(name);
    }
    for (const name of ["csrFromArcs", "makeDistribution", "snapQuantile", "blockSizes", "caveSizes", "louvainCommunities", "barabasiAlbertEdges"]) {
      expect(root.names).not.toContain(name);
    }
  });

  it.each([
    ["netvalue/metrics", ["zod", "vega", "vega-lite", "piscina", "graphology", "yaml", "csv-parse"]],
    ["netvalue/model", ["zod", "vega", "vega-lite", "piscina", "yaml", "csv-parse"]],
    ["netvalue/io", ["zod", "vega", "vega-lite", "piscina", "yaml"]],
    ["netvalue/scenario", ["vega", "vega-lite", "piscina", "graphology-generators"]],
    ["netvalue/plot", ["vega", "vega-lite", "zod", "piscina", "graphology"]],
  ])("%s resolves, exports only root names, and loads none of %j", (specifier, forbidden) => {
    const part = load(specifier);
    expect(part.names.length).toBeGreaterThan(3);
    if (specifier !== "netvalue/plot" && specifier !== "netvalue/scenario") {
      expect(part.names.filter((n) => !root.names.includes(n))).toEqual([]);
    }
    expect(forbidden.filter((p) => part.packages.has(p))).toEqual([]);
  });

  it("the CLI loads a command's implementation only when it runs: --help and --version load no dependency but yargs", () => {
    for (const flag of ["--help", "--version"]) {
      const r = spawnSync(process.execPath, ["--import", register, "bin/netvalue.js", flag], { encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      const loaded = r.stderr.split("\n").filter((l) => l.startsWith("LOAD "));
      expect(loaded.length).toBeGreaterThan(5);
      expect(loaded.filter((l) => l.includes("node_modules"))).toEqual([]);
      expect(loaded.filter((l) => /dist\/(scenario|model|engine|experiment|metrics|plot|validation)\//.test(l))).toEqual([]);
    }
  });

  it("the hook does see what a module loads (the root loads zod and piscina)", () => {
    expect(root.packages.has("zod")).toBe(true);
    expect(root.packages.has("piscina")).toBe(true);
  });
});
