/** `netvalue merge <dirs...> --out dir`: joins the shards of a sweep. */
import type { CommandModule } from "yargs";

interface MergeArgs {
  dirs: string[];
  out: string;
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: "merge <dirs...>",
  describe: "Join the folders of a sharded sweep into one, with the combined summary tables",
  builder: (y) =>
    y
      .positional("dirs", { type: "string", array: true, demandOption: true, describe: "Shard output folders" })
      .option("out", { type: "string", demandOption: true, describe: "Folder for the merged sweep (new, not one of the inputs)" })
      .example("$0 merge results/shard-1 results/shard-2 --out results/all", "Join two shards") as never,
  handler: async (args) => {
    // The implementation loads only when the command runs, so `--help` stays fast.
    const { mergeShards } = await import("../../experiment/merge.js");
    const r = mergeShards(args.dirs, args.out);
    process.stdout.write(`merged ${args.dirs.length} folder(s): ${r.cells} cells in ${r.outDir}/ (${r.tables.join(", ")})\n`);
  },
};
