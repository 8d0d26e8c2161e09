/**
 * Short, safe renderings of values found in input, for messages:
 * `"x" (string)`, `-3 (number)`, `[1, 2] (list)`. Never throws, whatever the value
 * (bigint, symbol, cycles, huge nesting), and never prints more than ~60 characters.
 */

const LIMIT = 60;

function compact(v: unknown, depth: number, seen: Set<unknown>): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
      return JSON.stringify(v.length > LIMIT ? `${v.slice(0, LIMIT)}…` : v);
    case "number":
    case "boolean":
      return String(v);
    case "bigint":
      return `${v}n`;
    case "undefined":
      return "undefined";
    case "symbol":
      return v.toString();
    case "function":
      return "function";
    default:
      break;
  }
  if (seen.has(v)) return "<cycle>";
  if (depth > 2) return Array.isArray(v) ? "[…]" : "{…}";
  seen.add(v);
  try {
    if (Array.isArray(v)) return `[${v.slice(0, 6).map((x) => compact(x, depth + 1, seen)).join(", ")}${v.length > 6 ? ", …" : ""}]`;
    const entries = Object.keys(v as object).slice(0, 6);
    const body = entries.map((k) => `${k}: ${compact((v as Record<string, unknown>)[k], depth + 1, seen)}`).join(", ");
    return `{${body}${Object.keys(v as object).length > 6 ? ", …" : ""}}`;
  } finally {
    seen.delete(v);
  }
}

/** The kind of a value in scenario vocabulary. */
export function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  if (typeof v === "object") return "mapping";
  return typeof v;
}

/** `"x" (string)`, `[1, 2] (list)`, `null`, `nothing` for a missing value. */
export function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  let text = compact(v, 0, new Set());
  if (text.length > LIMIT + 10) text = `${text.slice(0, LIMIT)}…`;
  return `${text} (${kindOf(v)})`;
}

/** The value alone, compact (for parameters in sweep messages). */
export function showValue(v: unknown): string {
  const text = compact(v, 0, new Set());
  return text.length > LIMIT + 10 ? `${text.slice(0, LIMIT)}…` : text;
}
