/**
 * GEXF and GraphML graphs read in one pass (xml-scan.ts) into node keys and edge
 * endpoint arrays, with typed node and edge attributes when asked for. Replaces
 * graphology-gexf / graphology-graphml's parsers, whose DOM walk was super-linear
 * (a 300-node, 10,927-edge GraphML took 149 s to read; issue 16).
 *
 * Notes, as those parsers do: nodes are numbered in document order of their
 * declarations, then nodes that edges name without declaring them, in order of first
 * mention; an edge is undirected when its own `directed="false"` (GraphML) or
 * `type="undirected"` (GEXF) says so, otherwise when the graph's default
 * (`edgedefault`, `defaultedgetype`; GEXF's `mutual` counts as undirected) does.
 * GraphML attributes are typed by their key's `attr.type` and named by `attr.name`
 * (the key id when it has none), with the key's `<default>`; GEXF attributes by their
 * `<attribute>` declaration, plus `label`, the edge `weight`, and the viz `x`, `y`,
 * `z`, `size` and `color` (as graphology-gexf names them). Hyperedges, ports and
 * nested graphs are not read.
 *
 * References: GraphML Primer (graphml.graphdrawing.org/primer/graphml-primer.html);
 * GEXF 1.3 specification (gexf.net/schema.html).
 */
import { InputError } from "../errors.js";
import { at } from "../checked-index.js";
import { scanXml } from "./xml-scan.js";

export type Attributes = Record<string, unknown>;

export interface XmlGraph {
  /** Node keys; node i is ids[i]. */
  readonly ids: string[];
  /** Endpoints of each edge element, in document order. */
  readonly src: number[];
  readonly dst: number[];
  /** undirected[e] = 1 when edge e is undirected. */
  readonly undirected: Uint8Array;
  /** With `attributes: true`: each node's and edge's attributes (same numbering). */
  readonly nodeAttributes?: Attributes[];
  readonly edgeAttributes?: Attributes[];
}

interface AttrDecl {
  readonly name: string;
  readonly type: string;
  default?: unknown;
}

/** A value as its declared type says; an unparsable number or boolean stays text. */
function typed(value: string, type: string): unknown {
  switch (type) {
    case "int":
    case "integer":
    case "long":
    case "short":
    case "byte":
    case "float":
    case "double": {
      const n = Number(value.trim());
      return value.trim() !== "" && Number.isFinite(n) ? n : value;
    }
    case "boolean":
      return value.trim() === "true" ? true : value.trim() === "false" ? false : value;
    default:
      return value;
  }
}

function local(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Node keys numbered on first mention, renumbered at the end: declared first, then the rest. */
class NodeTable {
  private readonly index = new Map<string, number>();
  readonly keys: string[] = [];
  readonly declared: boolean[] = [];
  readonly attributes: Attributes[] = [];

  ref(key: string, declare: boolean): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.keys.length;
      this.index.set(key, i);
      this.keys.push(key);
      this.declared.push(declare);
      this.attributes.push({});
    } else if (declare) this.declared[i] = true;
    return i;
  }

  /** old index → new index: declared nodes in order of first mention, then the others. */
  order(declOrder: readonly number[]): Int32Array {
    const perm = new Int32Array(this.keys.length).fill(-1);
    let k = 0;
    for (const i of declOrder) if (perm[i] === -1) perm[i] = k++;
    for (let i = 0; i < this.keys.length; i++) if (perm[i] === -1) perm[i] = k++;
    return perm;
  }
}

/**
 * @param text the file's text
 * @param file the file name, for messages
 * @param format "gexf" or "graphml"
 * @param options `attributes: true` to collect node and edge attributes
 * @throws InputError `file:line: …` for malformed XML, a missing node id or edge endpoint, or a file of the other format
 */
export function parseGraphXml(text: string, file: string, format: "gexf" | "graphml", options: { attributes?: boolean } = {}): XmlGraph {
  const wantAttrs = options.attributes === true;
  const nodes = new NodeTable();
  const declOrder: number[] = [];
  const src: number[] = [];
  const dst: number[] = [];
  const dirFlags: number[] = []; // 1 undirected, 0 directed
  const edgeAttributes: Attributes[] = [];
  const keys = new Map<string, AttrDecl>(); // GraphML key id / GEXF "class:id" → declaration
  let defaultUndirected = format === "gexf"; // GEXF's default is undirected; GraphML requires edgedefault
  let rootChecked = false;
  let graphs = 0;
  let attrClass = "";
  let decl: AttrDecl | null = null; // the key/attribute whose <default> is being read
  let owner: Attributes | null = null; // the node or edge being read
  let ownerKind: "node" | "edge" | "" = "";
  let dataKey: AttrDecl | null = null;
  let textBuf: string | null = null;
  const bad = (message: string): InputError => new InputError(`${file}: not a valid ${format === "gexf" ? "GEXF" : "GraphML"} graph: ${message}`);

  scanXml(text, file, {
    open(name, attrs) {
      const tag = local(name);
      if (!rootChecked) {
        rootChecked = true;
        if (tag !== format) throw bad(`the root element is <${name}>, not <${format}>`);
        return;
      }
      switch (tag) {
        case "graph":
          graphs++;
          if (graphs > 1) throw bad("nested or repeated <graph> elements are not supported");
          if (format === "graphml") defaultUndirected = attrs.edgedefault !== "directed";
          else defaultUndirected = attrs.defaultedgetype !== "directed";
          return;
        case "node": {
          const id = attrs.id;
          if (id === undefined) throw bad("a <node> without an id");
          const i = nodes.ref(id, true);
          declOrder.push(i);
          ownerKind = "node";
          owner = at(nodes.attributes, i);
          if (wantAttrs && format === "gexf" && attrs.label !== undefined) owner.label = attrs.label;
          return;
        }
        case "edge": {
          const s = attrs.source;
          const t = attrs.target;
          if (s === undefined || t === undefined) throw bad(`an <edge> without a ${s === undefined ? "source" : "target"}`);
          src.push(nodes.ref(s, false));
          dst.push(nodes.ref(t, false));
          const own = format === "graphml" ? attrs.directed : attrs.type;
          const undirected = own === undefined ? defaultUndirected : format === "graphml" ? own === "false" : own !== "directed";
          dirFlags.push(undirected ? 1 : 0);
          ownerKind = "edge";
          owner = {};
          if (wantAttrs) {
            if (format === "gexf" && attrs.weight !== undefined) owner.weight = typed(attrs.weight, "double");
            if (format === "gexf" && attrs.label !== undefined) owner.label = attrs.label;
            edgeAttributes.push(owner);
          }
          return;
        }
        case "hyperedge":
          throw bad("hyperedges are not supported");
        case "key": // GraphML
          if (attrs.id === undefined) throw bad("a <key> without an id");
          decl = { name: attrs["attr.name"] ?? attrs.id, type: attrs["attr.type"] ?? "string" };
          keys.set(`${attrs.for ?? "all"}:${attrs.id}`, decl);
          return;
        case "attributes": // GEXF
          attrClass = attrs.class ?? "node";
          return;
        case "attribute":
          if (attrs.id === undefined) throw bad("an <attribute> without an id");
          decl = { name: attrs.title ?? attrs.id, type: attrs.type ?? "string" };
          keys.set(`${attrClass}:${attrs.id}`, decl);
          return;
        case "default":
          if (decl) textBuf = "";
          return;
        case "data": // GraphML
          if (!owner || !wantAttrs) return;
          dataKey = keys.get(`${ownerKind}:${attrs.key}`) ?? keys.get(`all:${attrs.key}`) ?? { name: attrs.key ?? "data", type: "string" };
          textBuf = "";
          return;
        case "attvalue": {
          if (!owner || !wantAttrs) return;
          const d = keys.get(`${ownerKind}:${attrs.for ?? attrs.id}`) ?? { name: attrs.for ?? attrs.id ?? "value", type: "string" };
          owner[d.name] = typed(attrs.value ?? "", d.type);
          return;
        }
        case "position":
          if (owner && wantAttrs) {
            for (const k of ["x", "y", "z"]) {
              const v = attrs[k];
              if (v !== undefined) owner[k] = typed(v, "double");
            }
          }
          return;
        case "size":
        case "thickness":
          if (owner && wantAttrs && attrs.value !== undefined) owner.size = typed(attrs.value, "double");
          return;
        case "color":
          if (owner && wantAttrs && attrs.r !== undefined) {
            owner.color = attrs.a !== undefined ? `rgba(${attrs.r},${attrs.g},${attrs.b},${attrs.a})` : `rgb(${attrs.r},${attrs.g},${attrs.b})`;
          }
          return;
        default:
          return;
      }
    },
    text(t) {
      if (textBuf !== null) textBuf += t;
    },
    close(name) {
      const tag = local(name);
      if (tag === "node" || tag === "edge") {
        owner = null;
        ownerKind = "";
      } else if (tag === "default" && decl && textBuf !== null) {
        decl.default = typed(textBuf, decl.type);
        textBuf = null;
      } else if (tag === "key" || tag === "attribute") decl = null;
      else if (tag === "data" && dataKey && owner && textBuf !== null) {
        owner[dataKey.name] = typed(textBuf, dataKey.type);
        dataKey = null;
        textBuf = null;
      }
    },
  });

  const perm = nodes.order(declOrder);
  const n = nodes.keys.length;
  const ids = new Array<string>(n);
  for (const [i, key] of nodes.keys.entries()) ids[at(perm, i)] = key;
  for (let e = 0; e < src.length; e++) {
    src[e] = at(perm, at(src, e));
    dst[e] = at(perm, at(dst, e));
  }
  const result: XmlGraph = { ids, src, dst, undirected: Uint8Array.from(dirFlags) };
  if (!wantAttrs) return result;
  const nodeAttributes = new Array<Attributes>(n);
  for (const [i, a] of nodes.attributes.entries()) nodeAttributes[at(perm, i)] = withDefaults(a, keys, "node");
  return { ...result, nodeAttributes, edgeAttributes: edgeAttributes.map((a) => withDefaults(a, keys, "edge")) };
}

/** Attributes with the declared defaults filled in where absent. */
function withDefaults(a: Attributes, keys: ReadonlyMap<string, AttrDecl>, kind: "node" | "edge"): Attributes {
  for (const [k, d] of keys) {
    if (d.default === undefined || !(k.startsWith(`${kind}:`) || k.startsWith("all:"))) continue;
    if (!(d.name in a)) a[d.name] = d.default;
  }
  return a;
}
