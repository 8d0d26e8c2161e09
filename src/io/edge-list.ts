/**
 * Edge-list parsing straight into typed arrays: one edge per line, the first two
 * fields are node ids, separated by spaces, tabs or commas; further fields (weights,
 * timestamps) are ignored. Lines that are empty or start with `#` or `%` are comments.
 *
 * Notes: ids are tokens, so `7` and `07` are different nodes. Canonical non-negative
 * integers (no sign, no leading zero, < 2^31) take a fast path — a dense lookup table
 * when the largest id is below 2^25, a Map otherwise — and any other token goes
 * through a Map of strings. Nodes are numbered 0..n−1 in order of first appearance.
 * The bytes are scanned directly (no per-line strings), so a 5·10^6-edge file costs
 * the buffer plus two Uint32Arrays of endpoints. A header line (`source,target`) is
 * not recognised: comment it out with `#`, or it becomes an edge between two nodes
 * named "source" and "target".
 */
import { InputError } from "../errors.js";

export interface ParsedEdgeList {
  /** Number of distinct node ids. */
  readonly n: number;
  /** Endpoint indices of each edge line, in file order (self-loops and repeats included). */
  readonly src: Uint32Array;
  readonly dst: Uint32Array;
  /** ids[i] = the token of node i. */
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

/**
 * @param bytes the file's content (already decompressed)
 * @param name the file name, for error messages
 * @throws InputError naming the file and line of a line with fewer than two fields
 */
export function parseEdgeList(bytes: Uint8Array, name: string): ParsedEdgeList {
  let cap = 1 << 16;
  let src = new Uint32Array(cap);
  let dst = new Uint32Array(cap);
  let m = 0;
  const ids: string[] = [];
  let dense = new Int32Array(1024).fill(-1);
  const numeric = new Map<number, number>();
  const strings = new Map<string, number>();
  const decoder = new TextDecoder("utf-8");
  const len = bytes.length;
  let line = 0;
  let pos = 0;
  const ends: number[] = [0, 0, 0, 0];

  const idOf = (a: number, b: number): number => {
    // Canonical integer?
    const first = bytes[a] as number;
    let value = -1;
    if (b - a <= 10 && first >= 48 && first <= 57 && (first !== 48 || b - a === 1)) {
      value = 0;
      for (let i = a; i < b; i++) {
        const c = bytes[i] as number;
        if (c < 48 || c > 57) {
          value = -1;
          break;
        }
        value = value * 10 + (c - 48);
      }
      if (value > 0x7fffffff) value = -1;
    }
    if (value >= 0) {
      if (value < DENSE_LIMIT) {
        if (value >= dense.length) {
          let size = dense.length;
          while (size <= value) size *= 2;
          const grown = new Int32Array(Math.min(size, DENSE_LIMIT)).fill(-1);
          grown.set(dense);
          dense = grown;
        }
        let idx = dense[value] as number;
        if (idx === -1) {
          idx = ids.length;
          dense[value] = idx;
          ids.push(String(value));
        }
        return idx;
      }
      let idx = numeric.get(value);
      if (idx === undefined) {
        idx = ids.length;
        numeric.set(value, idx);
        ids.push(String(value));
      }
      return idx;
    }
    const key = decoder.decode(bytes.subarray(a, b));
    let idx = strings.get(key);
    if (idx === undefined) {
      idx = ids.length;
      strings.set(key, idx);
      ids.push(key);
    }
    return idx;
  };

  while (pos < len) {
    line++;
    let end = pos;
    while (end < len && bytes[end] !== NL) end++;
    let stop = end;
    if (stop > pos && bytes[stop - 1] === CR) stop--;
    // Skip leading blanks; blank and comment lines.
    let p = pos;
    while (p < stop && (bytes[p] === SPACE || bytes[p] === TAB)) p++;
    const head = bytes[p];
    if (p < stop && head !== HASH && head !== PERCENT) {
      let fields = 0;
      while (p < stop && fields < 2) {
        while (p < stop && (bytes[p] === SPACE || bytes[p] === TAB || bytes[p] === COMMA)) p++;
        if (p >= stop) break;
        const a = p;
        while (p < stop && bytes[p] !== SPACE && bytes[p] !== TAB && bytes[p] !== COMMA) p++;
        ends[2 * fields] = a;
        ends[2 * fields + 1] = p;
        fields++;
      }
      if (fields < 2) {
        const text = decoder.decode(bytes.subarray(pos, Math.min(stop, pos + 60)));
        throw new InputError(`${name}:${line}: expected two node ids separated by spaces, tabs or a comma, found '${text}'`);
      }
      if (m === cap) {
        cap *= 2;
        const s2 = new Uint32Array(cap);
        s2.set(src);
        src = s2;
        const d2 = new Uint32Array(cap);
        d2.set(dst);
        dst = d2;
      }
      src[m] = idOf(ends[0] as number, ends[1] as number);
      dst[m] = idOf(ends[2] as number, ends[3] as number);
      m++;
    }
    pos = end + 1;
  }
  return { n: ids.length, src: src.slice(0, m), dst: dst.slice(0, m), ids, lines: line };
}
