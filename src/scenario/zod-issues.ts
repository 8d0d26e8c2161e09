/**
 * Translating zod issues into netvalue Issues: a dotted path, and a message saying
 * what was expected and what was found (with the found value), plus "did you mean"
 * for unknown keys and unknown enum values. Expectations are described from the
 * schema itself (schema-walk), so they stay in step with it.
 */
import type { z } from "zod";
import type { Issue } from "../errors.js";
import { describeValue } from "./describe-value.js";
import { allowedKeys, describeExpected, discriminatorChoices, schemaAt, unwrap, valueAt, type ZodLike } from "./schema-walk.js";
import { didYouMean, quoteList } from "./suggest.js";

type Path = readonly (string | number)[];

/** "agents.strategies.opportunistic"; list indices as "layers[2]". */
export function dottedPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/** Maps every zod issue of a failed parse of `data` against `root`. */
export function mapZodIssues(issues: readonly z.core.$ZodIssue[], data: unknown, root: ZodLike, file: string): Issue[] {
  return issues.flatMap((issue) => mapOne(issue, data, root, file));
}

function mapOne(issue: z.core.$ZodIssue, data: unknown, root: ZodLike, file: string): Issue[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const at = (p: Path, message: string): Issue => ({ file, path: dottedPath(p), message });
  const found = valueAt(data, path);
  const field = schemaAt(root, path, data);

  switch (issue.code) {
    case "unrecognized_keys": {
      const parent = schemaAt(root, path, data);
      const allowed = parent ? (allowedKeys(parent, found) ?? []) : [];
      return issue.keys.map((key) => {
        const hint = didYouMean(key, allowed);
        const list = hint === "" && allowed.length > 0 ? ` (allowed here: ${allowed.join(", ")})` : "";
        return at([...path, key], `unknown key '${key}'${hint}${list}`);
      });
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      const shown = typeof found === "string" ? `'${found}'` : describeValue(found);
      const hint = typeof found === "string" ? didYouMean(found, values) : "";
      return [at(path, `expected one of ${quoteList(values)}, found ${shown}${hint}`)];
    }
    case "invalid_union": {
      if ("discriminator" in issue && typeof issue.discriminator === "string") {
        // zod puts the discriminator on the path; the found value is the mapping's field.
        const parentPath = path.slice(0, -1);
        const parentField = schemaAt(root, parentPath, data);
        const choices = parentField ? discriminatorChoices(unwrap(parentField).base) : [];
        const value = valueAt(data, parentPath);
        const got = valueAt(value, [issue.discriminator]);
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          return [at(parentPath, `expected a mapping with '${issue.discriminator}: <one of ${quoteList(choices)}>', found ${describeValue(value)}`)];
        }
        const shown = typeof got === "string" ? `'${got}'` : describeValue(got);
        const hint = typeof got === "string" ? didYouMean(got, choices) : "";
        return [at(path, `expected one of ${quoteList(choices)}, found ${shown}${hint}`)];
      }
      return [at(path, `expected ${field ? describeExpected(field) : "a valid value"}, found ${describeValue(found)}`)];
    }
    case "invalid_type":
    case "too_small":
    case "too_big":
    case "not_multiple_of": {
      const expected = field ? describeExpected(field) : issue.message;
      const missing = found === undefined && issue.code === "invalid_type";
      return [at(path, missing ? `required: expected ${expected}, found nothing` : `expected ${expected}, found ${describeValue(found)}`)];
    }
    case "invalid_format":
      return [at(path, `expected ${field ? describeExpected(field) : `a ${issue.format}`}, found ${describeValue(found)}`)];
    case "invalid_key": {
      const key = path[path.length - 1];
      return [at(path, `'${String(key)}' is not a valid name: ${issue.issues.map((i) => i.message).join("; ")}`)];
    }
    default:
      return [at(path, `${issue.message}, found ${describeValue(found)}`)];
  }
}
