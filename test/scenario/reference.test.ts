// The README's scenario reference lists every schema field and is what
// `npm run docs:scenario` generates (so it never drifts from the schema).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REFERENCE_END, REFERENCE_START, scenarioFieldRows, scenarioReferenceMarkdown } from "../../src/scenario/reference.js";
import { scenarioSchema } from "../../src/scenario/schema.js";
import { unwrap, type ZodLike } from "../../src/scenario/schema-walk.js";

const readme = readFileSync("README.md", "utf8");
const section = readme.slice(readme.indexOf(REFERENCE_START) + REFERENCE_START.length, readme.indexOf(REFERENCE_END));

/** Every leaf field path of the schema, walked independently of reference.ts. */
function leafPaths(field: ZodLike, path: string): string[] {
  const def = unwrap(field).base._zod.def;
  if (def.type === "object" && def.shape) return Object.entries(def.shape).flatMap(([k, v]) => leafPaths(v, path ? `${path}.${k}` : k));
  if (def.type === "union" && def.discriminator && def.options) {
    return [`${path}.${def.discriminator}`, ...def.options.flatMap((o) => leafPaths(o, path).filter((p) => p !== `${path}.${def.discriminator}`))];
  }
  if (def.type === "record" && def.valueType && unwrap(def.valueType).base._zod.def.type === "object") return [path, ...leafPaths(def.valueType, `${path}.<name>`)];
  return [path];
}

describe("README scenario reference", () => {
  it("has the markers", () => {
    expect(readme.indexOf(REFERENCE_START)).toBeGreaterThan(0);
    expect(readme.indexOf(REFERENCE_END)).toBeGreaterThan(readme.indexOf(REFERENCE_START));
  });
  it("lists every field path of the schema", () => {
    const paths = [...new Set(leafPaths(scenarioSchema as unknown as ZodLike, ""))];
    expect(paths.length).toBeGreaterThan(80);
    const missing = paths.filter((p) => !section.includes(`| \`${p}\` |`));
    expect(missing, "run `npm run docs:scenario`").toEqual([]);
  });
  it("documents every field with a meaning", () => {
    expect(scenarioFieldRows().filter((r) => r.meaning === "").map((r) => r.path)).toEqual([]);
  });
  it("is exactly what the generator writes (run `npm run docs:scenario` after changing the schema)", () => {
    expect(section).toBe(`\n${scenarioReferenceMarkdown()}`);
  });
});
