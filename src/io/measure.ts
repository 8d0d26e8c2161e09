/**
 * `measure`: the library function behind `netvalue measure` — read a graph file
 * (edge list, .gz, GEXF, GraphML) and compute its structure and its degrees of
 * separation by the chosen method. Bad arguments and malformed files are
 * InputErrors; the result is plain data for the formatters in measure-report.ts.
 */
import { InputError, MetricError } from "../errors.js";
import { separation, type SeparationMethod } from "../metrics/separation/index.js";
import { structureSummary } from "../metrics/structure/index.js";
import { stream } from "../random/streams.js";
import { readCsr } from "./graph-read.js";
import type { Measurement } from "./measure-report.js";

export interface MeasureOptions {
  readonly method?: SeparationMethod | "auto";
  /** Sources for the sample method (default 1000). */
  readonly samples?: number;
  /** log2 of HyperLogLog registers per node (default 6). */
  readonly registers?: number;
  /** Independent HyperANF runs (default 1). */
  readonly runs?: number;
  /** Seed of the sampling / hashing stream (default 1). */
  readonly seed?: number;
  /** Follow edges as written (directed distances). */
  readonly directed?: boolean;
  readonly onProgress?: (done: number, total: number, what: string) => void;
}

function checkInteger(name: string, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new InputError(`${name} must be an integer in ${min}..${max} (got ${v})`);
  }
}

export function measure(file: string, options: MeasureOptions = {}): Measurement {
  const samples = options.samples ?? 1000;
  const registers = options.registers ?? 6;
  const runs = options.runs ?? 1;
  const seed = options.seed ?? 1;
  const directed = options.directed ?? false;
  checkInteger("samples", samples, 1, 2 ** 31);
  checkInteger("registers", registers, 4, 12);
  checkInteger("runs", runs, 1, 1000);
  if (!Number.isInteger(seed)) throw new InputError(`seed must be an integer (got ${seed})`);
  const start = performance.now();
  const read = readCsr(file, { directed });
  let result;
  try {
    result = separation(read.arcs ?? read.csr, {
      method: options.method ?? "auto",
      samples,
      registers,
      runs,
      rng: stream(seed, "sampling"),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (err) {
    if (err instanceof MetricError) throw new InputError(err.message);
    throw err;
  }
  return {
    file,
    format: read.format,
    directed,
    seed,
    warnings: read.warnings,
    structure: structureSummary(read.csr),
    separation: result,
    seconds: (performance.now() - start) / 1000,
  };
}
