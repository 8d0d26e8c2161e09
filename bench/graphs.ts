/**
 * Seeded graph generators for the benchmarks, writing plain edge lists. Kept local
 * to bench/ so the bench does not depend on the model's generators.
 *
 * - Barabási–Albert (Barabási & Albert, Science 1999), networkx's variant: start from a
 *   star of m + 1 nodes, each new node attaches to m distinct existing nodes chosen with
 *   probability proportional to degree (a list of edge endpoints is sampled uniformly).
 * - Watts–Strogatz (Watts & Strogatz, Nature 1998): ring lattice, each node joined to
 *   its k/2 nearest neighbours on each side; each edge's far end is rewired with
 *   probability p to a uniform node, avoiding self-loops and duplicate edges.
 */
import { createWriteStream } from "node:fs";
import type { Rng } from "../src/random/streams.js";

export interface EdgeArrays {
  readonly n: number;
  readonly src: Uint32Array;
  readonly dst: Uint32Array;
}

export function barabasiAlbert(n: number, m: number, rng: Rng): EdgeArrays {
  const edges = m + (n - m - 1) * m;
  const src = new Uint32Array(edges);
  const dst = new Uint32Array(edges);
  const ends = new Uint32Array(2 * edges);
  let e = 0;
  let len = 0;
  for (let v = 1; v <= m; v++) {
    src[e] = 0;
    dst[e++] = v;
    ends[len++] = 0;
    ends[len++] = v;
  }
  const chosen = new Set<number>();
  for (let v = m + 1; v < n; v++) {
    chosen.clear();
    while (chosen.size < m) chosen.add(ends[Math.floor(rng() * len)] as number);
    for (const u of chosen) {
      src[e] = v;
      dst[e++] = u;
      ends[len++] = v;
      ends[len++] = u;
    }
  }
  return { n, src, dst };
}

export function wattsStrogatz(n: number, k: number, p: number, rng: Rng): EdgeArrays {
  const half = k / 2;
  const key = (u: number, v: number) => (u < v ? u * n + v : v * n + u);
  const set = new Set<number>();
  const src: number[] = [];
  const dst: number[] = [];
  for (let u = 0; u < n; u++) {
    for (let j = 1; j <= half; j++) {
      const v = (u + j) % n;
      set.add(key(u, v));
      src.push(u);
      dst.push(v);
    }
  }
  for (let e = 0; e < src.length; e++) {
    if (rng() >= p) continue;
    const u = src[e] as number;
    let w = Math.floor(rng() * n);
    let tries = 0;
    while ((w === u || set.has(key(u, w))) && tries++ < 100) w = Math.floor(rng() * n);
    if (w === u || set.has(key(u, w))) continue;
    set.delete(key(u, dst[e] as number));
    set.add(key(u, w));
    dst[e] = w;
  }
  return { n, src: Uint32Array.from(src), dst: Uint32Array.from(dst) };
}

/**
 * Writes `u v` lines (with a `# header` line when given: igraph's NCOL reader does not
 * take comments, so the bench writes none); resolves when the file is flushed.
 */
export function writeEdgeList(file: string, g: EdgeArrays, header?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on("error", reject);
    out.on("finish", () => resolve());
    const chunk = 1 << 16;
    let text = header !== undefined ? `# ${header}\n` : "";
    for (let e = 0; e < g.src.length; e++) {
      text += `${g.src[e]} ${g.dst[e]}\n`;
      if (text.length > chunk) {
        out.write(text);
        text = "";
      }
    }
    out.end(text);
  });
}
