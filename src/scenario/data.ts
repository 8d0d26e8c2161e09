/**
 * Plain-data helpers for scenario input: a safe deep copy (own enumerable keys,
 * `__proto__` kept as data, cycles reported), and the small normalisations made
 * before validation (the `network.initial: { file }` shorthand, the node count of
 * fixed-size graphs).
 */
import { resolve as resolvePath } from "node:path";
import type { Issue } from "../errors.js";
import { readCsr } from "../io/graph-read.js";
import { FIXED_COUNT_GENERATORS } from "./refine.js";

export type Mapping = Record<string, unknown>;
export const isMapping = (v: unknown): v is Mapping => typeof v === "object" && v !== null && !Array.isArray(v);

/** Thrown by cloneData on a cyclic structure; the loader turns it into an issue. */
export class CyclicInputError extends Error {
  override readonly name = "CyclicInputError";
}

function define(target: Mapping, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Deep copy of arrays and plain mappings; other values are shared. */
export function cloneData(value: unknown, seen: Set<unknown> = new Set()): unknown {
  if (typeof value !== "object" || value === null) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  const plain = Array.isArray(value) || proto === Object.prototype || proto === null;
  if (!plain) return value;
  if (seen.has(value)) throw new CyclicInputError("the input contains a cycle");
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => cloneData(v, seen));
  else {
    const copy: Mapping = {};
    for (const key of Object.keys(value)) define(copy, key, cloneData((value as Mapping)[key], seen));
    out = copy;
  }
  seen.delete(value);
  return out;
}

/** `{ file: p, format? }` → `{ generator: file, path: p, format? }` (only when `generator` is absent). */
export function expandInitialShorthand(initial: unknown): unknown {
  if (!isMapping(initial) || "generator" in initial || !("file" in initial)) return initial;
  const { file, ...rest } = initial;
  const out: Mapping = { generator: "file", path: file };
  for (const [k, v] of Object.entries(rest)) define(out, k, v);
  return out;
}

/** Applies the shorthand to `network.initial` and to sweep values of `network.initial`. */
export function normalizeShorthands(raw: Mapping): void {
  const network = raw["network"];
  if (isMapping(network) && "initial" in network) network["initial"] = expandInitialShorthand(network["initial"]);
  const sweep = raw["sweep"];
  if (isMapping(sweep) && Array.isArray(sweep["network.initial"])) sweep["network.initial"] = sweep["network.initial"].map(expandInitialShorthand);
}

/** karate-club / florentine-families fix the count: fill it in when the scenario left it out. */
export function fillFixedCount(raw: Mapping): void {
  const network = raw["network"];
  const initial = isMapping(network) ? network["initial"] : undefined;
  const generator = isMapping(initial) ? initial["generator"] : undefined;
  if (typeof generator !== "string" || !(generator in FIXED_COUNT_GENERATORS)) return;
  const agents = raw["agents"] ?? {};
  if (!isMapping(agents)) return;
  if (agents["count"] === undefined) agents["count"] = FIXED_COUNT_GENERATORS[generator];
  raw["agents"] = agents;
}

/**
 * A graph file fixes the count: when the scenario leaves `agents.count` out, it is
 * the file's node count; a different explicit count is a problem. A file that
 * cannot be read is left to validation, which reports it at `network.initial.path`.
 */
export function fillFileCount(raw: Mapping, graphBase: string, file: string): Issue[] {
  const network = raw["network"];
  const initial = isMapping(network) ? network["initial"] : undefined;
  if (!isMapping(initial) || initial["generator"] !== "file" || typeof initial["path"] !== "string") return [];
  const agents = raw["agents"] ?? {};
  if (!isMapping(agents)) return [];
  let n: number;
  try {
    n = readCsr(resolvePath(graphBase, initial["path"])).csr.n;
  } catch {
    return []; // reported by validation
  }
  if (agents["count"] === undefined) {
    agents["count"] = n;
    raw["agents"] = agents;
    return [];
  }
  if (agents["count"] === n) return [];
  return [
    {
      file,
      path: "agents.count",
      message: `the graph file ${initial["path"]} has ${n} nodes but agents.count is ${String(agents["count"])}; a graph file fixes the count (drop agents.count or set it to ${n})`,
    },
  ];
}
