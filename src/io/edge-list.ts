/**
 * Edge-list parsing straight into typed arrays: one edge per line, the first two
 * fields are node ids, separated by spaces, tabs or commas; at most two further
 * fields, which must be numbers (a weight, then a timestamp, as in KONECT's
 * `source target weight timestamp`), are accepted and ignored; anything else after
 * the ids is an error naming the file and line. Lines that are empty or start with
 * `#` or `%` are comments. A UTF-8 byte-order mark at the start is skipped.
 *
 * Notes: ids are tokens, so `7` and `07` are different nodes. Canonical non-negative
 * integers (no sign, no leading zero, < 2^31) take a fast path — a dense lookup table
 * when the largest id is below 2^25, a Map otherwise — and any other token goes
 * through a Map of strings. Nodes are numbered 0..n−1 in order of first appearance.
 * The bytes are scanned once, tokens parsed as they are met (no per-line or per-token
 * strings on the integer path), and lines of two small integers take a shorter path
 * still; nodes are numbered in a second pass, with no table at all while the ids are
 * 0..n−1 in order of appearance. The id strings are made only when `ids` is first
 * read. A 5·10^6-edge file costs the buffer plus two Uint32Arrays of endpoints.
 * A header line (`source,target`) is not recognised: comment it out with `#`, or it
 * becomes an edge between two nodes named "source" and "target".
 */
import { InputError } from "../errors.js";
import { at } from "../checked-index.js";

export interface ParsedEdgeList {
  /** Number of distinct node ids. */
  readonly n: number;
  /** Endpoint indices of each edge line, in file order (self-loops and repeats included). */
  readonly src: Uint32Array;
  readonly dst: Uint32Array;
  /** ids[i] = the token of node i (made on first access: a million strings cost time). */
  readonly ids: string[];
  /** Lines in the file. */
  readonly lines: number;
}

const NL = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const COMMA = 44;
const HASH = 35;
const PERCENT = 37;
const DENSE_LIMIT = 1 << 25;

function grow(a: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}

/** The error for a line with fewer than two fields starting at `pos`. */
function fieldError(bytes: Uint8Array, pos: number, name: string, line: number): InputError {
  let end = pos;
  while (end < bytes.length && bytes[end] !== NL) end++;
  let stop = end;
  if (stop > pos && bytes[stop - 1] === CR) stop--;
  const text = new TextDecoder("utf-8").decode(bytes.subarray(pos, Math.min(stop, pos + 60)));
  return new InputError(`${name}:${line}: expected two node ids separated by spaces, tabs or a comma, found '${text}'`);
}

/** The error for a line whose fields after the two ids are not one or two numbers. */
function extraError(bytes: Uint8Array, pos: number, name: string, line: number): InputError {
  let end = pos;
  while (end < bytes.length && bytes[end] !== NL) end++;
  if (end > pos && bytes[end - 1] === CR) end--;
  const text = new TextDecoder("utf-8").decode(bytes.subarray(pos, Math.min(end, pos + 80)));
  return new InputError(
    `${name}:${line}: expected 'source target [weight [timestamp]]' (a weight and a timestamp must be numbers; no further fields), found '${text}'`,
  );
}

/**
 * The end of a number token starting at p ([+-]digits[.digits][e[+-]digits], at least
 * one mantissa digit), or −1 when the token there is not one.
 */
function numberEnd(buf: Uint8Array, p: number, len: number): number {
  let c = buf[p] as number;
  if (c === 43 || c === 45) c = buf[++p] as number;
  let digits = 0;
  for (; p < len && (c = buf[p] as number) >= 48 && c <= 57; p++) digits++;
  if (p < len && c === 46) {
    p++;
    for (; p < len && (c = buf[p] as number) >= 48 && c <= 57; p++) digits++;
  }
  if (digits === 0) return -1;
  if (p < len && (c === 101 || c === 69)) {
    p++;
    c = buf[p] as number;
    if (c === 43 || c === 45) p++;
    let e = 0;
    for (; p < len && (c = buf[p] as number) >= 48 && c <= 57; p++) e++;
    if (e === 0) return -1;
  }
  if (p === len || c === SPACE || c === TAB || c === COMMA || c === NL || finalCr(buf, p, len)) return p;
  return -1;
}

/**
 * After a line's two ids (p just past the second): accepts up to two number fields and
 * returns the position of the line's end (its NL, final CR or the end of the file).
 */
function lineRest(buf: Uint8Array, p: number, len: number, lineStart: number, name: string, line: number): number {
  for (let fields = 0; ; fields++) {
    let c = 0;
    while (p < len && ((c = buf[p] as number) === SPACE || c === TAB || c === COMMA)) p++;
    if (p === len || c === NL || finalCr(buf, p, len)) return p;
    const q = fields < 2 ? numberEnd(buf, p, len) : -1;
    if (q < 0) throw extraError(buf, lineStart, name, line);
    p = q;
  }
}

/**
 * @param bytes the file's content (already decompressed)
 * @param name the file name, for error messages
 * @throws InputError naming the file and line of a line with fewer than two fields, or
 *   with fields after the ids that are not one or two numbers
 */
export function parseEdgeList(bytes: Uint8Array, name: string): ParsedEdgeList {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const { src, dst, others, maxDense, lines } = tokenize(bytes, name);
  const m = src.length;
  // Number the nodes in order of first appearance: src[0], dst[0], src[1], dst[1], …
  // While the integer ids seen so far are exactly 0..n−1 (files written by generators
  // and renumbering tools), node x is numbered x and no table is needed; from the first
  // id that breaks this, a table maps ids to numbers.
  let n = 0;
  let e = 0;
  let f = 0;
  identity: for (; e < m; e++) {
    for (f = 0; f < 2; f++) {
      const x = (f === 0 ? src[e] : dst[e]) as number;
      if (x < n) continue;
      if (x === n && x < DENSE_LIMIT) n++;
      else break identity;
    }
  }
  if (e === m) return parsed(n, src, dst, lines, null, others);
  const dense = new Int32Array(maxDense + 1).fill(-1);
  for (let x = 0; x < n; x++) dense[x] = x;
  const other = new Int32Array(others.length).fill(-1);
  const code = new Uint32Array(Math.min(dense.length + others.length, 2 * m));
  for (let x = 0; x < n; x++) code[x] = x;
  for (; e < m; e++, f = 0) {
    for (; f < 2; f++) {
      const arr = f === 0 ? src : dst;
      const x = arr[e] as number;
      let idx: number;
      if (x < DENSE_LIMIT) {
        idx = dense[x] as number;
        if (idx === -1) {
          idx = n++;
          dense[x] = idx;
          code[idx] = x;
        }
      } else {
        idx = other[x - DENSE_LIMIT] as number;
        if (idx === -1) {
          idx = n++;
          other[x - DENSE_LIMIT] = idx;
          code[idx] = x;
        }
      }
      arr[e] = idx;
    }
  }
  return parsed(n, src, dst, lines, code, others);
}

/** The result, with `ids` made when first read. */
function parsed(
  n: number,
  src: Uint32Array,
  dst: Uint32Array,
  lines: number,
  code: Uint32Array | null,
  others: readonly string[],
): ParsedEdgeList {
  let ids: string[] | undefined;
  return {
    n,
    src,
    dst,
    lines,
    get ids() {
      return (ids ??= idStrings(n, code, others));
    },
  };
}

/** ids[i] = the token of node i, given each node's code (null: node i is integer i). */
function idStrings(n: number, code: Uint32Array | null, others: readonly string[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = code === null ? i : at(code, i);
    ids.push(x < DENSE_LIMIT ? String(x) : at(others, x - DENSE_LIMIT));
  }
  return ids;
}

/** Whether buf[p] is a line's final CR (followed by LF or the end of the file). */
function finalCr(buf: Uint8Array, p: number, len: number): boolean {
  return buf[p] === CR && (p + 1 === len || buf[p + 1] === NL);
}

/**
 * The scan: each edge line's two tokens as codes — a canonical integer below
 * DENSE_LIMIT is its value, any other token DENSE_LIMIT + k for the k-th distinct one.
 */
function tokenize(
  bytes: Uint8Array,
  name: string,
): { src: Uint32Array; dst: Uint32Array; others: string[]; maxDense: number; lines: number } {
  const buf = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = buf.length;
  // About one edge per 12 bytes ("123456\t654321\n"); grown by doubling when short.
  let cap = Math.max(1 << 16, Math.ceil(len / 12));
  let src = new Uint32Array(cap);
  let dst = new Uint32Array(cap);
  let m = 0;
  let maxDense = -1;
  const others: string[] = [];
  const numeric = new Map<number, number>();
  const strings = new Map<string, number>();
  const decoder = new TextDecoder("utf-8");
  let line = 0;
  let pos = 0;
  while (pos < len) {
    line++;
    let p = pos;
    let c = 0;
    let u = -1; // the line's two node codes, once read (−1: not an edge line yet)
    let v = -1;
    // Fast path: a line "<id><separators><id>…" whose ids are canonical integers of at
    // most 8 digits below DENSE_LIMIT, read in one go; any other line (or a line this
    // path gives up on) is read from its start by the general code below.
    fast: {
      let a = 0;
      while (p < len && (c = buf[p] as number) >= 48 && c <= 57) {
        a = a * 10 + (c - 48);
        p++;
      }
      let k = p - pos;
      if (k === 0 || k > 8 || (k > 1 && buf[pos] === 48) || a >= DENSE_LIMIT) break fast;
      if (p === len || !(c === SPACE || c === TAB || c === COMMA)) break fast;
      while (p < len && ((c = buf[p] as number) === SPACE || c === TAB || c === COMMA)) p++;
      const q = p;
      let d = 0;
      while (p < len && (c = buf[p] as number) >= 48 && c <= 57) {
        d = d * 10 + (c - 48);
        p++;
      }
      k = p - q;
      if (k === 0 || k > 8 || (k > 1 && buf[q] === 48) || d >= DENSE_LIMIT) break fast;
      if (p < len && !(c === NL || c === SPACE || c === TAB || c === COMMA || finalCr(buf, p, len))) {
        break fast;
      }
      if (a > maxDense) maxDense = a;
      if (d > maxDense) maxDense = d;
      u = a;
      v = d;
    }
    if (u < 0) {
      p = pos;
      while (p < len && ((c = buf[p] as number) === SPACE || c === TAB)) p++;
      // Blank (the line's end, possibly after its final CR) and comment lines.
      if (p === len || c === NL || finalCr(buf, p, len) || c === HASH || c === PERCENT) {
        while (p < len && buf[p] !== NL) p++;
        pos = p + 1;
        continue;
      }
      for (let f = 0; f < 2; f++) {
        while (p < len && ((c = buf[p] as number) === SPACE || c === TAB || c === COMMA)) p++;
        if (p === len || c === NL || finalCr(buf, p, len)) throw fieldError(buf, pos, name, line);
        // One token: up to a separator, the line's end or its final CR.
        const a = p;
        let value = 0;
        let digits = true;
        while (p < len) {
          c = buf[p] as number;
          if (c >= 48 && c <= 57) value = value * 10 + (c - 48);
          else if (c === SPACE || c === TAB || c === COMMA || c === NL || finalCr(buf, p, len)) break;
          else digits = false;
          p++;
        }
        const canonical = digits && p - a <= 10 && (buf[a] !== 48 || p - a === 1) && value <= 0x7fffffff;
        let x: number;
        if (canonical && value < DENSE_LIMIT) {
          x = value;
          if (x > maxDense) maxDense = x;
        } else {
          let k: number | undefined;
          let key = "";
          if (canonical) k = numeric.get(value);
          else k = strings.get((key = decoder.decode(buf.subarray(a, p))));
          if (k === undefined) {
            k = others.length;
            if (canonical) numeric.set(value, k);
            else strings.set(key, k);
            others.push(canonical ? String(value) : key);
          }
          x = DENSE_LIMIT + k;
        }
        if (f === 0) u = x;
        else v = x;
      }
    }
    if (m === cap) {
      cap *= 2;
      src = grow(src, cap);
      dst = grow(dst, cap);
    }
    src[m] = u;
    dst[m] = v;
    m++;
    p = lineRest(buf, p, len, pos, name, line);
    while (p < len && buf[p] !== NL) p++;
    pos = p + 1;
  }
  return { src: src.slice(0, m), dst: dst.slice(0, m), others, maxDense, lines: line };
}

/**
 * A warning when an edge list looks like a node-label or attribute file (`node label`)
 * rather than a graph: at least 10 lines, every first id different, and the second
 * column holding few distinct values (at most 100 and at most a tenth of the lines), so
 * the "graph" would be stars onto a few label values. Null when it does not.
 */
export function labelFileWarning(parsed: ParsedEdgeList, file = ""): string | null {
  const m = parsed.src.length;
  if (m < 10) return null;
  const first = new Uint8Array(parsed.n);
  for (const u of parsed.src) {
    if (first[u] === 1) return null;
    first[u] = 1;
  }
  const second = new Uint8Array(parsed.n);
  let distinct = 0;
  for (const v of parsed.dst) {
    if (second[v] === 0) {
      second[v] = 1;
      distinct++;
    }
  }
  if (distinct > 100 || distinct > m / 10) return null;
  return (
    `${file ? `${file} ` : ""}looks like a node-label or attribute file, not a graph: each of its ${m} edges has a different first id ` +
    `and the second column holds only ${distinct} distinct value${distinct === 1 ? "" : "s"} (a star onto ${distinct} id${distinct === 1 ? "" : "s"}); measured as a graph anyway`
  );
}
