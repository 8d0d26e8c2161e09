/**
 * `netvalue schema [--out file]`: prints the JSON Schema of scenario files
 * (draft 2020-12), generated from the zod schema, or writes it to a file.
 * scenarios/netvalue.schema.json is this command's output, and a test keeps it so.
 */
import type { CommandModule } from "yargs";

interface SchemaArgs {
  out?: string;
}

export const schemaCommand: CommandModule<object, SchemaArgs> = {
  command: "schema",
  describe: "Print the JSON Schema of scenario files (for editors and validators)",
  builder: (y) =>
    y
      .option("out", { type: "string", describe: "Write the schema to this file instead of standard output" })
      .example("$0 schema", "Print the schema")
      .example("$0 schema --out scenarios/netvalue.schema.json", "Refresh the schema that shipped scenarios point to")
      .epilogue("In a YAML scenario, a first line '# yaml-language-server: $schema=./netvalue.schema.json' lets editors complete and check it.") as never,
  handler: async (args) => {
    // The implementation loads only when the command runs, so `--help` stays fast.
    const { scenarioJsonSchemaText } = await import("../../scenario/json-schema.js");
    const text = scenarioJsonSchemaText();
    if (args.out === undefined) process.stdout.write(text);
    else (await import("../../io/atomic.js")).writeFileAtomic(args.out, text);
  },
};
