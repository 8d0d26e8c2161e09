#!/usr/bin/env node
// Rewrites README.md's "Scenario reference" (between the scenario-reference markers)
// from the zod schema. Run through `npm run docs:scenario`, which builds dist/ first.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withScenarioReference } from "../dist/scenario/reference.js";

const readme = fileURLToPath(new URL("../README.md", import.meta.url));
const before = readFileSync(readme, "utf8");
const after = withScenarioReference(before);
if (after !== before) writeFileSync(readme, after);
process.stdout.write(after === before ? "README.md scenario reference is up to date\n" : "README.md scenario reference rewritten\n");
