/**
 * A small, strict, linear XML scanner for the graph formats (GEXF, GraphML): one pass
 * over the text, calling back on each element's start and end and on character data,
 * and checking well-formedness as it goes (matching end tags, one root element,
 * quoted and unique attributes, known entities). It is not a general XML parser: a
 * DOCTYPE is skipped (its internal subset is not read, so entities declared there are
 * unknown), and namespaces are left to the caller (names arrive with their prefix).
 *
 * Notes: the DOM parsers graphology-gexf and graphology-graphml build on
 * (@xmldom/xmldom) read a 2 MB file in seconds, and graphology-graphml's walk over
 * the DOM grew faster than the file (a 10,927-edge GraphML took 149 s); this scanner
 * keeps nothing but the open-element stack, so time and memory are linear in the file.
 * Errors are InputErrors `file:line: malformed XML: …`, the line counted only then.
 */
import { InputError } from "../errors.js";

export interface XmlHandler {
  /** An element starts; `attrs` are its attributes, entities decoded. */
  open(name: string, attrs: Readonly<Record<string, string>>): void;
  /** An element ends (also right after `open` for an empty element `<x/>`). */
  close(name: string): void;
  /** Character data inside the root element (entities decoded, CDATA as is); may come in pieces. */
  text?(text: string): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameChar(c: number): boolean {
  return !(isSpace(c) || c === GT || c === SLASH || c === EQ || c === LT || c === QUOT || c === APOS || Number.isNaN(c));
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** The scan's state, kept for error messages (the line is counted only when one is thrown). */
class Scanner {
  pos = 0;
  /** The first '&' at or after `ampFrom`'s last argument (positions only grow, so finding them is linear). */
  private amp = -1;
  constructor(
    readonly s: string,
    readonly file: string,
  ) {}

  /** Position of the first '&' at or after p (the text's length when none). */
  ampFrom(p: number): number {
    if (this.amp < p) {
      const a = this.s.indexOf("&", p);
      this.amp = a === -1 ? this.s.length : a;
    }
    return this.amp;
  }

  lineAt(p: number): number {
    let line = 1;
    for (let i = this.s.indexOf("\n"); i !== -1 && i < p; i = this.s.indexOf("\n", i + 1)) line++;
    return line;
  }

  fail(message: string, at = this.pos): InputError {
    return new InputError(`${this.file}:${this.lineAt(at)}: malformed XML: ${message}`);
  }

  /** Text with its entity and character references replaced. */
  decode(from: number, to: number): string {
    const s = this.s;
    if (this.ampFrom(from) >= to) return s.slice(from, to);
    let out = "";
    let p = from;
    for (let a = this.ampFrom(from); a < to; a = this.ampFrom(p)) {
      out += s.slice(p, a);
      const semi = s.indexOf(";", a);
      if (semi === -1 || semi >= to || semi - a > 12) throw this.fail("a bare '&' (write &amp;)", a);
      const ref = s.slice(a + 1, semi);
      let ch: string | undefined;
      if (ref.startsWith("#x")) ch = codePoint(Number.parseInt(ref.slice(2), 16), ref.slice(2), /^[0-9a-fA-F]+$/);
      else if (ref.startsWith("#")) ch = codePoint(Number.parseInt(ref.slice(1), 10), ref.slice(1), /^[0-9]+$/);
      else ch = ENTITIES[ref];
      if (ch === undefined) throw this.fail(`unknown entity '&${ref};'`, a);
      out += ch;
      p = semi + 1;
    }
    return out + s.slice(p, to);
  }

  /** Skips to just after `end`, failing with `what` when it never comes. */
  skipPast(end: string, what: string): void {
    const at = this.s.indexOf(end, this.pos);
    if (at === -1) throw this.fail(`${what} never closed`);
    this.pos = at + end.length;
  }
}

function codePoint(n: number, digits: string, pattern: RegExp): string | undefined {
  if (!pattern.test(digits) || !(n >= 1 && n <= 0x10ffff)) return undefined;
  return String.fromCodePoint(n);
}

/**
 * Scans `text` (a UTF-8 byte-order mark is skipped), calling `handler` in document order.
 * @throws InputError `file:line: malformed XML: …` at the first well-formedness error
 */
export function scanXml(text: string, file: string, handler: XmlHandler): void {
  const sc = new Scanner(text, file);
  const s = text;
  const len = s.length;
  if (s.charCodeAt(0) === 0xfeff) sc.pos = 1;
  const stack: string[] = [];
  let rootSeen = false;
  while (sc.pos < len) {
    const lt = s.indexOf("<", sc.pos);
    const end = lt === -1 ? len : lt;
    if (end > sc.pos) {
      if (stack.length === 0) {
        for (let p = sc.pos; p < end; p++) {
          if (!isSpace(s.charCodeAt(p))) throw sc.fail(rootSeen ? "text after the root element" : "text before the root element (not an XML file?)", p);
        }
      } else if (handler.text) handler.text(sc.decode(sc.pos, end));
      else if (sc.ampFrom(sc.pos) < end) sc.decode(sc.pos, end); // checks the references
    }
    if (lt === -1) break;
    sc.pos = lt;
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === 63 /* ? */) {
      sc.skipPast("?>", "a processing instruction '<?'");
    } else if (c1 === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) sc.skipPast("-->", "a comment '<!--'");
      else if (s.startsWith("<![CDATA[", lt)) {
        if (stack.length === 0) throw sc.fail("CDATA outside the root element");
        const close = s.indexOf("]]>", lt + 9);
        if (close === -1) throw sc.fail("a CDATA section never closed");
        handler.text?.(s.slice(lt + 9, close));
        sc.pos = close + 3;
      } else if (s.startsWith("<!DOCTYPE", lt) && !rootSeen) {
        const gt = s.indexOf(">", lt);
        const bracket = s.indexOf("[", lt);
        if (bracket !== -1 && (gt === -1 || bracket < gt)) sc.skipPast("]", "a DOCTYPE's internal subset");
        sc.skipPast(">", "a DOCTYPE");
      } else throw sc.fail("'<!' that starts no comment, CDATA section or DOCTYPE");
    } else if (c1 === SLASH) {
      let p = lt + 2;
      while (p < len && isNameChar(s.charCodeAt(p))) p++;
      const name = s.slice(lt + 2, p);
      while (p < len && isSpace(s.charCodeAt(p))) p++;
      if (s.charCodeAt(p) !== GT) throw sc.fail(`end tag </${name} not closed by '>'`);
      const open = stack.pop();
      if (open === undefined) throw sc.fail(`end tag </${name}> without a start tag`);
      if (open !== name) throw sc.fail(`end tag </${name}> where </${open}> was expected`);
      handler.close(name);
      sc.pos = p + 1;
    } else {
      if (stack.length === 0 && rootSeen) throw sc.fail("a second root element");
      startTag(sc, handler, stack);
      rootSeen = true;
    }
  }
  if (stack.length > 0) throw sc.fail(`the file ends inside <${stack[stack.length - 1]}> (truncated?)`, len);
  if (!rootSeen) throw sc.fail("no root element (empty or not an XML file)", len);
}

/** Reads a start tag at sc.pos (on its '<'), its attributes, and calls open (and close for `/>`). */
function startTag(sc: Scanner, handler: XmlHandler, stack: string[]): void {
  const s = sc.s;
  const len = s.length;
  const lt = sc.pos;
  let p = lt + 1;
  while (p < len && isNameChar(s.charCodeAt(p))) p++;
  const name = s.slice(lt + 1, p);
  if (name === "") throw sc.fail("'<' that starts no tag (write &lt;)");
  const attrs: Record<string, string> = {};
  for (;;) {
    const before = p;
    while (p < len && isSpace(s.charCodeAt(p))) p++;
    const c = s.charCodeAt(p);
    if (c === GT || (c === SLASH && s.charCodeAt(p + 1) === GT)) {
      handler.open(name, attrs);
      if (c === SLASH) {
        handler.close(name);
        sc.pos = p + 2;
      } else {
        stack.push(name);
        sc.pos = p + 1;
      }
      return;
    }
    if (p >= len) throw sc.fail(`the file ends inside the tag <${name}`, len);
    if (p === before) throw sc.fail(`<${name}>: expected a space before attribute`, p);
    const a = p;
    while (p < len && isNameChar(s.charCodeAt(p))) p++;
    const attr = s.slice(a, p);
    if (attr === "") throw sc.fail(`<${name}>: unexpected '${s[p] ?? ""}' in the tag`, p);
    while (p < len && isSpace(s.charCodeAt(p))) p++;
    if (s.charCodeAt(p) !== EQ) throw sc.fail(`<${name}>: attribute ${attr} has no '=value'`, p);
    p++;
    while (p < len && isSpace(s.charCodeAt(p))) p++;
    const q = s.charCodeAt(p);
    if (q !== QUOT && q !== APOS) throw sc.fail(`<${name}>: the value of ${attr} is not quoted`, p);
    const close = s.indexOf(q === QUOT ? '"' : "'", p + 1);
    if (close === -1) throw sc.fail(`<${name}>: the value of ${attr} is never closed`, p);
    const lt2 = s.indexOf("<", p + 1);
    if (lt2 !== -1 && lt2 < close) throw sc.fail(`<${name}>: '<' inside the value of ${attr}`, lt2);
    if (Object.hasOwn(attrs, attr)) throw sc.fail(`<${name}>: attribute ${attr} given twice`, a);
    attrs[attr] = sc.decode(p + 1, close);
    p = close + 1;
  }
}
