/**
 * The codebook (columns.csv, io/codebook.ts) of the validation experiments' files:
 * each column of ratios.csv, runs.csv (watts-strogatz), routing.csv and slopes.csv
 * (kleinberg) with its unit, kind and definition.
 */
import type { ColumnDoc, ColumnKind } from "../io/rows.js";

const d = (name: string, unit: string, kind: ColumnKind, definition: string): ColumnDoc => ({ name, unit, kind, definition });

const P = d("p", "probability (0–1)", "key", "rewiring probability of each lattice edge (Watts & Strogatz 1998)");
const R = d("r", "exponent", "key", "long-range contacts are drawn with probability ∝ d^−r (lattice distance d; Kleinberg 2000)");

/** The documented columns of each validation file, in the order they are written (the tests compare them). */
export const VALIDATION_DOCS: Readonly<Record<string, readonly ColumnDoc[]>> = {
  "ratios.csv": [
    P,
    d("seeds", "graphs", "point-in-time", "number of rewired graphs (seeds) averaged at this p"),
    d("mean_distance_ratio", "ratio", "point-in-time", "mean over graphs of the mean distance L(p) (exact, over reachable pairs), divided by the lattice's L(0)"),
    d("mean_distance_ratio_se", "ratio", "point-in-time", "standard error of mean_distance_ratio (sd / √seeds, divided by L(0))"),
    d("clustering_ratio", "ratio", "point-in-time", "mean over graphs of the average clustering C(p), divided by the lattice's C(0)"),
    d("clustering_ratio_se", "ratio", "point-in-time", "standard error of clustering_ratio (sd / √seeds, divided by C(0))"),
  ],
  "runs.csv": [
    P,
    d("replicate", "index", "key", "the graph's number at this p, from 0"),
    d("mean_distance", "hops", "point-in-time", "mean distance L(p) of this graph over reachable ordered pairs (exact)"),
    d("clustering", "coefficient (0–1)", "point-in-time", "average local clustering C(p) of this graph"),
    d("reachable_pair_share", "share (0–1)", "point-in-time", "share of ordered pairs connected by a path"),
    d("lattice_mean_distance", "hops", "point-in-time", "L(0): the mean distance of the ring lattice (p = 0)"),
    d("lattice_clustering", "coefficient (0–1)", "point-in-time", "C(0): the average clustering of the ring lattice"),
  ],
  "routing.csv": [
    R,
    d("side", "nodes per side", "key", "the torus grid's side length (side × side nodes)"),
    d("pairs", "pairs", "point-in-time", "source–target pairs routed, over all grids of this (r, side)"),
    d("mean_steps", "steps", "point-in-time", "mean number of greedy-routing steps from source to target"),
    d("mean_steps_se", "steps", "point-in-time", "standard error of mean_steps: sd of the chains' steps / √pairs (chains on one grid treated as independent)"),
  ],
  "slopes.csv": [R, d("slope", "exponent", "point-in-time", "least-squares slope of ln(mean_steps) on ln(side) over the sides ≥ slopeFrom: a local growth exponent for these sizes, not the asymptotic one")],
};
