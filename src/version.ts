/**
 * The package version and root, read from netvalue's package.json: one level above
 * dist/ (and src/ under the tests), two above build-bench/src/ in the benches.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

function findPackage(): { root: string; version: string } {
  for (const rel of ["../package.json", "../../package.json"]) {
    const path = fileURLToPath(new URL(rel, import.meta.url));
    if (!existsSync(path)) continue;
    const pkg = JSON.parse(readFileSync(path, "utf8")) as { name?: string; version?: string };
    if (pkg.name === "netvalue" && pkg.version) return { root: dirname(path), version: pkg.version };
  }
  throw new Error("netvalue: package.json not found next to the build");
}

const found = findPackage();
export const VERSION: string = found.version;
/** The folder holding netvalue's package.json (a git checkout's top level when run from one). */
export const PACKAGE_ROOT: string = found.root;
