/**
 * The netvalue command line: yargs wiring only. Each command lives in
 * src/cli/commands/<name>.ts as a yargs CommandModule that parses its arguments,
 * calls one library function and returns; errors are mapped to exit codes here.
 *
 * Exit codes: 0 success; 1 a run failed; 2 bad input (scenario, file, argument).
 */
import { createRequire } from "node:module";
import type yargsType from "yargs";

// yargs' CommonJS build wraps help text at word boundaries; its ESM build's
// simplified wrapper breaks words mid-way, so load the CommonJS one.
const yargs = createRequire(import.meta.url)("yargs") as typeof yargsType;
import { ScenarioError, InputError } from "../errors.js";
import { commands } from "./commands/index.js";

const NO_COMMAND = "name a command from the list above (netvalue <command> --help for its options)";

export async function main(argv: readonly string[]): Promise<void> {
  quietOnClosedPipe();
  let parser = yargs([...argv])
    .scriptName("netvalue")
    .usage("Usage: $0 <command> [options]\n\nGrow professional social networks under sharing strategies and regimes; measure degrees of separation and trust.")
    .strict()
    .demandCommand(1, NO_COMMAND)
    .recommendCommands()
    .help()
    .alias("h", "help")
    .version()
    .wrap(Math.min(110, process.stdout.columns ?? 110))
    .epilogue("Docs: README.md (commands, outputs, scenario reference), docs/ODD.md and docs/MODEL.md (the model).")
    .fail((msg, err, y) => {
      // An error from a command is reported by its kind; yargs' own (YError: a bad option value) is a usage error.
      if (err && err.name !== "YError") throw err;
      if (msg === NO_COMMAND) y.showHelp((help: string) => process.stderr.write(`${help}\n\n`));
      process.stderr.write(`error: ${msg}\nRun 'netvalue --help' or 'netvalue <command> --help'.\n`);
      process.exit(2);
    });
  for (const command of commands) parser = parser.command(command);
  try {
    await parser.parseAsync();
  } catch (err) {
    process.exitCode = reportError(err);
  }
}

/**
 * `netvalue run … | head -3`: when the reader closes the pipe, the output is no longer
 * wanted; end quietly with exit 0 instead of an EPIPE stack trace.
 */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(0);
      throw err;
    });
  }
}

/** Prints an error for a person and returns the exit code. */
export function reportError(err: unknown): number {
  if (err instanceof ScenarioError) {
    const n = err.issues.length;
    process.stderr.write(`error: ${n} problem${n === 1 ? "" : "s"} in the scenario input:\n`);
    for (const line of err.message.split("\n")) process.stderr.write(`  - ${line}\n`);
    return 2;
  }
  if (err instanceof InputError) {
    process.stderr.write(`error: ${err.message}\n`);
    return 2;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  process.stderr.write(`error: ${e.name}: ${e.message}\n`);
  if (process.env["NETVALUE_DEBUG"]) process.stderr.write(`${e.stack ?? ""}\n`);
  else process.stderr.write("(set NETVALUE_DEBUG=1 for the stack trace)\n");
  return 1;
}
