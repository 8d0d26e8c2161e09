/** The list of CLI commands, in the order `netvalue --help` shows them. */
import type { CommandModule } from "yargs";
import { runCommand } from "./run.js";
import { sweepCommand } from "./sweep.js";
import { mergeCommand } from "./merge.js";
import { sensitivityCommand } from "./sensitivity.js";
import { validateCommand } from "./validate.js";
import { schemaCommand } from "./schema.js";
import { plotCommand } from "./plot.js";
import { measureCommand } from "./measure.js";
import { fitCommand } from "./fit.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const commands: CommandModule<any, any>[] = [
  runCommand,
  sweepCommand,
  sensitivityCommand,
  mergeCommand,
  validateCommand,
  schemaCommand,
  plotCommand,
  measureCommand,
  fitCommand,
];
