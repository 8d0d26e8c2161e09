/**
 * A resolved scenario as YAML for people (`netvalue validate`): its file, sweep
 * size and replicate seeds as leading comments, short lists of scalars in flow
 * style (`layers: [5, 15, 50, 150]`).
 */
import { Document, isScalar, visit } from "yaml";
import type { Scenario } from "./types.js";

export interface RenderInfo {
  readonly file: string;
  /** Number of sweep cells (1 without a sweep). */
  readonly cells: number;
  /** Number of replicates each cell runs. */
  readonly replicates: number;
  /** The first replicate seeds (all of them, or a prefix when there are many). */
  readonly seeds: readonly number[];
  /** For a sensitivity design, its method (cells are then its points). */
  readonly design?: string;
}

export function renderResolvedScenario(scenario: Scenario, info: RenderInfo): string {
  const doc = flowDocument(scenario);
  const runs = info.cells * info.replicates;
  const sweep = info.design ? `${info.design} design of ${info.cells} points` : info.cells === 1 ? "no sweep" : `sweep of ${info.cells} cells`;
  const more = info.replicates > info.seeds.length ? `, … (${info.replicates} in all)` : "";
  doc.commentBefore = [
    ` ${info.file}: resolved (every default and override applied)`,
    ` ${sweep} × ${info.replicates} replicate${info.replicates === 1 ? "" : "s"} = ${runs} run${runs === 1 ? "" : "s"}`,
    ` replicate seeds: ${info.seeds.join(", ")}${more}`,
  ].join("\n");
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

/** A resolved validation experiment (`netvalue run` reproduces it) as YAML, headed by its file. */
export function renderResolvedValidation(config: object, file: string): string {
  const doc = flowDocument(config);
  doc.commentBefore = [` ${file}: validation experiment, resolved (every default applied)`, " run it with: netvalue run " + file].join("\n");
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

/** A YAML document whose lists of scalars print in flow style. */
function flowDocument(value: object): Document {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc;
}
