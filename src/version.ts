/**
 * The package version, read from netvalue's package.json: one level above dist/
 * (and src/ under the tests), two above build-bench/src/ in the benches.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

function findVersion(): string {
  for (const rel of ["../package.json", "../../package.json"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (!existsSync(path)) continue;
    const pkg = JSON.parse(readFileSync(path, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "netvalue" && pkg.version) return pkg.version;
  }
  throw new Error("netvalue: package.json not found next to the build");
}

export const VERSION: string = findVersion();
