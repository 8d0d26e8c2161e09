/**
 * Claims: named conclusions over the summary.csv columns of one run, such as
 * `authentic_opportunities_per_agent > opportunistic_opportunities_per_agent` or
 * `a - b >= 0.1`. A claim is one comparison (>, <, >=, <=) between two arithmetic
 * expressions of columns and numbers (+, −, ×, ÷, unary minus, parentheses).
 * A run where a column it reads is empty (or a division is by zero) does not count.
 *
 * Across a design, a claim holds in a share of runs; its interval is Wilson's score
 * interval (Wilson 1927). Where it holds against one parameter is read from the
 * runs binned by that parameter's value: the flip is where the binned share crosses
 * one half (linear interpolation between the two bins' centres).
 *
 * References: E. B. Wilson (1927), "Probable inference, the law of succession, and
 * statistical inference", J. Am. Stat. Assoc. 22, 209–212.
 */

import { at } from "../checked-index.js";
export type Comparison = ">" | "<" | ">=" | "<=";

type Expr =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "column"; readonly name: string }
  | { readonly kind: "negate"; readonly operand: Expr }
  | { readonly kind: "binary"; readonly op: "+" | "-" | "*" | "/"; readonly left: Expr; readonly right: Expr };

export interface Claim {
  readonly text: string;
  readonly left: Expr;
  readonly op: Comparison;
  readonly right: Expr;
  /** The columns it reads, in order of first appearance. */
  readonly columns: readonly string[];
}

export type ClaimParse = { readonly ok: true; readonly claim: Claim } | { readonly ok: false; readonly message: string };

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_.]*)|(>=|<=|[-+*/()<>]))/y;

/** Parses a claim; the failure message says what was expected where. */
export function parseClaim(text: string): ClaimParse {
  const tokens: string[] = [];
  const kinds: ("number" | "name" | "symbol")[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    if (text.slice(pos).trim() === "") break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    const token = m?.[1] ?? m?.[2] ?? m?.[3];
    if (!m || token === undefined) return { ok: false, message: `cannot read '${text.slice(pos).trim()}' in '${text}' (expected a column, a number or one of + - * / ( ) > < >= <=)` };
    tokens.push(token);
    kinds.push(m[1] !== undefined ? "number" : m[2] !== undefined ? "name" : "symbol");
    pos = TOKEN.lastIndex;
  }
  let i = 0;
  const columns: string[] = [];
  const fail = (what: string): never => {
    throw new ClaimSyntax(`expected ${what} ${i < tokens.length ? `at '${tokens[i]}'` : "at the end"} in '${text}'`);
  };
  const factor = (): Expr => {
    const t = tokens[i];
    if (t === undefined) return fail("a column, a number or '('");
    if (kinds[i] === "number") {
      i++;
      return { kind: "number", value: Number(t) };
    }
    if (kinds[i] === "name") {
      i++;
      if (!columns.includes(t)) columns.push(t);
      return { kind: "column", name: t };
    }
    if (t === "-") {
      i++;
      return { kind: "negate", operand: factor() };
    }
    if (t === "(") {
      i++;
      const e = sum();
      if (tokens[i] !== ")") fail("')'");
      i++;
      return e;
    }
    return fail("a column, a number or '('");
  };
  const product = (): Expr => {
    let e = factor();
    while (tokens[i] === "*" || tokens[i] === "/") {
      const op = tokens[i++] as "*" | "/";
      e = { kind: "binary", op, left: e, right: factor() };
    }
    return e;
  };
  const sum = (): Expr => {
    let e = product();
    while (tokens[i] === "+" || tokens[i] === "-") {
      const op = tokens[i++] as "+" | "-";
      e = { kind: "binary", op, left: e, right: product() };
    }
    return e;
  };
  try {
    const left = sum();
    const op = tokens[i];
    if (op !== ">" && op !== "<" && op !== ">=" && op !== "<=") return fail("a comparison (>, <, >=, <=)");
    i++;
    const right = sum();
    if (i < tokens.length) fail("the end of the claim");
    return { ok: true, claim: { text, left, op, right, columns } };
  } catch (err) {
    if (err instanceof ClaimSyntax) return { ok: false, message: err.message };
    throw err;
  }
}

class ClaimSyntax extends Error {}

function value(e: Expr, get: (column: string) => number): number {
  switch (e.kind) {
    case "number":
      return e.value;
    case "column":
      return get(e.name);
    case "negate":
      return -value(e.operand, get);
    case "binary": {
      const a = value(e.left, get);
      const b = value(e.right, get);
      if (e.op === "+") return a + b;
      if (e.op === "-") return a - b;
      if (e.op === "*") return a * b;
      return b === 0 ? NaN : a / b;
    }
  }
}

/** Whether the claim holds for one run; null when a value it needs is missing. */
export function evaluateClaim(claim: Claim, get: (column: string) => number): boolean | null {
  const a = value(claim.left, get);
  const b = value(claim.right, get);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  if (claim.op === ">") return a > b;
  if (claim.op === "<") return a < b;
  if (claim.op === ">=") return a >= b;
  return a <= b;
}

export interface Share {
  readonly runs: number;
  readonly share: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** Share of true outcomes with Wilson's 95% score interval; NaN when there are none. */
export function wilsonShare(holds: number, runs: number, z = 1.959964): Share {
  if (runs === 0) return { runs, share: NaN, ciLow: NaN, ciHigh: NaN };
  const p = holds / runs;
  const z2 = z * z;
  const centre = (p + z2 / (2 * runs)) / (1 + z2 / runs);
  const half = (z / (1 + z2 / runs)) * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs));
  // At p = 0 or 1 the bound is exactly 0 or 1; rounding would leave it a hair inside.
  return { runs, share: p, ciLow: holds === 0 ? 0 : Math.max(0, centre - half), ciHigh: holds === runs ? 1 : Math.min(1, centre + half) };
}

export interface Bin {
  /** Mean parameter value of the runs in the bin. */
  readonly value: number;
  readonly runs: number;
  readonly share: number;
}

/** Distinct values up to this many are bins of their own; more are cut into this many equal-width bins. */
export const MAX_BINS = 8;

/** Runs (parameter value, holds) binned by value; empty bins left out; in increasing order. */
export function binShares(runs: readonly (readonly [number, boolean])[], low: number, high: number): Bin[] {
  const distinct = [...new Set(runs.map(([v]) => v))].sort((a, b) => a - b);
  const binOf =
    distinct.length <= MAX_BINS
      ? (v: number) => distinct.indexOf(v)
      : (v: number) => Math.min(MAX_BINS - 1, Math.max(0, Math.floor(((v - low) / (high - low)) * MAX_BINS)));
  const count = distinct.length <= MAX_BINS ? distinct.length : MAX_BINS;
  const totals = Array.from({ length: count }, () => ({ sum: 0, n: 0, yes: 0 }));
  for (const [v, h] of runs) {
    const t = at(totals, binOf(v));
    t.sum += v;
    t.n += 1;
    if (h) t.yes += 1;
  }
  return totals.filter((t) => t.n > 0).map((t): Bin => ({ value: t.sum / t.n, runs: t.n, share: t.yes / t.n }));
}

export interface Flip {
  readonly at: number;
  readonly shareBelow: number;
  readonly shareAbove: number;
}

/** The first place where the binned share crosses one half, or null. */
export function findFlip(runs: readonly (readonly [number, boolean])[], bins: readonly Bin[]): Flip | null {
  for (const [b, hi] of bins.entries()) {
    const lo = bins[b - 1];
    if (lo === undefined) continue;
    if ((lo.share - 0.5) * (hi.share - 0.5) >= 0) continue;
    const at = lo.value + ((0.5 - lo.share) / (hi.share - lo.share)) * (hi.value - lo.value);
    const below = runs.filter(([v]) => v < at);
    const above = runs.filter(([v]) => v >= at);
    const share = (xs: readonly (readonly [number, boolean])[]) => (xs.length ? xs.filter(([, h]) => h).length / xs.length : NaN);
    return { at, shareBelow: share(below), shareAbove: share(above) };
  }
  return null;
}
