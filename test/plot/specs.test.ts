import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { loadResults } from "../../src/plot/load.js";
import { planCharts } from "../../src/plot/plot-results.js";
import { compileToVega } from "../../src/plot/render.js";
import type { VlSpec } from "../../src/plot/frame.js";
import { OKABE_ITO } from "../../src/plot/theme.js";
import { writeRunFolder, writeSweepFolder } from "./synthetic-results.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "nv-plot-spec-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("vega-lite/vega-lite-schema.json"), "utf8")) as object;
const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false, logger: false });
const validateVegaLite = ajv.compile(schema);

/** Every `field` named under an `encoding` or a `facet`, anywhere in the spec. */
function referencedFields(node: unknown, inside = false, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => referencedFields(n, inside, out));
  else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (inside && k === "field" && typeof v === "string") out.add(v);
      else referencedFields(v, inside || k === "encoding" || k === "facet", out);
    }
  }
  return out;
}

function specsOf(planned: ReturnType<typeof planCharts>): [string, VlSpec][] {
  return planned.flatMap((p) => ("spec" in p ? [[p.chart, p.spec] as [string, VlSpec]] : []));
}

async function checkSpec(name: string, spec: VlSpec): Promise<void> {
  const warnings: string[] = [];
  await expect(compileToVega(spec, warnings), name).resolves.toBeDefined();
  expect(warnings, name).toEqual([]);
  expect(validateVegaLite(spec), `${name}: ${JSON.stringify(validateVegaLite.errors?.slice(0, 3))}`).toBe(true);
  const rows = (spec["data"] as { values: Record<string, unknown>[] }).values;
  expect(rows.length, name).toBeGreaterThan(0);
  for (const field of referencedFields(spec)) {
    expect(rows.every((r) => field in r), `${name}: field ${field} missing from data rows`).toBe(true);
  }
}

describe("chart specs of a run folder", () => {
  it("compile with vega-lite, validate against its schema and reference existing fields", async () => {
    writeRunFolder(dir);
    const specs = specsOf(planCharts(loadResults(dir)));
    expect(specs.map(([n]) => n)).toEqual([
      "trust-received",
      "unmasked-share",
      "distrusted-share",
      "followers",
      "opportunities-per-agent",
      "value-received",
      "mean-distance",
      "distance-distribution",
    ]);
    for (const [name, spec] of specs) await checkSpec(name, spec);
  });

  it("use Okabe–Ito colours with a fixed series order, units in axis titles and the caption", () => {
    writeRunFolder(dir, { seed: 99, name: "demo" });
    const trust = specsOf(planCharts(loadResults(dir))).find(([n]) => n === "trust-received")![1];
    const text = JSON.stringify(trust);
    expect(text).toContain('"range":["#0072B2","#E69F00","#009E73"]');
    expect(text).toContain('"domain":["all","authentic","opportunist"]');
    expect(text).toContain("step (days)");
    expect((trust["title"] as { subtitle: string[] }).subtitle[0]).toBe("demo · seed 99 · netvalue 0.1.0");
    expect(OKABE_ITO).toHaveLength(8);
  });
});

describe("chart specs of a sweep folder", () => {
  it("add faceted time series per cell and sweep responses; all compile and validate", async () => {
    writeSweepFolder(dir);
    const planned = planCharts(loadResults(dir));
    const specs = specsOf(planned);
    const names = specs.map(([n]) => n);
    expect(names).toContain("trust-received");
    expect(names).toContain("sweep-trust-received");
    expect(names).toContain("sweep-mean-distance");
    expect(names).toContain("sweep-opportunities-per-agent");
    expect(planned.find((p) => p.chart === "sweep-unmasked-share")).toMatchObject({ skip: expect.stringContaining("unmasked_share") });
    for (const [name, spec] of specs) await checkSpec(name, spec);
    const sweep = specs.find(([n]) => n === "sweep-trust-received")![1];
    expect(sweep["facet"]).toMatchObject({ field: "strategy" });
    expect(JSON.stringify(sweep)).toContain('"title":"network.followCap"');
    const ts = specs.find(([n]) => n === "trust-received")![1];
    expect(ts["facet"]).toMatchObject({ field: "cell", sort: ["followCap=0, rate=0.1", "followCap=0, rate=0.5", "followCap=150, rate=0.1", "followCap=150, rate=0.5"] });
  });

  it("puts the chosen parameter on x and colours by the other", async () => {
    writeSweepFolder(dir);
    const specs = specsOf(planCharts(loadResults(dir), { x: "mechanisms.discovery.rate" }));
    const sweep = specs.find(([n]) => n === "sweep-mean-distance")![1];
    const text = JSON.stringify(sweep);
    expect(text).toContain('"field":"mechanisms_discovery_rate"');
    expect(text).toContain('"field":"network_followCap"');
    await checkSpec("sweep-mean-distance", sweep);
  });
});
