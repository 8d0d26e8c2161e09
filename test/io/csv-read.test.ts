import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsv, stackTables } from "../../src/io/csv-read.js";
import { compareResultDirs } from "../../src/experiment/compare.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nv-csv-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("reading CSV back", () => {
  it("reads header and rows, with quoted fields", () => {
    writeFileSync(join(dir, "a.csv"), 'x,y\n1,"a,b"\n2,\n');
    expect(readCsv(join(dir, "a.csv"))).toEqual({ columns: ["x", "y"], rows: [["1", "a,b"], ["2", ""]] });
  });

  it("stacks tables with different columns into their union", () => {
    const t = stackTables([
      { columns: ["a", "b"], rows: [["1", "2"]] },
      { columns: ["a", "c"], rows: [["3", "4"]] },
    ]);
    expect(t).toEqual({ columns: ["a", "b", "c"], rows: [["1", "2", ""], ["3", "", "4"]] });
  });
});

describe("comparing result folders", () => {
  it("finds the first differing line, and missing and extra files", () => {
    const a = join(dir, "a");
    const b = join(dir, "b");
    for (const d of [a, b]) mkdirSync(join(d, "cells", "c1"), { recursive: true });
    writeFileSync(join(a, "s.csv"), "h\n1\n2\n");
    writeFileSync(join(b, "s.csv"), "h\n1\n3\n");
    writeFileSync(join(a, "cells", "c1", "t.csv"), "same\n");
    writeFileSync(join(b, "cells", "c1", "t.csv"), "same\n");
    writeFileSync(join(a, "only-a.csv"), "x\n");
    writeFileSync(join(b, "only-b.csv"), "x\n");
    writeFileSync(join(b, "manifest.json"), "{}");
    const { files, differences } = compareResultDirs(a, b);
    expect(files).toBe(3);
    expect(differences).toEqual([
      { file: "only-a.csv", kind: "missing" },
      { file: "s.csv", kind: "content", line: 3, expected: "2", found: "3" },
      { file: "only-b.csv", kind: "extra" },
    ]);
  });

  it("identical folders have no differences", () => {
    writeFileSync(join(dir, "x.csv"), "1\n");
    expect(compareResultDirs(dir, dir).differences).toEqual([]);
  });
});
