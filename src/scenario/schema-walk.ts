/**
 * Walking the zod 4 scenario schema by path: which keys are allowed at a path,
 * which schema governs a field, and a human description of what a field expects.
 * The loader uses it for "did you mean" suggestions and `--set`/sweep path checks,
 * the README generator for the reference tables. Reads zod's public `_zod.def`
 * structure (wrappers: default, prefault, optional, nullable, readonly, catch,
 * pipe, lazy; containers: object, record, array, union, discriminated union).
 */

/** The parts of a zod 4 schema definition this module reads. */
interface CheckDef {
  readonly check: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}
interface Def {
  readonly type: string;
  readonly innerType?: ZodLike;
  readonly in?: ZodLike;
  readonly shape?: Readonly<Record<string, ZodLike>>;
  readonly options?: readonly ZodLike[];
  readonly discriminator?: string;
  readonly element?: ZodLike;
  readonly items?: readonly ZodLike[];
  readonly valueType?: ZodLike;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly defaultValue?: unknown;
  readonly getter?: () => ZodLike;
}
/** Structural view of any zod schema. */
export interface ZodLike {
  readonly _zod: { readonly def: Def };
  readonly description?: string | undefined;
}

const WRAPPERS = new Set(["default", "prefault", "optional", "nullable", "readonly", "catch", "nonoptional"]);

export interface Unwrapped {
  /** The schema under every wrapper. */
  readonly base: ZodLike;
  /** The first description met, outermost first. */
  readonly description: string | undefined;
  /** The default (or prefault) value, when the field has one. */
  readonly default: { readonly value: unknown } | undefined;
  /** True when the field may be left out. */
  readonly optional: boolean;
}

export function unwrap(schema: ZodLike): Unwrapped {
  let s = schema;
  let description: string | undefined;
  let dflt: { value: unknown } | undefined;
  let optional = false;
  for (let guard = 0; guard < 50; guard++) {
    description ??= s.description;
    const def = s._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) {
      if ((def.type === "default" || def.type === "prefault") && dflt === undefined) dflt = { value: def.defaultValue };
      if (def.type === "optional" || def.type === "default" || def.type === "prefault") optional = true;
      s = def.innerType;
    } else if (def.type === "pipe" && def.in) s = def.in;
    else if (def.type === "lazy" && def.getter) s = def.getter();
    else break;
  }
  return { base: s, description, default: dflt, optional };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The literal values a discriminated-union option accepts for its discriminator. */
function discriminatorValues(option: ZodLike, key: string): unknown[] {
  const field = option._zod.def.shape?.[key];
  if (!field) return [];
  const base = unwrap(field).base._zod.def;
  if (base.values) return [...base.values];
  if (base.entries) return Object.values(base.entries);
  return [];
}

/** All discriminator values of a discriminated union, in option order. */
export function discriminatorChoices(union: ZodLike): string[] {
  const def = union._zod.def;
  if (!def.discriminator || !def.options) return [];
  return def.options.flatMap((o) => discriminatorValues(o, def.discriminator!)).map(String);
}

/**
 * The option of a discriminated union that governs `data` (by its discriminator,
 * or the field's default when `data` has none); undefined when none matches.
 */
export function pickOption(field: ZodLike, data: unknown): ZodLike | undefined {
  const { base, default: dflt } = unwrap(field);
  const def = base._zod.def;
  if (!def.discriminator || !def.options) return undefined;
  const key = def.discriminator;
  const value = isRecord(data) && data[key] !== undefined ? data[key] : isRecord(dflt?.value) ? dflt.value[key] : undefined;
  return def.options.find((o) => discriminatorValues(o, key).includes(value));
}

/** The object schema that governs `data` at a field: the object itself, or the chosen union option. */
function objectNode(field: ZodLike, data: unknown): ZodLike | undefined {
  const { base } = unwrap(field);
  if (base._zod.def.type === "object") return base;
  if (base._zod.def.discriminator) return pickOption(field, data);
  return undefined;
}

/** The keys allowed at a field given its data, or undefined when the field is not a fixed-key mapping. */
export function allowedKeys(field: ZodLike, data: unknown): string[] | undefined {
  const node = objectNode(field, data);
  return node?._zod.def.shape ? Object.keys(node._zod.def.shape) : undefined;
}

export type Step =
  | { readonly ok: true; readonly schema: ZodLike }
  | { readonly ok: false; readonly reason: "unknown-key"; readonly allowed: readonly string[] }
  | { readonly ok: false; readonly reason: "not-a-mapping"; readonly kind: string };

/** One step down the schema: the schema of `segment` inside `field` (whose value is `data`). */
export function child(field: ZodLike, segment: string | number, data: unknown): Step {
  const { base } = unwrap(field);
  const def = base._zod.def;
  if (def.type === "record" && def.valueType) return { ok: true, schema: def.valueType };
  if (def.type === "array" && def.element && typeof segment === "number") return { ok: true, schema: def.element };
  const node = objectNode(field, data);
  const shape = node?._zod.def.shape;
  if (!shape) return { ok: false, reason: "not-a-mapping", kind: def.type };
  const next = shape[String(segment)];
  return next ? { ok: true, schema: next } : { ok: false, reason: "unknown-key", allowed: Object.keys(shape) };
}

/** The value at `path` inside `data`, or undefined. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let v = data;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === "number") v = v[seg];
    else if (isRecord(v)) v = Object.prototype.hasOwnProperty.call(v, seg) ? v[seg] : undefined;
    else return undefined;
  }
  return v;
}

/** The schema of the field at `path` (data-aware for discriminated unions), or undefined. */
export function schemaAt(root: ZodLike, path: readonly (string | number)[], rootData: unknown): ZodLike | undefined {
  let s = root;
  for (const [i, key] of path.entries()) {
    const step = child(s, key, valueAt(rootData, path.slice(0, i)));
    if (!step.ok) return undefined;
    s = step.schema;
  }
  return s;
}

function checks(s: ZodLike): CheckDef[] {
  return (s._zod.def.checks ?? []).map((c) => c._zod.def);
}

interface NumberShape {
  readonly int: boolean;
  readonly min?: { readonly value: number; readonly inclusive: boolean };
  readonly max?: { readonly value: number; readonly inclusive: boolean };
}
function numberShape(s: ZodLike): NumberShape {
  let int = false;
  let min: NumberShape["min"];
  let max: NumberShape["max"];
  for (const c of checks(s)) {
    if (c.check === "number_format" && (c.format === "safeint" || c.format === "int32" || c.format === "uint32")) int = true;
    if (c.check === "greater_than") min = { value: Number(c.value), inclusive: c.inclusive === true };
    if (c.check === "less_than") max = { value: Number(c.value), inclusive: c.inclusive === true };
  }
  return { int, ...(min ? { min } : {}), ...(max ? { max } : {}) };
}

function describeNumber(n: NumberShape): string {
  const { min, max } = n;
  if (n.int) {
    if (min && !max && min.inclusive && min.value === 1) return "a positive integer";
    if (min && !max && min.inclusive && min.value === 0) return "a non-negative integer";
    if (min && max && min.inclusive && max.inclusive) return `an integer from ${min.value} to ${max.value}`;
  }
  const what = n.int ? "an integer" : "a number";
  if (min && max) return `${what} in ${min.inclusive ? "[" : "("}${min.value}, ${max.value}${max.inclusive ? "]" : ")"}`;
  if (min && !n.int && min.value === 0 && !min.inclusive) return "a positive number";
  if (min) return `${what} ${min.inclusive ? "≥" : ">"} ${min.value}`;
  if (max) return `${what} ${max.inclusive ? "≤" : "<"} ${max.value}`;
  return what;
}

function minLength(s: ZodLike): number | undefined {
  return checks(s).find((c) => c.check === "min_length")?.minimum;
}

/** What a field expects, in words: "a positive integer", "one of 'dunbar', 'amplified'". */
export function describeExpected(field: ZodLike): string {
  const { base } = unwrap(field);
  const def = base._zod.def;
  switch (def.type) {
    case "number":
      return describeNumber(numberShape(base));
    case "string":
      return checks(base).some((c) => c.format === "regex") ? "a name of letters, digits, '.', '_' or '-'" : minLength(base) ? "a non-empty string" : "a string";
    case "boolean":
      return "true or false";
    case "enum":
      return `one of ${Object.values(def.entries ?? {}).map((v) => `'${v}'`).join(", ")}`;
    case "literal":
      return (def.values ?? []).map((v) => `'${String(v)}'`).join(" or ");
    case "array":
      return `a ${minLength(base) ? "non-empty " : ""}list${def.element ? ` of ${plural(describeExpected(def.element))}` : ""}`;
    case "record":
      return `a mapping of names to ${def.valueType ? plural(describeExpected(def.valueType)) : "values"}`;
    case "object":
      return "a mapping";
    case "union":
      return def.discriminator ? `a mapping with '${def.discriminator}'` : (def.options ?? []).map(describeExpected).join(", or ");
    default:
      return "any value";
  }
}

/** "a positive integer" → "positive integers"; best effort for list/record descriptions. */
function plural(phrase: string): string {
  if (phrase.startsWith("one of ")) return `values (${phrase})`;
  if (phrase === "any value") return "values of any kind";
  const m = /^an? (\S+)(.*)$/.exec(phrase);
  if (!m) return phrase;
  const [, head, rest] = m;
  const words = `${head}${rest}`.split(" ");
  const i = words.findIndex((w) => ["integer", "number", "string", "mapping", "list", "name"].includes(w));
  if (i >= 0) words[i] = `${words[i]}s`;
  return words.join(" ");
}

/** A short type label for reference tables: "integer ≥ 1", "number in [0, 1]", "'a' \| 'b'". */
export function typeLabel(field: ZodLike): string {
  const { base } = unwrap(field);
  const def = base._zod.def;
  switch (def.type) {
    case "number": {
      const text = describeNumber(numberShape(base));
      return text.replace(/^an? /, "").replace(/^positive integer$/, "integer ≥ 1").replace(/^non-negative integer$/, "integer ≥ 0");
    }
    case "enum":
      return Object.values(def.entries ?? {}).map((v) => `\`${v}\``).join(" \\| ");
    case "literal":
      return (def.values ?? []).map((v) => `\`${String(v)}\``).join(" \\| ");
    case "array":
      return `list of ${def.element ? typeLabel(def.element) : "values"}`;
    case "tuple":
      return `[${(def.items ?? []).map(typeLabel).join(", ")}]`;
    case "record":
      return `map: name → ${def.valueType ? typeLabel(def.valueType) : "value"}`;
    case "union":
      return def.discriminator ? "mapping" : (def.options ?? []).map(typeLabel).join(" or ");
    case "object":
      return "mapping";
    case "unknown":
    case "any":
      return "any";
    default:
      return def.type;
  }
}

/** "integer" or "number" for a numeric field at `path` (data-aware), null for any other field. */
export function numericKind(root: ZodLike, path: readonly (string | number)[], rootData: unknown): "integer" | "number" | null {
  const field = schemaAt(root, path, rootData);
  if (!field) return null;
  const { base } = unwrap(field);
  if (base._zod.def.type !== "number") return null;
  return numberShape(base).int ? "integer" : "number";
}
