/**
 * `npm run bench [-- suite...]`: runs the benchmark suites, prints a table per
 * suite and writes results/bench/<suite>.csv. Every number is measured in this run.
 */
const suites: Record<string, () => Promise<void>> = {};
Object.assign(suites, { model: async () => (await import("./model.js")).modelSuite(), ...(process.argv.includes("model-large") ? { "model-large": async () => (await import("./model.js")).modelLargeSuite() } : {}) });

if (process.argv.includes("model-1m")) Object.assign(suites, { "model-1m": async () => (await import("./model.js")).model1mSuite() });

if (process.argv.includes("model-floor")) Object.assign(suites, { "model-floor": async () => (await import("./model-floor.js")).modelFloorSuite() });

Object.assign(suites, { separation: async () => (await import("./separation.js")).separationSuite() });

Object.assign(suites, { sweep: async () => (await import("./sweep.js")).sweepSuite() });

Object.assign(suites, { startup: async () => (await import("./startup.js")).startupSuite() });

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--")); // flags such as --quick are the suites' own
  const names = wanted.length ? wanted : Object.keys(suites);
  for (const name of names) {
    const suite = suites[name];
    if (!suite) {
      process.stderr.write(`unknown bench suite '${name}'; known: ${Object.keys(suites).join(", ")}; opt-in, run only when named: model-large, model-1m, model-floor\n`);
      process.exit(2);
    }
    await suite();
  }
}

await main();
