#!/usr/bin/env node
// `npm run reproduce`: re-runs the CI reference experiment (scenarios/ci-reference.yaml)
// into a temporary folder and compares every CSV byte for byte with the committed
// outputs in results/ci-reference/. Exit 0 when identical; 1 naming the first
// differing file and line otherwise. Run after `npm run build`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadScenario, runSweep, compareResultDirs } from "../dist/index.js";

const scenarioFile = "scenarios/ci-reference.yaml";
const committed = "results/ci-reference";
const loaded = loadScenario(scenarioFile);
if (!loaded.ok) {
  for (const i of loaded.issues) process.stderr.write(`${i.file}: ${i.path}: ${i.message}\n`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), "netvalue-reproduce-"));
try {
  const started = performance.now();
  const result = await runSweep(loaded.scenario, { out });
  if (!result.complete) {
    process.stderr.write(`reproduce: the reference sweep did not complete (${result.failures.length} failures)\n`);
    for (const f of result.failures) process.stderr.write(`  cell ${f.cell.index} replicate ${f.replicate}: ${f.error}\n`);
    process.exit(1);
  }
  const { files, differences } = compareResultDirs(committed, out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (files === 0) {
    process.stderr.write(`reproduce: no committed CSV files in ${committed}/ — run 'npm run reproduce:update' and commit them\n`);
    process.exit(1);
  }
  if (differences.length === 0) {
    process.stdout.write(`reproduce: ${files} CSV files identical to ${committed}/ (${seconds}s)\n`);
  } else {
    process.stderr.write(`reproduce: ${differences.length} of ${files} files differ from ${committed}/:\n`);
    for (const d of differences) {
      if (d.kind === "content") {
        process.stderr.write(`  ${d.file}, line ${d.line}:\n    committed: ${d.expected}\n    this run:  ${d.found}\n`);
      } else process.stderr.write(`  ${d.file}: ${d.kind === "missing" ? "not produced by this run" : "produced but not committed"}\n`);
    }
    process.exit(1);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
