/** Small graphs for metric tests, built as CSRs from edge pairs. */
import { csrFromEdges, type Csr } from "../../src/graph/csr.js";

export function csrOf(n: number, edges: readonly (readonly [number, number])[]): Csr {
  return csrFromEdges(
    n,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
  ).csr;
}

export const path = (n: number) => csrOf(n, Array.from({ length: Math.max(0, n - 1) }, (_, i) => [i, i + 1] as const));
export const cycle = (n: number) => csrOf(n, Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as const));
export const star = (leaves: number) => csrOf(leaves + 1, Array.from({ length: leaves }, (_, i) => [0, i + 1] as const));
export function complete(n: number): Csr {
  const e: [number, number][] = [];
  for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) e.push([u, v]);
  return csrOf(n, e);
}

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
