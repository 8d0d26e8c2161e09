/**
 * A sensitivity design: the points (Morris trajectories or the Saltelli scheme)
 * in the unit cube, scaled to the parameters' ranges, and the one analysis path
 * from outputs at those points to indices — used by `netvalue sensitivity` and by
 * the tests against analytic functions alike.
 *
 * Scaling: value = low + u·(high − low), to 12 significant digits; integer fields
 * are rounded to the nearest whole number. Morris effects use the unit coordinates of the rounded values, so
 * rounding never inflates an effect (morris.ts).
 */
import type { Rng } from "../random/streams.js";
import { at } from "../checked-index.js";
import { morrisIndices, morrisTrajectories, type Trajectory } from "./morris.js";
import { saltelliPoints, sobolIndices } from "./sobol-indices.js";
import type { IndexEstimate } from "./types.js";

export interface DesignParameter {
  readonly path: string;
  readonly low: number;
  readonly high: number;
  /** Round values to whole numbers. */
  readonly integer: boolean;
}

export interface DesignOptions {
  readonly method: "morris" | "sobol";
  readonly trajectories: number;
  readonly levels: number;
  readonly candidates: number;
  readonly samples: number;
}

export interface SensitivityDesign {
  readonly method: "morris" | "sobol";
  readonly parameters: readonly DesignParameter[];
  /** Parameter values at each point, in parameter order. */
  readonly values: readonly (readonly number[])[];
  /** Morris: the parameter moved on each step of each trajectory (k + 1 points each). */
  readonly moved: readonly (readonly number[])[];
}

/** The index names of a method, in the order indices.csv lists them. */
export function indexNames(method: "morris" | "sobol"): readonly string[] {
  return method === "morris" ? ["mu", "mu_star", "sigma"] : ["S1", "ST"];
}

function scale(p: DesignParameter, u: number): number {
  const v = p.low + u * (p.high - p.low);
  // 12 significant digits: 0.4 rather than 0.39999999999999997 in design.csv and the cells' scenarios.
  return p.integer ? Math.round(v) : Number(v.toPrecision(12));
}

/**
 * The design's points. `rng` draws the Morris trajectories (the Sobol' scheme is deterministic).
 * @throws RangeError for an empty parameter list or an impossible design size.
 */
export function buildDesign(parameters: readonly DesignParameter[], options: DesignOptions, rng: Rng): SensitivityDesign {
  const k = parameters.length;
  if (k === 0) throw new RangeError("sensitivity: the design needs at least one parameter");
  const scaled = (u: readonly number[]) => u.map((x, i) => scale(at(parameters, i), x));
  if (options.method === "sobol") {
    return { method: "sobol", parameters, values: saltelliPoints(k, options.samples).map(scaled), moved: [] };
  }
  const ts = morrisTrajectories(k, options, rng);
  return { method: "morris", parameters, values: ts.flatMap((t) => t.points.map(scaled)), moved: ts.map((t) => t.moved) };
}

/** Number of points of a design before building it. */
export function designSize(k: number, options: DesignOptions): number {
  return options.method === "sobol" ? options.samples * (k + 2) : options.trajectories * (k + 1);
}

/**
 * The indices of one output.
 * @param y the output at each point of the design (NaN where missing).
 * @param resamples bootstrap resamples (0: no intervals).
 */
export function analyseOutput(design: SensitivityDesign, y: readonly number[], resamples: number, rng: Rng): IndexEstimate[] {
  if (y.length !== design.values.length) throw new RangeError(`sensitivity: ${y.length} outputs for ${design.values.length} design points`);
  const k = design.parameters.length;
  if (design.method === "sobol") return sobolIndices(k, y, resamples, rng);
  const unit = (p: DesignParameter, v: number) => (v - p.low) / (p.high - p.low);
  const trajectories: Trajectory[] = design.moved.map((moved, t) => ({
    moved,
    points: design.values.slice(t * (k + 1), (t + 1) * (k + 1)).map((row) => row.map((v, i) => unit(at(design.parameters, i), v))),
  }));
  const ys = design.moved.map((_, t) => y.slice(t * (k + 1), (t + 1) * (k + 1)));
  return morrisIndices(k, trajectories, ys, resamples, rng);
}
