/**
 * The README's "Scenario reference", generated from the zod schema: one table per
 * top-level block with every field's dotted path, type, default and meaning (the
 * `.describe()` text). `npm run docs:scenario` writes it between the
 * `<!-- scenario-reference:start -->` / `<!-- scenario-reference:end -->` markers;
 * a test fails when the README lacks a field or is out of date.
 */
import { BUILTIN_STRATEGIES, scenarioSchema, strategyParamsSchema } from "./schema.js";
import { discriminatorChoices, typeLabel, unwrap, type ZodLike } from "./schema-walk.js";

export interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly default: string;
  readonly meaning: string;
}

export const REFERENCE_START = "<!-- scenario-reference:start -->";
export const REFERENCE_END = "<!-- scenario-reference:end -->";

function showDefault(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value === "" ? '`""`' : `\`${value}\``;
  if (Array.isArray(value)) return `\`[${value.map((v) => String(v)).join(", ")}]\``;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? "`{}`" : `\`{ ${entries.map(([k, v]) => `${k}: ${String(v)}`).join(", ")} }\``;
  }
  return `\`${String(value)}\``;
}

/** Rows for `field` at `path` and everything under it. */
function rowsOf(field: ZodLike, path: string, note = ""): FieldRow[] {
  const u = unwrap(field);
  const def = u.base._zod.def;
  const meaning = `${note}${u.description ?? ""}`.trim();
  if (def.type === "object" && def.shape) {
    return Object.entries(def.shape).flatMap(([key, child]) => rowsOf(child, `${path}.${key}`, note));
  }
  if (def.discriminator && def.options) {
    const key = def.discriminator;
    const rows: FieldRow[] = [
      { path, type: "mapping", default: showDefault(u.default?.value), meaning },
      { path: `${path}.${key}`, type: discriminatorChoices(u.base).map((c) => `\`${c}\``).join(" \\| "), default: "—", meaning: `Which ${key}; the fields below apply to the ${key} named in brackets.` },
    ];
    for (const option of def.options) {
      const name = discriminatorChoices({ _zod: { def: { type: "union", discriminator: key, options: [option] } } }).join("");
      for (const [k, child] of Object.entries(option._zod.def.shape ?? {})) {
        if (k !== key) rows.push(...rowsOf(child, `${path}.${k}`, `(${name}) `));
      }
    }
    return rows;
  }
  const row: FieldRow = { path, type: typeLabel(field), default: showDefault(u.default?.value), meaning };
  if (def.type === "record" && def.valueType && unwrap(def.valueType).base._zod.def.type === "object") {
    return [row, ...rowsOf(def.valueType, `${path}.<name>`, note)];
  }
  return [row];
}

/** Every field of the scenario schema, in schema order. */
export function scenarioFieldRows(): FieldRow[] {
  const root = scenarioSchema as unknown as ZodLike;
  return Object.entries(root._zod.def.shape ?? {}).flatMap(([key, field]) => rowsOf(field, key));
}

const cell = (s: string) => s.replace(/\|(?<!\\\|)/g, "\\|").replace(/\n/g, " ");

function table(rows: readonly FieldRow[]): string {
  const lines = ["| field | type | default | meaning |", "|---|---|---|---|"];
  for (const r of rows) lines.push(`| \`${r.path}\` | ${r.type} | ${r.default} | ${cell(r.meaning)} |`);
  return lines.join("\n");
}

function builtinTable(): string {
  const names = Object.keys(BUILTIN_STRATEGIES) as (keyof typeof BUILTIN_STRATEGIES)[];
  const lines = [`| parameter | ${names.join(" | ")} | meaning |`, `|---|${names.map(() => "---|").join("")}---|`];
  for (const [param, field] of Object.entries(strategyParamsSchema.shape)) {
    const values = names.map((n) => showDefault(BUILTIN_STRATEGIES[n][param as keyof (typeof BUILTIN_STRATEGIES)[typeof n]]));
    lines.push(`| \`${param}\` | ${values.join(" | ")} | ${cell(unwrap(field as unknown as ZodLike).description ?? "")} |`);
  }
  return lines.join("\n");
}

/** The generated Markdown (without the markers). */
export function scenarioReferenceMarkdown(): string {
  const rows = scenarioFieldRows();
  const root = scenarioSchema as unknown as ZodLike;
  const shape = root._zod.def.shape ?? {};
  const isBlock = (key: string) => rows.some((r) => r.path.startsWith(`${key}.`));
  const parts: string[] = [
    "Generated from the schema by `npm run docs:scenario`; do not edit by hand. Every field is optional.",
    "",
    "### Top level",
    "",
    table(rows.filter((r) => !r.path.includes(".") && !isBlock(r.path))),
  ];
  for (const [key, field] of Object.entries(shape).filter(([key]) => isBlock(key))) {
    const description = unwrap(field).description ?? "";
    parts.push("", `### \`${key}\``, "", description, "", table(rows.filter((r) => r.path === key || r.path.startsWith(`${key}.`))));
    if (key === "strategies") parts.push("", "Built-in strategies (docs/ODD.md §2 Entities); a user strategy starts from its `extends` base:", "", builtinTable());
  }
  return `${parts.join("\n")}\n`;
}

/** `readme` with the reference section replaced; throws if the markers are missing. */
export function withScenarioReference(readme: string): string {
  const start = readme.indexOf(REFERENCE_START);
  const end = readme.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error(`README lacks the ${REFERENCE_START} … ${REFERENCE_END} markers`);
  return `${readme.slice(0, start + REFERENCE_START.length)}\n${scenarioReferenceMarkdown()}${readme.slice(end)}`;
}
