/**
 * Compares two result folders CSV by CSV, byte for byte, for the reproducibility
 * check. Reports files missing on either side and, for each differing file, the
 * first differing line.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface Difference {
  readonly file: string;
  readonly kind: "missing" | "extra" | "content";
  readonly line?: number;
  readonly expected?: string;
  readonly found?: string;
}

function csvFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...csvFiles(root, p));
    else if (name.endsWith(".csv")) out.push(relative(root, p));
  }
  return out;
}

export function compareResultDirs(expectedDir: string, actualDir: string): { files: number; differences: Difference[] } {
  const expected = csvFiles(expectedDir);
  const actual = new Set(csvFiles(actualDir));
  const differences: Difference[] = [];
  for (const f of expected) {
    if (!actual.has(f)) {
      differences.push({ file: f, kind: "missing" });
      continue;
    }
    actual.delete(f);
    const a = readFileSync(join(expectedDir, f));
    const b = readFileSync(join(actualDir, f));
    if (a.equals(b)) continue;
    const la = a.toString("utf8").split("\n");
    const lb = b.toString("utf8").split("\n");
    let i = 0;
    while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
    differences.push({ file: f, kind: "content", line: i + 1, expected: la[i] ?? "<end of file>", found: lb[i] ?? "<end of file>" });
  }
  for (const f of actual) differences.push({ file: f, kind: "extra" });
  return { files: expected.length, differences };
}
