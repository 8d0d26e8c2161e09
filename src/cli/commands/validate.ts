/**
 * `netvalue validate <scenario...>`: loads each scenario file with the command
 * line's overrides and prints it fully resolved (every default and override
 * applied) as YAML, headed by comments giving its sweep cell count and replicate
 * seeds. If any file has problems, prints every problem of every file instead and
 * exits 2 (via ScenarioError in cli/main.ts).
 *
 * Validation files (a top-level `validation:` key; run by `netvalue run`) are checked
 * against their own schema and printed resolved the same way; they take no overrides.
 */
import { availableParallelism } from "node:os";
import type { CommandModule } from "yargs";
import { ScenarioError, type Issue } from "../../errors.js";
import { withScenarioOverrides, type ScenarioArgs } from "../options.js";

const SHOWN = 20;

interface ValidateArgs extends ScenarioArgs {
  scenario: string[];
}

/** The `--set` list, with the shortcut options appended as the other commands do. */
function overrides(args: ScenarioArgs): string[] {
  const set = [...(args.set ?? [])];
  if (args.seed !== undefined) set.push(`seed=${args.seed}`);
  if (args.replicates !== undefined) set.push(`replicates=${args.replicates}`);
  if (args.steps !== undefined) set.push(`steps=${args.steps}`);
  return set;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: "validate <scenario...>",
  describe: "Check scenario files and print each one fully resolved (defaults and overrides applied) as YAML",
  builder: (y) =>
    withScenarioOverrides(y)
      .positional("scenario", { type: "string", array: true, demandOption: true, describe: "Scenario file(s), YAML or JSON" })
      .example("$0 validate scenarios/quickstart.yaml", "Print the resolved quick-start scenario")
      .example("$0 validate scenarios/*.yaml", "Check every shipped scenario; exit code 2 and every problem if any is wrong")
      .example("$0 validate scenarios/quickstart.yaml --set network.regime=dunbar --set agents.strategies.opportunistic=0.5", "See what overrides do (the other strategy shares are rescaled to keep the total at 1)") as never,
  handler: async (args) => {
    // The implementation loads only when the command runs, so `--help` stays fast.
    const [{ replicateSeeds }, { loadScenario }, { safeExpandSweep }, { renderResolvedScenario, renderResolvedValidation }, { isValidationFile, loadValidation }, { designSize }, { describeEstimate, estimateRun, MAX_AGENTS }] =
      await Promise.all([
        import("../../random/streams.js"),
        import("../../scenario/load.js"),
        import("../../scenario/sweep.js"),
        import("../../scenario/render.js"),
        import("../../validation/load.js"),
        import("../../sensitivity/design.js"),
        import("../../experiment/estimate.js"),
      ]);
    const set = overrides(args);
    const issues: Issue[] = [];
    const documents: string[] = [];
    for (const file of args.scenario) {
      if (isValidationFile(file)) {
        if (set.length > 0) {
          issues.push({ file, path: "(command line)", message: "validation files take no --set, --seed, --replicates or --steps: edit the file instead" });
          continue;
        }
        const v = loadValidation(file);
        if (v.ok) documents.push(renderResolvedValidation(v.config, file));
        else issues.push(...v.issues);
        continue;
      }
      const loaded = loadScenario(file, { set });
      if (!loaded.ok) {
        issues.push(...loaded.issues);
        continue;
      }
      const cells = safeExpandSweep(loaded.scenario, { file });
      if (!cells.ok) {
        issues.push(...cells.issues);
        continue;
      }
      const { seed, replicates } = loaded.scenario;
      const count = typeof replicates === "number" ? replicates : replicates.length;
      // Show at most SHOWN seeds: a count of a million must not print (or compute) a million.
      const seeds = replicateSeeds(seed, typeof replicates === "number" ? Math.min(replicates, SHOWN) : replicates.slice(0, SHOWN));
      if (loaded.scenario.agents.count > MAX_AGENTS) {
        issues.push({ file, path: "agents.count", message: `${loaded.scenario.agents.count} agents exceed what one network can hold (at most ${MAX_AGENTS}, a JavaScript Map's limit)` });
        continue;
      }
      const design = loaded.scenario.sensitivity;
      const points = design ? designSize(Object.keys(design.parameters).length, design) : cells.cells.length;
      // The estimate is a YAML comment, so the output stays a valid scenario.
      const estimate = design ? "" : `# ${describeEstimate(estimateRun(cells.cells.map((c) => c.scenario), availableParallelism()))} (default --workers)\n`;
      documents.push(renderResolvedScenario(loaded.scenario, { file, cells: points, replicates: count, seeds, ...(design ? { design: design.method } : {}) }) + estimate);
    }
    if (issues.length > 0) throw new ScenarioError(dedupe(issues));
    process.stdout.write(documents.join("---\n"));
  },
};

/** The same `--set` problem is found once per file; report it once. */
function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.file}\u0000${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
