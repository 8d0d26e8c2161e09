/** Sensitivity charts: a folder with indices.csv gets the method's chart and the claim shares, drawn from its tables. */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plotResults } from "../../src/plot/plot-results.js";

const root = mkdtempSync(join(tmpdir(), "nv-plot-sens-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, method: "morris" | "sobol", claims: boolean): string {
  const dir = join(root, name);
  const idx = method === "morris" ? ["mu", "mu_star", "sigma"] : ["S1", "ST"];
  const rows = ["output,parameter,method,index,estimate,ci_low,ci_high"];
  for (const o of ["y1", "y2"]) for (const [k, p] of ["a.x", "b.y"].entries()) for (const i of idx) rows.push(`${o},${p},${method},${i},${0.1 + k},0,${0.5 + k}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "indices.csv"), `${rows.join("\n")}\n`);
  writeFileSync(join(dir, "claim-shares.csv"), claims ? "claim,parameter,value,runs,holds_share\nc,a.x,0,10,0.9\nc,a.x,1,10,0.2\nc,b.y,5,10,0.6\n" : "claim,parameter,value,runs,holds_share\n");
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ netvalue: "0.0.0", name, seeds: [1], scenario: { seed: 3 }, sweep: { cells: [] } }));
  return dir;
}

describe("sensitivity charts", () => {
  it("Morris: the μ*–σ plane per output, with μ* and σ of each parameter, and the claim shares", async () => {
    const r = await plotResults(folder("m", "morris", true));
    expect(r.written.map((f) => f.split("/").pop())).toEqual(["sensitivity-morris.svg", "sensitivity-morris.vl.json", "claim-shares.svg", "claim-shares.vl.json"]);
    const spec = JSON.parse(readFileSync(join(r.outDir, "sensitivity-morris.vl.json"), "utf8"));
    expect(spec.data.values).toContainEqual({ output: "y2", parameter: "y", mu_star: 1.1, mu_star_low: 0, mu_star_high: 1.5, sigma: 1.1 });
    const shares = JSON.parse(readFileSync(join(r.outDir, "claim-shares.vl.json"), "utf8"));
    expect(shares.data.values).toHaveLength(3);
    expect(r.warnings).toEqual([]);
  });
  it("Sobol': S1/ST bars with whiskers; no claims means the shares chart is skipped with the reason", async () => {
    const r = await plotResults(folder("s", "sobol", false));
    expect(existsSync(join(r.outDir, "sensitivity-sobol.svg"))).toBe(true);
    expect(r.skipped).toEqual([{ chart: "claim-shares", reason: "no claims (claim-shares.csv is empty)" }]);
    const spec = JSON.parse(readFileSync(join(r.outDir, "sensitivity-sobol.vl.json"), "utf8"));
    expect(spec.data.values.filter((v: { index: string }) => v.index === "ST")).toHaveLength(4);
    expect(r.warnings).toEqual([]);
  });
});
