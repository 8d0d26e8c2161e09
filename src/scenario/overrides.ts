/**
 * Overrides: `--set path=value` on the command line and the values of a sweep cell.
 *
 * - A value is read as YAML (flow): `5`, `0.3`, `true`, `dunbar`, `[5, 15, 50]`,
 *   `{generator: watts-strogatz, k: 6}`.
 * - A path is dotted (`mechanisms.events.every`); keys under `sweep.` are one key
 *   (`sweep.agents.strategies.opportunistic=[0, 0.5]`). Each path is checked against
 *   the schema: an unknown key is an issue with a "did you mean".
 * - Setting a generator (`network.initial.generator`) to another value drops the
 *   previous generator's parameters that the new one does not accept.
 * - Share rule: strategy shares named by overrides (`agents.strategies.<name>`) keep
 *   their values; the other shares are rescaled proportionally so the total stays 1.
 *   If the others sum to 0 (or there are none) and the named shares do not sum to 1,
 *   that is an issue; so is named shares summing above 1.
 */
import { parseDocument } from "yaml";
import type { Issue } from "../errors.js";
import { at } from "../checked-index.js";
import { describeValue } from "./describe-value.js";
import { allowedKeys, child, unwrap, valueAt, type ZodLike } from "./schema-walk.js";
import { didYouMean } from "./suggest.js";

export type Segments = readonly string[];

/** One override: where it goes, its value, and how to name it in issues. */
export interface Override {
  readonly path: Segments;
  readonly value: unknown;
  /** Issue file for problems with this override ("--set" or the scenario file). */
  readonly file: string;
  /** Issue path for problems with this override ("agents.count" or "sweep.agents.count"). */
  readonly label: string;
  /** How the override is shown after a message ("--set agents.count=x"). */
  readonly source: string;
}

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => typeof v === "object" && v !== null && !Array.isArray(v);

/** Splits a dotted path; everything after `sweep.` is one key. */
export function splitPath(path: string): string[] {
  const parts = path.split(".");
  if (parts[0] === "sweep" && parts.length > 1) return ["sweep", parts.slice(1).join(".")];
  return parts;
}

/** Parses `path=value`. */
export function parseSetArgument(arg: string): { ok: true; override: Override } | { ok: false; issue: Issue } {
  const eq = arg.indexOf("=");
  const bad = (message: string) => ({ ok: false as const, issue: { file: "--set", path: eq > 0 ? arg.slice(0, eq) : "", message } });
  if (eq <= 0) return bad(`expected path=value (e.g. --set network.followCap=1500), found '${arg}'`);
  const path = arg.slice(0, eq).trim();
  const text = arg.slice(eq + 1);
  if (path.split(".").some((p) => p === "")) return bad(`'${path}' is not a dotted field path`);
  let value: unknown = "";
  if (text.trim() !== "") {
    const doc = parseDocument(text, { logLevel: "silent", uniqueKeys: true });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) return bad(`'${text}' is not a valid YAML value (${problem.message.split("\n")[0]})`);
    try {
      value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    } catch (err) {
      return bad(`'${text}' is not a valid YAML value (${(err as Error).message})`);
    }
  }
  return { ok: true, override: { path: splitPath(path), value, file: "--set", label: path, source: `--set ${path}=${text}` } };
}

/** Checks that `path` names a field of the schema, given the data it will be set in. */
export function checkPath(root: ZodLike, path: Segments, data: unknown): string | null {
  let s = root;
  for (const [i, key] of path.entries()) {
    const here = valueAt(data, path.slice(0, i));
    const step = child(s, key, here);
    if (step.ok) {
      s = step.schema;
      continue;
    }
    const prefix = path.slice(0, i).join(".") || "the scenario";
    if (step.reason === "unknown-key") {
      const hint = didYouMean(key, step.allowed);
      return `unknown key '${key}' in ${prefix}${hint}${hint ? "" : ` (allowed: ${step.allowed.join(", ")})`}`;
    }
    if (step.kind === "array") return `'${prefix}' is a list; set it whole (e.g. ${prefix}=[…])`;
    return `'${prefix}' is a single value and has no field '${key}'`;
  }
  return null;
}

/** Sets `value` at `path`, creating missing mappings; returns a problem or null. */
function setAt(data: Mapping, path: Segments, value: unknown): string | null {
  let node = data;
  for (const [i, key] of path.slice(0, -1).entries()) {
    const next = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    if (next === undefined) {
      const created: Mapping = {};
      Object.defineProperty(node, key, { value: created, enumerable: true, writable: true, configurable: true });
      node = created;
    } else if (isMapping(next)) node = next;
    else return `cannot set it: '${path.slice(0, i + 1).join(".")}' is ${describeValue(next)} in the scenario, not a mapping`;
  }
  Object.defineProperty(node, at(path, path.length - 1), { value, enumerable: true, writable: true, configurable: true });
  return null;
}

/**
 * When `path` sets the discriminator of a union (the generator), removes the
 * sibling keys the newly chosen option does not accept.
 */
function pruneForDiscriminator(root: ZodLike, data: Mapping, path: Segments): void {
  const parentPath = path.slice(0, -1);
  let s: ZodLike | undefined = root;
  for (const [i, key] of parentPath.entries()) {
    if (!s) break;
    const step: ReturnType<typeof child> = child(s, key, valueAt(data, parentPath.slice(0, i)));
    s = step.ok ? step.schema : undefined;
  }
  if (!s || unwrap(s).base._zod.def.discriminator !== path[path.length - 1]) return;
  const parent = valueAt(data, parentPath);
  if (!isMapping(parent)) return;
  const keep = allowedKeys(s, parent);
  if (!keep) return;
  for (const key of Object.keys(parent)) if (!keep.includes(key)) delete parent[key];
}

const SHARE_TOLERANCE = 1e-9;

/**
 * Applies overrides in order to `data` (mutated), then the share rule.
 * `defaultShares` are the schema's default strategy shares, used when the
 * scenario names none.
 * @returns the problems found; overrides with problems are not applied.
 */
export function applyOverrides(root: ZodLike, data: Mapping, overrides: readonly Override[], defaultShares: Readonly<Record<string, number>>): Issue[] {
  const issues: Issue[] = [];
  const pinned: Override[] = [];
  const applied: Override[] = [];
  const hadShares = isMapping(valueAt(data, ["agents", "strategies"]));
  for (const ov of overrides) {
    const problem = setAt(data, ov.path, ov.value);
    if (problem) issues.push({ file: ov.file, path: ov.label, message: `${problem} (${ov.source})` });
    else applied.push(ov);
  }
  // Paths are checked against the data with every override applied, so the order of
  // `--set network.initial.k=4 --set network.initial.generator=watts-strogatz` does not matter.
  for (const ov of applied) {
    const problem = checkPath(root, ov.path, data);
    if (problem) {
      issues.push({ file: ov.file, path: ov.label, message: `${problem} (${ov.source})` });
      const parent = valueAt(data, ov.path.slice(0, -1));
      const key = ov.path.at(-1);
      if (isMapping(parent) && key !== undefined) delete parent[key];
      continue;
    }
    pruneForDiscriminator(root, data, ov.path);
    if (ov.path.length === 3 && ov.path[0] === "agents" && ov.path[1] === "strategies") pinned.push(ov);
  }
  if (pinned.length > 0) issues.push(...rescaleShares(data, pinned, hadShares ? undefined : defaultShares));
  return issues;
}

/** The share rule (see the module comment). */
function rescaleShares(data: Mapping, pinned: readonly Override[], defaultShares: Readonly<Record<string, number>> | undefined): Issue[] {
  const agents = data["agents"];
  if (!isMapping(agents)) return [];
  const [first] = pinned;
  if (first === undefined) return [];
  const names = new Set(pinned.map((p) => at(p.path, 2)));
  let shares = agents["strategies"];
  if (defaultShares && isMapping(shares)) {
    // The scenario named no strategy shares of its own: start from the defaults.
    shares = { ...defaultShares, ...shares };
    agents["strategies"] = shares;
  }
  if (!isMapping(shares)) return [];
  const values = Object.entries(shares);
  // Non-numbers and out-of-range values are reported by validation; don't rescale around them.
  if (!values.every(([, v]) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1)) return [];
  const nums = shares as Record<string, number>;
  // Every pinned name was just set in `shares` by its override.
  const pinnedSum = [...names].reduce((s, n) => s + (nums[n] ?? 0), 0);
  const otherShares = Object.entries(nums).filter(([n]) => !names.has(n));
  const others = otherShares.map(([n]) => n);
  const otherSum = otherShares.reduce((s, [, v]) => s + v, 0);
  const target = 1 - pinnedSum;
  const label = pinned.length === 1 ? first.label : first.label.replace(/\.[^.]*$/, "");
  const sources = pinned.map((p) => p.source).join(", ");
  if (target < -SHARE_TOLERANCE) {
    return [{ file: first.file, path: label, message: `strategy shares set here sum to ${round(pinnedSum)}, above 1 (${sources})` }];
  }
  if (otherSum === 0) {
    if (Math.abs(target) <= SHARE_TOLERANCE) return [];
    const rest = others.length === 0 ? "there are no other strategies" : `the other strategies (${others.join(", ")}) have share 0`;
    return [{ file: first.file, path: label, message: `cannot rescale the other shares to fill ${round(target)}: ${rest} (${sources})` }];
  }
  for (const [n, v] of otherShares) nums[n] = round((v * target) / otherSum);
  return [];
}

/** 12 significant digits: hides 0.9000000000000001 without moving a sum beyond 1e-9. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}

