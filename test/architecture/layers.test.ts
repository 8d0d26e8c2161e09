/**
 * One-way layers (issue 15): metrics import neither model nor engine, io imports no
 * engine, scenario imports no model, mechanisms import no engine, src/graph/ (shared
 * graph types) imports none of them, and nothing below the runners (experiment, plot,
 * validation) or the CLI imports them. Every relative
 * import of every file under src/ is read with a regular expression (static
 * `import`, `import type`, `export … from` and dynamic `import("…")`) and checked
 * against these directions.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** A folder (prefix under src/) that must not import another. */
interface Rule {
  readonly from: string;
  readonly notTo: string;
}

const RULES: readonly Rule[] = [
  { from: "src/metrics/", notTo: "src/model/" },
  { from: "src/metrics/", notTo: "src/engine/" },
  { from: "src/io/", notTo: "src/engine/" },
  { from: "src/scenario/", notTo: "src/model/" },
  { from: "src/model/mechanisms/", notTo: "src/engine/" },
  { from: "src/graph/", notTo: "src/model/" },
  { from: "src/graph/", notTo: "src/engine/" },
  { from: "src/graph/", notTo: "src/metrics/" },
  // The library never reaches up into the command line or the experiment runner.
  ...["src/graph/", "src/metrics/", "src/model/", "src/engine/", "src/scenario/", "src/io/", "src/random/"].flatMap((from) =>
    ["src/cli/", "src/experiment/", "src/plot/", "src/validation/"].map((notTo) => ({ from, notTo })),
  ),
  { from: "src/experiment/", notTo: "src/cli/" },
  { from: "src/plot/", notTo: "src/cli/" },
  { from: "src/validation/", notTo: "src/cli/" },
];

const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?(?:[^"';]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The module specifiers a source text imports or re-exports. */
export function importSpecifiers(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(IMPORT)) specs.push((m[1] ?? m[2]) as string);
  return specs;
}

/** Each import of `files` (path under the repository → text) that breaks a rule. */
export function violations(files: ReadonlyMap<string, string>, rules: readonly Rule[] = RULES): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    for (const spec of importSpecifiers(text)) {
      if (!spec.startsWith(".")) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      for (const rule of rules) {
        if (file.startsWith(rule.from) && target.startsWith(rule.notTo)) found.push(`${file} imports ${target} (${rule.from} must not import ${rule.notTo})`);
      }
    }
  }
  return found;
}

function sourceFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts")) files.set(relative(ROOT, path).split("\\").join("/"), readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return files;
}

describe("one-way layers", () => {
  it("no src file imports against the layer directions", () => {
    const files = sourceFiles(join(ROOT, "src"));
    expect(files.size).toBeGreaterThan(100);
    expect(violations(files)).toEqual([]);
  });

  it("reads every import form: named, type-only, side-effect, re-export, dynamic, multi-line", () => {
    const text = [
      `import { a } from "./a.js";`,
      `import type { B } from "../b.js";`,
      `import "./side-effect.js";`,
      `export * from "./c.js";`,
      `export type { D } from './d.js';`,
      `import {\n  e,\n  type E,\n} from "./e.js";`,
      `const f = await import("./f.js");`,
      `import * as g from "g";`,
    ].join("\n");
    expect(importSpecifiers(text)).toEqual(["./a.js", "../b.js", "./side-effect.js", "./c.js", "./d.js", "./e.js", "./f.js", "g"]);
  });

  it("fails on an import against a direction, type-only and dynamic ones included", () => {
    const files = new Map([
      ["src/metrics/search/x.ts", `import type { Csr } from "../../graph/csr.js";\nimport type { ModelState } from "../../model/state.js";`],
      ["src/io/y.ts", `const m = await import("../engine/run.js");`],
      ["src/scenario/z.ts", `export { GENERATOR_NAMES } from "../model/network/spec.js";`],
      ["src/model/mechanisms/w.ts", `import type { Observation } from "../../engine/observation.js";`],
      ["src/engine/ok.ts", `import { react } from "../model/mechanisms/react.js";`],
    ]);
    expect(violations(files)).toEqual([
      "src/metrics/search/x.ts imports src/model/state.js (src/metrics/ must not import src/model/)",
      "src/io/y.ts imports src/engine/run.js (src/io/ must not import src/engine/)",
      "src/scenario/z.ts imports src/model/network/spec.js (src/scenario/ must not import src/model/)",
      "src/model/mechanisms/w.ts imports src/engine/observation.js (src/model/mechanisms/ must not import src/engine/)",
    ]);
  });
});
