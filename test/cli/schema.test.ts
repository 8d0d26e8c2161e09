// `netvalue schema`: the committed scenarios/netvalue.schema.json is its output; the
// schema is valid draft 2020-12 for ajv, accepts every shipped scenario, rejects bad ones.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchemaText } from "../../src/scenario/json-schema.js";

const BIN = process.env["NETVALUE_CLI"] ?? "bin/netvalue.js";
const run = spawnSync(process.execPath, [BIN, "schema"], { encoding: "utf8" });
const printed = run.stdout;
const committed = readFileSync("scenarios/netvalue.schema.json", "utf8");

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(printed) as object);
}

describe("netvalue schema", () => {
  it("prints the schema and exits 0", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(printed).toBe(scenarioJsonSchemaText());
  });
  it("equals the committed scenarios/netvalue.schema.json (refresh: netvalue schema --out scenarios/netvalue.schema.json)", () => {
    expect(committed).toBe(printed);
  });
  it("is a draft 2020-12 schema with a title and no $id", () => {
    const schema = JSON.parse(printed) as Record<string, unknown>;
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["title"]).toBe("netvalue scenario");
    expect(printed).not.toContain('"$id"');
  });
  it("validates every shipped scenario, which all point to it", () => {
    const validate = validator();
    const files = readdirSync("scenarios").filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const text = readFileSync(join("scenarios", f), "utf8");
      expect(text.startsWith("# yaml-language-server: $schema=./netvalue.schema.json\n"), f).toBe(true);
      const ok = validate(parse(text));
      expect(ok, `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
  it("accepts the network.initial file shorthand", () => {
    expect(validator()({ network: { initial: { file: "graph.txt" } } })).toBe(true);
  });
  it("rejects bad scenarios", () => {
    const validate = validator();
    const bad = [
      { mechanisms: { events: { evry: 3 } } },
      { steps: 0 },
      { steps: "x" },
      { network: { regime: "amplifed" } },
      { network: { initial: { generator: "caveman" } } },
      { network: { initial: { generator: "watts-strogatz", groupSize: 3 } } },
      { metrics: { layers: ["socal"] } },
      { mechanisms: { trust: { penalty: 1.5 } } },
      { replicates: [] },
    ];
    for (const b of bad) expect(validate(b), JSON.stringify(b)).toBe(false);
  });
  it("has help with examples", () => {
    const r = spawnSync(process.execPath, [BIN, "schema", "--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Examples:");
  });
});
