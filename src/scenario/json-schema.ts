/**
 * The JSON Schema of scenario files (`netvalue schema`, scenarios/netvalue.schema.json),
 * generated from the zod schema for the input side (every field optional), as
 * JSON Schema draft 2020-12. Two additions zod cannot express: a title, and the
 * `network.initial: { file: <path> }` shorthand that the loader accepts.
 */
import { z } from "zod";
import { scenarioSchema } from "./schema.js";

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

const SHORTHAND = {
  type: "object",
  description: "Shorthand for { generator: file, path: <file> }.",
  properties: {
    file: { type: "string", minLength: 1, description: "Graph file (edge list, .gexf, .graphml), relative to the scenario file." },
    format: { type: "string", enum: ["auto", "edgelist", "gexf", "graphml"] },
  },
  required: ["file"],
  additionalProperties: false,
};

/** The JSON Schema object, with keys in a stable order. */
export function scenarioJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(scenarioSchema, { io: "input", target: "draft-2020-12" }) as JsonObject;
  const { $schema, ...body } = generated;
  const out: JsonObject = {
    $schema,
    title: "netvalue scenario",
    description: "A netvalue scenario file (YAML or JSON). Every field is optional; see README.md, Scenario reference.",
    ...body,
  };
  const top = out["properties"];
  const network = isObject(top) ? top["network"] : undefined;
  const props = isObject(network) ? network["properties"] : undefined;
  const initial = isObject(props) ? props["initial"] : undefined;
  const oneOf = isObject(initial) ? initial["oneOf"] : undefined;
  if (isObject(initial) && Array.isArray(oneOf)) initial["oneOf"] = [...(oneOf as unknown[]), SHORTHAND];
  return out;
}

/** The schema as the text `netvalue schema` prints (2-space JSON, trailing newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
