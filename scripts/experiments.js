#!/usr/bin/env node
// `npm run experiments`: runs every shipped scenario under scenarios/ (recursively,
// .yaml/.yml) with the built CLI, each into results/<path under scenarios/ without
// its extension>, then `netvalue plot` on each results folder.
// - model scenarios go through `netvalue run`, which runs a sweep when the file has one;
// - validation files (a top-level `validation` key: scenarios/validation/*.yaml)
//   go through `netvalue run` too, which reproduces the classic result instead, and
//   `netvalue plot` draws its paper's figure (watts-strogatz.svg; kleinberg-routing.svg,
//   kleinberg-slopes.svg);
// - scenarios/ci-reference.yaml is CI's (`npm run reproduce`) and is skipped;
// - long experiments (size-series, robustness: tens of minutes to hours) run only when
//   named: `npm run experiments -- size-series robustness`; naming any scenario (by
//   its path under scenarios/ without extension) runs just those;
// - after size-series, `netvalue fit` writes fit.csv and its chart beside the results;
// - robustness also runs under each alternative opportunity routing
//   (results/robustness-relevance, results/robustness-strength).
// Stops at the first failing command with its exit code. Run after `npm run build`.
// `node scripts/experiments.js --dry-run` prints the commands without running them.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";

const ROOT = "scenarios";
const DRY_RUN = process.argv.includes("--dry-run");
const SKIP = new Set(["ci-reference.yaml"]);
const LONG = new Set(["size-series", "size-series-100k", "size-series-300k", "size-series-large", "robustness"]);
const NAMED = process.argv.slice(2).filter((a) => !a.startsWith("--"));

function scenarioFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return scenarioFiles(path);
      return /\.ya?ml$/.test(e.name) && !(dir === ROOT && SKIP.has(e.name)) ? [path] : [];
    });
}

/** A validation experiment (top-level `validation:` key): no output-folder lock, so no --overwrite. */
function isValidation(file) {
  const data = parse(readFileSync(file, "utf8"));
  return typeof data === "object" && data !== null && Object.hasOwn(data, "validation");
}

function netvalue(...args) {
  process.stdout.write(`\n$ netvalue ${args.join(" ")}\n`);
  if (DRY_RUN) return;
  const started = performance.now();
  const r = spawnSync(process.execPath, ["bin/netvalue.js", ...args], { stdio: "inherit" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stderr.write(`experiments: 'netvalue ${args.join(" ")}' failed (exit ${r.status ?? r.signal}) after ${seconds}s\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`(${seconds}s)\n`);
}

const total = performance.now();
const files = scenarioFiles(ROOT).filter((file) => {
  const name = relative(ROOT, file).replace(/\.ya?ml$/, "");
  return NAMED.length > 0 ? NAMED.includes(name) : !LONG.has(name);
});
const unknown = NAMED.filter((n) => !scenarioFiles(ROOT).some((f) => relative(ROOT, f).replace(/\.ya?ml$/, "") === n));
if (unknown.length > 0) {
  process.stderr.write(`experiments: no scenario named ${unknown.join(", ")} under ${ROOT}/\n`);
  process.exit(2);
}
for (const file of files) {
  const name = relative(ROOT, file).replace(/\.ya?ml$/, "");
  const out = join("results", name);
  // --overwrite: the committed results are regenerated in place (a run refuses to discard finished results otherwise).
  const overwrite = isValidation(file) ? [] : ["--overwrite"];
  // One big replicate: its observations are measured on the second core while it steps.
  const threads = name === "size-series-300k" || name === "size-series-large" ? ["--threads", "2"] : [];
  netvalue("run", file, "--out", out, ...overwrite, ...threads);
  if (name.startsWith("size-series")) {
    const parts = ["size-series", "size-series-100k", "size-series-300k", "size-series-large"].map((n) => join("results", n)).filter((d) => existsSync(join(d, "summary.csv")));
    netvalue("fit", ...parts, "--out", join("results", "size-series"));
  }
  if (name === "robustness") {
    // The same design under each alternative routing of opportunities (a categorical
    // choice a Morris design cannot vary): results/robustness-<routing>/.
    for (const routing of ["relevance", "strength"]) {
      const alt = join("results", `robustness-${routing}`);
      netvalue("run", file, "--set", `mechanisms.opportunities.routing=${routing}`, "--out", alt, ...overwrite);
      netvalue("plot", alt);
    }
  }
  netvalue("plot", out);
}
process.stdout.write(`\nexperiments: done in ${((performance.now() - total) / 1000).toFixed(0)}s\n`);
