// `netvalue run --long` also writes the time series in long form, and the codebook
// (columns.csv) documents it (spawns the built CLI: `npm run build` first).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
const dir = mkdtempSync(join(tmpdir(), "netvalue-cli-long-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("netvalue run --long", () => {
  it("writes timeseries-long.csv (step, strategy, layer, metric, value) and documents it in columns.csv", () => {
    const out = join(dir, "q");
    const r = spawnSync(process.execPath, [BIN, "run", "scenarios/quickstart.yaml", "--replicates", "1", "--steps", "3", "--long", "--out", out, "--quiet"], {
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const long = readFileSync(join(out, "timeseries-long.csv"), "utf8").split("\n");
    expect(long[0]).toBe("run_id,replicate,seed,step,strategy,layer,metric,value");
    expect(long.some((l) => /^r0,0,\d+,3,all,social,mean_distance_hops,\d/.test(l))).toBe(true);
    const book = readFileSync(join(out, "columns.csv"), "utf8");
    expect(book).toMatch(/^timeseries-long\.csv,metric,/m);
    expect(book).toMatch(/^timeseries\.csv,detections_received,detections,running total,/m);
  });
});
