#!/usr/bin/env node
// `npm run experiments`: runs every shipped scenario under scenarios/ (recursively,
// .yaml/.yml) with the built CLI, each into results/<path under scenarios/ without
// its extension>, then `netvalue plot` on each results folder.
// - model scenarios go through `netvalue run`, which runs a sweep when the file has one;
// - validation files (a top-level `validation` key: scenarios/validation/*.yaml)
//   go through `netvalue run` too, which reproduces the classic result instead, and
//   `netvalue plot` draws its paper's figure (watts-strogatz.svg; kleinberg-routing.svg,
//   kleinberg-slopes.svg);
// - scenarios/ci-reference.yaml is CI's (`npm run reproduce`) and is skipped.
// Stops at the first failing command with its exit code. Run after `npm run build`.
// `node scripts/experiments.js --dry-run` prints the commands without running them.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = "scenarios";
const DRY_RUN = process.argv.includes("--dry-run");
const SKIP = new Set(["ci-reference.yaml"]);

function scenarioFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return scenarioFiles(path);
      return /\.ya?ml$/.test(e.name) && !(dir === ROOT && SKIP.has(e.name)) ? [path] : [];
    });
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
for (const file of scenarioFiles(ROOT)) {
  const out = join("results", relative(ROOT, file).replace(/\.ya?ml$/, ""));
  netvalue("run", file, "--out", out);
  netvalue("plot", out);
}
process.stdout.write(`\nexperiments: done in ${((performance.now() - total) / 1000).toFixed(0)}s\n`);
