// Validation files: defaults, the log-spaced p grid, and every bad field reported
// with its file, path, expectation and found value (as the scenario loader does).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isValidationFile, loadValidation, loadValidationOrThrow, logSpace, validationFromObject } from "../../src/validation/index.js";

const dir = mkdtempSync(join(tmpdir(), "netvalue-validation-schema-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("validation schema", () => {
  it("fills the published set-ups by default (Watts & Strogatz 1998 Fig. 2: n = 1000, k = 10, 14 p, 20 seeds)", () => {
    const r = validationFromObject({ validation: "watts-strogatz" });
    expect(r.ok).toBe(true);
    if (!r.ok || r.config.validation !== "watts-strogatz") return;
    expect(r.config).toMatchObject({ n: 1000, k: 10, seeds: 20, name: "watts-strogatz" });
    expect(r.config.p).toHaveLength(14);
    expect(r.config.p[0]).toBe(1e-4);
    expect(r.config.p[13]).toBe(1);
    const k = validationFromObject({ validation: "kleinberg" });
    expect(k.ok && k.config.validation === "kleinberg" && k.config.r).toEqual([0, 1, 1.5, 2, 2.5, 3]);
  });

  it("log-spaces p evenly in log10 with exact ends", () => {
    const p = logSpace(1e-4, 1, 5);
    expect(p[0]).toBe(1e-4);
    expect(p[4]).toBe(1);
    for (let i = 1; i < 4; i++) expect(p[i]).toBeCloseTo(10 ** (-4 + i), 12);
  });

  it("reports every bad field with its path, expectation and found value", () => {
    const r = validationFromObject({ validation: "watts-strogatz", n: -5, seeds: 1.5, p: [0.1, 2], sides: [10] }, { file: "ws.yaml" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath).sort()).toEqual(["n", "p[1]", "seeds", "sides"]);
    expect(byPath["n"]).toBe("expected an integer ≥ 3, found -5 (number)");
    expect(byPath["p[1]"]).toBe("expected a number in [0, 1], found 2 (number)");
    expect(byPath["seeds"]).toMatch(/found 1\.5/);
    expect(byPath["sides"]).toMatch(/unknown key 'sides'/);
    expect(r.issues.every((i) => i.file === "ws.yaml")).toBe(true);
  });

  it("reports an unknown experiment with a suggestion", () => {
    const r = validationFromObject({ validation: "kleinburg" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toBe("validation");
    expect(r.issues[0]?.message).toMatch(/expected one of .*'kleinberg'.*found 'kleinburg'.*did you mean 'kleinberg'/);
  });

  it("checks the cross-field rules: even k < n, ≥ 2 sides in the slope fit, a chain per grid, no repeats", () => {
    const ws = validationFromObject({ validation: "watts-strogatz", n: 20, k: 7, p: [0.1, 0.1], pRange: { from: 0.5, to: 0.1, count: 3 } });
    expect(ws.ok ? [] : ws.issues.map((i) => i.path)).toEqual(["k", "p[1]", "pRange", "pRange.to"]);
    const range = validationFromObject({ validation: "watts-strogatz", pRange: { from: 0.001, to: 0.1, count: 3 } });
    expect(range.ok && range.config.validation === "watts-strogatz" && range.config.p.map((p) => +p.toPrecision(12))).toEqual([0.001, 0.01, 0.1]);
    expect(range.ok && "pRange" in range.config).toBe(false);
    const kl = validationFromObject({ validation: "kleinberg", sides: [100, 200, 300], slopeFrom: 250, pairs: 2, grids: 3, r: [2, 2] });
    expect(kl.ok ? [] : kl.issues.map((i) => i.path).sort()).toEqual(["pairs", "r[1]", "slopeFrom"]);
    const bad = validationFromObject({ validation: "kleinberg", sides: [2, 100.5], pairs: 0 });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path).sort()).toEqual(["pairs", "sides[0]", "sides[1]"]);
  });

  it("loads files: YAML errors and schema problems name the file; the name defaults to the file's", () => {
    const good = file("my-ws.yaml", "validation: watts-strogatz\nn: 100\nk: 4\np: [0, 0.5]\nseeds: 2\n");
    expect(isValidationFile(good)).toBe(true);
    expect(loadValidationOrThrow(good).name).toBe("my-ws");
    const model = file("model.yaml", "steps: 3\n");
    expect(isValidationFile(model)).toBe(false);
    const broken = file("broken.yaml", "validation: kleinberg\npairs: [1\n");
    expect(isValidationFile(broken)).toBe(false);
    const r = loadValidation(broken);
    expect(!r.ok && r.issues[0]?.file).toBe(broken);
    const wrong = file("wrong.yaml", "validation: kleinberg\nq: zero\n");
    try {
      loadValidationOrThrow(wrong);
      expect.unreachable();
    } catch (err) {
      expect((err as Error).name).toBe("ScenarioError");
      expect((err as Error).message).toContain(`${wrong}: q: expected`);
      expect((err as Error).message).toContain('found "zero" (string)');
    }
  });
});
