// Property: whatever it is given — random values, random objects shaped like
// scenarios, random text as YAML or JSON, random --set arguments — the loader only
// ever returns a result or a list of issues; it never throws.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadScenario, scenarioFromObject, type LoadResult } from "../../src/scenario/load.js";
import { parseScenarioText } from "../../src/scenario/parse-file.js";
import { safeExpandSweep } from "../../src/scenario/sweep.js";
import { tempDir } from "./helpers.js";

function wellFormed(r: LoadResult): boolean {
  if (r.ok) return typeof r.scenario.name === "string" && r.scenario.name.length > 0;
  return (
    r.issues.length > 0 &&
    r.issues.every((i) => typeof i.file === "string" && typeof i.path === "string" && typeof i.message === "string" && i.message.length > 0)
  );
}

const keyOf = (keys: readonly string[]) => fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 }));
const leaf = fc.oneof(fc.anything({ maxDepth: 2 }), fc.integer({ min: -5, max: 500 }), fc.double({ min: -1, max: 2, noNaN: false }), fc.constantFrom("dunbar", "amplified", "ties", "exact", "authentic", "watts-strogatz", "karate-club", "file"));
const shaped = fc.dictionary(
  keyOf(["seed", "replicates", "steps", "agents", "strategies", "network", "mechanisms", "metrics", "sweep", "output", "name"]),
  fc.oneof(
    leaf,
    fc.dictionary(keyOf(["count", "strategies", "regime", "initial", "dunbar", "events", "trust", "every", "layers", "separation", "authentic", "opportunistic", "generator", "k", "groupSize", "extends"]), fc.oneof(leaf, fc.dictionary(keyOf(["generator", "k", "p", "groupSize", "every", "layers", "capacity", "authentic", "opportunistic", "extends", "file"]), leaf, { maxKeys: 4 })), { maxKeys: 5 }),
  ),
  { maxKeys: 6 },
);
const setArg = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.tuple(fc.constantFrom("steps", "agents.count", "agents.strategies.opportunistic", "network.initial.generator", "network.initial.k", "sweep.steps", "network.dunbar.layers", "a.b.c", "agents.strategies.x"), fc.string({ maxLength: 10 })).map(([p, v]) => `${p}=${v}`),
);

describe("the loader never throws", () => {
  it("on arbitrary values", () => {
    fc.assert(fc.property(fc.anything(), (v) => wellFormed(scenarioFromObject(v))), { numRuns: 300 });
  });
  it("on arbitrary objects", () => {
    fc.assert(fc.property(fc.object(), (v) => wellFormed(scenarioFromObject(v))), { numRuns: 300 });
  });
  it("on scenario-shaped objects with random --set arguments, and their sweeps", () => {
    fc.assert(
      fc.property(shaped, fc.array(setArg, { maxLength: 3 }), (v, set) => {
        const r = scenarioFromObject(v, { set });
        if (r.ok) {
          const cells = safeExpandSweep(r.scenario);
          if (!cells.ok) return cells.issues.length > 0;
        }
        return wellFormed(r);
      }),
      { numRuns: 500 },
    );
  });
  it("on random text, as YAML and as JSON", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.json()), fc.constantFrom("yaml" as const, "json" as const), (text, format) => {
        const parsed = parseScenarioText(text, `x.${format}`, format);
        if (!parsed.ok) return parsed.issues.length > 0 && parsed.issues.every((i) => i.file === `x.${format}` && i.message.length > 0);
        return wellFormed(scenarioFromObject(parsed.data, { file: `x.${format}` }));
      }),
      { numRuns: 500 },
    );
  });
  it("on random files", () => {
    let n = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json().map((j) => j.replace(/,/, ": "))), fc.constantFrom(".yaml", ".json", ".yml"), (text, ext) => {
        const file = join(tempDir, `random-${n++}${ext}`);
        writeFileSync(file, text);
        return wellFormed(loadScenario(file));
      }),
      { numRuns: 100 },
    );
  });
  it("treats a cyclic object as an issue", () => {
    const v: Record<string, unknown> = { agents: {} };
    (v["agents"] as Record<string, unknown>)["self"] = v;
    const r = scenarioFromObject(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toBe("the input contains a cycle");
  });
  it("keeps __proto__ as data, not as a prototype", () => {
    const v = JSON.parse('{"__proto__": {"steps": 3}}') as unknown;
    const r = scenarioFromObject(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(["__proto__"]);
  });
});
