import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AtomicFileWriter, writeFileAtomic } from "../../src/io/atomic.js";
import { CsvStreamWriter, toCsv, writeCsvAtomic } from "../../src/io/csv.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nv-atomic-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("atomic writes", () => {
  it("a streamed file is invisible under its name until committed", () => {
    const target = join(dir, "a.csv");
    const w = new AtomicFileWriter(target);
    w.write("x,y\n");
    expect(existsSync(target)).toBe(false);
    w.commit();
    expect(readFileSync(target, "utf8")).toBe("x,y\n");
    expect(readdirSync(dir)).toEqual(["a.csv"]);
  });

  it("an aborted file leaves nothing behind, and an existing file untouched", () => {
    const target = join(dir, "b.csv");
    writeFileAtomic(target, "old\n");
    const w = new AtomicFileWriter(target);
    w.write("new, half");
    w.abort();
    expect(readFileSync(target, "utf8")).toBe("old\n");
    expect(readdirSync(dir)).toEqual(["b.csv"]);
  });

  it("creates missing folders", () => {
    const target = join(dir, "x", "y", "z.txt");
    writeFileAtomic(target, "ok");
    expect(readFileSync(target, "utf8")).toBe("ok");
  });
});

describe("csv", () => {
  it("writes numbers in shortest round-trip form, null as empty, booleans as words", () => {
    expect(toCsv(["a", "b", "c", "d"], [[0.1 + 0.2, null, true, "x,y"]])).toBe('a,b,c,d\n0.30000000000000004,,true,"x,y"\n');
  });

  it("NaN is empty and infinities are named", () => {
    expect(toCsv(null, [[NaN, Infinity, -Infinity]])).toBe(",Inf,-Inf\n");
  });

  it("a streamed CSV equals the same rows written at once", () => {
    const rows = [
      [1, "a"],
      [2, "b"],
    ];
    const s = new CsvStreamWriter(join(dir, "s.csv"), ["n", "l"]);
    s.writeRows([rows[0] as (string | number)[]]);
    s.writeRows([rows[1] as (string | number)[]]);
    s.commit();
    writeCsvAtomic(join(dir, "w.csv"), ["n", "l"], rows);
    expect(readFileSync(join(dir, "s.csv"))).toEqual(readFileSync(join(dir, "w.csv")));
  });
});
