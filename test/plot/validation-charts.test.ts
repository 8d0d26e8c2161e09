// `netvalue plot` on a validation experiment's folder draws its paper's figure:
// Watts & Strogatz's Fig. 2 from ratios.csv, Kleinberg's routing steps and slopes.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plotResults } from "../../src/plot/plot-results.js";

const root = mkdtempSync(join(tmpdir(), "nv-validation-charts-"));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ netvalue: "0.1.0", name, seeds: [7], scenario: { validation: name, name, seed: 7 } }));
  return dir;
}

describe("validation charts", () => {
  it("watts-strogatz: L(p)/L(0) and C(p)/C(0) against p on a log axis, with SE whiskers", async () => {
    const dir = folder("watts-strogatz", {
      "ratios.csv": "p,seeds,mean_distance_ratio,mean_distance_ratio_se,clustering_ratio,clustering_ratio_se\n0.001,20,0.6,0.03,0.99,0.001\n0.01,20,0.2,0.01,0.96,0.002\n1,20,0.06,0,0.01,0.001\n",
    });
    const r = await plotResults(dir, { out: join(dir, "charts") });
    expect(r.skipped).toEqual([]);
    expect(r.written.map((f) => f.slice(dir.length + 8))).toEqual(["watts-strogatz.svg", "watts-strogatz.vl.json"]);
    const spec = JSON.parse(readFileSync(join(dir, "charts", "watts-strogatz.vl.json"), "utf8"));
    expect(spec.data.values).toHaveLength(6);
    expect(spec.layer[1].encoding.x.scale.type).toBe("log");
    expect(spec.data.values[0]).toMatchObject({ x: 0.001, mean: 0.6, low: 0.57, high: 0.63 });
  });

  it("kleinberg: steps against side per r (log–log) and the slope against r", async () => {
    const dir = folder("kleinberg", {
      "routing.csv": "r,side,pairs,mean_steps,mean_steps_se\n0,100,4000,21.4,0.12\n0,200,4000,34.3,0.2\n2,100,4000,22,0.1\n2,200,4000,30,0.2\n",
      "slopes.csv": "r,slope\n0,0.67\n2,0.39\n",
    });
    const r = await plotResults(dir, { out: join(dir, "charts") });
    expect(r.skipped).toEqual([]);
    expect(r.written.filter((f) => f.endsWith(".svg")).map((f) => f.slice(dir.length + 8))).toEqual(["kleinberg-routing.svg", "kleinberg-slopes.svg"]);
    const routing = JSON.parse(readFileSync(join(dir, "charts", "kleinberg-routing.vl.json"), "utf8"));
    expect(new Set(routing.data.values.map((v: { series: string }) => v.series))).toEqual(new Set(["r = 0", "r = 2"]));
    const slopes = JSON.parse(readFileSync(join(dir, "charts", "kleinberg-slopes.vl.json"), "utf8"));
    expect(slopes.data.values).toEqual([{ r: 0, slope: 0.67 }, { r: 2, slope: 0.39 }]);
  });
});
