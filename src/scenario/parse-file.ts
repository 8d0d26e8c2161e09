/**
 * Reading a scenario file into plain data: YAML (any extension but `.json`) or
 * JSON (`.json`). Every way a file can be unreadable becomes an Issue naming the
 * file: missing, a directory, unreadable, empty, or malformed (with line and
 * column). Nothing here throws for bad input.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parseDocument } from "yaml";
import type { Issue } from "../errors.js";

export type ParseResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly issues: Issue[] };

export type TextFormat = "yaml" | "json";

/** `.json` files are JSON; everything else (.yaml, .yml, …) is YAML. */
export function formatOf(file: string): TextFormat {
  return extname(file).toLowerCase() === ".json" ? "json" : "yaml";
}

/** Reads and parses a scenario file. */
export function readScenarioFile(file: string): ParseResult {
  const fail = (message: string): ParseResult => ({ ok: false, issues: [{ file, path: "", message }] });
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return fail("is a directory; expected a scenario file (.yaml, .yml or .json)");
    if (!stat.isFile()) return fail("is not a regular file; expected a scenario file (.yaml, .yml or .json)");
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail("file not found");
    if (code === "EACCES" || code === "EPERM") return fail("permission denied; cannot read the file");
    if (code === "EISDIR") return fail("is a directory; expected a scenario file (.yaml, .yml or .json)");
    return fail(`cannot read the file (${code ?? String(err)})`);
  }
  return parseScenarioText(text, file, formatOf(file));
}

/** Parses scenario text; `file` only labels the issues. */
export function parseScenarioText(text: string, file: string, format: TextFormat): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return format === "json" ? parseJson(body, file) : parseYaml(body, file);
}

const EMPTY = "the file is empty; a scenario is a mapping of fields (write {} to accept every default)";

function parseYaml(text: string, file: string): ParseResult {
  // logLevel "silent": the library never prints; warnings (unknown tags, directives) become issues.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, strict: true, logLevel: "silent" });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    const issues = problems.map((e): Issue => {
      const pos = e.linePos?.[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : "";
      let what = (e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
      // The parser's "Map keys must be unique" does not say which key.
      if (e.code === "DUPLICATE_KEY") what = `duplicate key '${duplicateKey(text, e.pos[0])}' (a key may appear once in a mapping)`;
      return { file, path: "", message: `malformed YAML${where}: ${what}` };
    });
    return { ok: false, issues };
  }
  if (doc.contents === null) return { ok: false, issues: [{ file, path: "", message: EMPTY }] };
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: 1000 }) };
  } catch (err) {
    // toJS throws on alias bombs and similar structural abuse.
    return { ok: false, issues: [{ file, path: "", message: `malformed YAML: ${(err as Error).message}` }] };
  }
}

/** The key written at `offset` (a plain or quoted scalar, up to its colon). */
function duplicateKey(text: string, offset: number): string {
  const rest = text.slice(offset).split("\n")[0] ?? "";
  const quoted = /^(["'])(.*?)\1/.exec(rest);
  return quoted ? (quoted[2] ?? "") : (rest.split(/:(\s|$)/)[0] ?? "").trim();
}

function parseJson(text: string, file: string): ParseResult {
  if (text.trim() === "") return { ok: false, issues: [{ file, path: "", message: EMPTY }] };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    const pos = jsonErrorPosition(text);
    const { line, col } = lineColumn(text, pos);
    const found = pos >= text.length ? "unexpected end of input" : `unexpected ${JSON.stringify(text[pos])}`;
    return { ok: false, issues: [{ file, path: "", message: `malformed JSON at line ${line}, column ${col}: ${found}` }] };
  }
}

/**
 * The offset of the first character that cannot continue a JSON text: the length
 * of the longest prefix that is still a viable start. Prefix viability is
 * prefix-closed, so a binary search finds it. V8 reports a prefix that merely ends
 * early as "end of JSON input", "Unterminated string" or "at position <length>".
 */
function jsonErrorPosition(text: string): number {
  const viable = (n: number): boolean => {
    const prefix = text.slice(0, n);
    if (prefix.trim() === "") return true;
    try {
      JSON.parse(prefix);
      return true;
    } catch (err) {
      const msg = (err as Error).message;
      return /end of JSON input|Unterminated string/.test(msg) || msg.includes(`position ${n}`);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (viable(mid)) lo = mid;
    else hi = mid - 1;
  }
  // lo = longest viable prefix; the offending character is the next one (skip whitespace it may end in).
  return Math.min(lo, text.length);
}

/** 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const col = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { line, col };
}
