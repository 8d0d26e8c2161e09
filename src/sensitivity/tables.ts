/**
 * The tables of a complete sensitivity run, built from its combined summary.csv:
 * - design.csv: one row per point: its parameters, each output's mean over the
 *   point's replicates, and each claim's share of the point's replicates;
 * - indices.csv: `output,parameter,method,index,estimate,ci_low,ci_high`, one row
 *   per (output, parameter, index), indices computed on the points' means;
 * - claims.csv: `claim,runs,holds_share,ci_low,ci_high` over every run (Wilson interval);
 * - claim-shares.csv: each claim's share against each parameter (binned runs);
 * - claim-flips.csv: `claim,parameter,flip_at,share_below,share_above`, where the
 *   binned share crosses one half (empty when it never does).
 * Their columns are added to the folder's codebook (columns.csv).
 * Bootstrap draws come from the stream `sensitivity:<seed>:bootstrap:<output>`, so
 * adding an output never changes another's intervals.
 */
import { join } from "node:path";
import { ScenarioError } from "../errors.js";
import { at } from "../checked-index.js";
import { writeCsvAtomic, type CsvValue } from "../io/csv.js";
import { mergeCodebook } from "../io/codebook.js";
import { doc, type ColumnDoc } from "../io/rows.js";
import { readCsv } from "../io/csv-read.js";
import { streamFromKey } from "../random/streams.js";
import type { Scenario } from "../scenario/types.js";
import { binShares, evaluateClaim, findFlip, parseClaim, wilsonShare, type Claim } from "./claims.js";
import { analyseOutput } from "./design.js";
import { designOf, pointId, sensitivitySpec } from "./points.js";

export const INDICES_COLUMNS = ["output", "parameter", "method", "index", "estimate", "ci_low", "ci_high"] as const;
export const CLAIMS_COLUMNS = ["claim", "runs", "holds_share", "ci_low", "ci_high"] as const;
export const CLAIM_FLIPS_COLUMNS = ["claim", "parameter", "flip_at", "share_below", "share_above"] as const;
export const CLAIM_SHARES_COLUMNS = ["claim", "parameter", "value", "runs", "holds_share"] as const;
export const SENSITIVITY_TABLES = ["design.csv", "indices.csv", "claims.csv", "claim-shares.csv", "claim-flips.csv"] as const;

const CLAIM_KEY = doc("claim", "label", "key", "the claim's name in the sensitivity block");
const PARAMETER_KEY = doc("parameter", "label", "key", "the scenario field varied (its path)");

/** Codebook entries of the fixed-column tables. */
export const SENSITIVITY_DOCS: Readonly<Record<string, readonly ColumnDoc[]>> = {
  "indices.csv": [
    doc("output", "label", "key", "the summary.csv column analysed"),
    PARAMETER_KEY,
    doc("method", "label", "key", "morris or sobol"),
    doc("index", "label", "key", "mu_star, mu, sigma (Morris elementary effects, in the output's unit per unit of the parameter's range), or S1, ST (Sobol' first-order and total indices, shares of the output's variance)"),
    doc("estimate", "index", "per-record", "the index computed on the points' means"),
    doc("ci_low", "index", "per-record", "bootstrap 95% interval of the index, low end"),
    doc("ci_high", "index", "per-record", "bootstrap 95% interval of the index, high end"),
  ],
  "claims.csv": [
    CLAIM_KEY,
    doc("runs", "runs", "per-record", "runs where the claim could be evaluated (its columns not empty)"),
    doc("holds_share", "share", "per-record", "share of those runs where the claim holds"),
    doc("ci_low", "share", "per-record", "Wilson 95% interval of that share, low end"),
    doc("ci_high", "share", "per-record", "Wilson 95% interval of that share, high end"),
  ],
  "claim-shares.csv": [
    CLAIM_KEY,
    PARAMETER_KEY,
    doc("value", "parameter's unit", "key", "middle of a bin of the parameter's range"),
    doc("runs", "runs", "per-record", "runs whose parameter value falls in the bin"),
    doc("holds_share", "share", "per-record", "share of those runs where the claim holds"),
  ],
  "claim-flips.csv": [
    CLAIM_KEY,
    PARAMETER_KEY,
    doc("flip_at", "parameter's unit", "per-record", "where the binned share of runs holding the claim crosses one half (empty when it never does)"),
    doc("share_below", "share", "per-record", "share holding below flip_at"),
    doc("share_above", "share", "per-record", "share holding above flip_at"),
  ],
};

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Writes the tables in `outDir` (which holds the combined summary.csv); returns their names. */
export function writeSensitivityTables(outDir: string, scenario: Scenario): string[] {
  const spec = sensitivitySpec(scenario);
  const design = designOf(scenario);
  const point = new Map(design.values.map((_, i) => [pointId(design, i), i]));
  const summary = readCsv(join(outDir, "summary.csv"));
  const runIdAt = summary.columns.indexOf("run_id");
  const colAt = new Map(summary.columns.map((c, i) => [c, i]));
  /** Runs of each point: getters of their columns. */
  const runs: ((c: string) => number)[][] = design.values.map(() => []);
  for (const row of summary.rows) {
    const id = (row[runIdAt] ?? "").replace(/-r\d+$/, "");
    const p = point.get(id);
    if (p === undefined) continue;
    at(runs, p).push((c) => {
      const v = row[colAt.get(c) ?? -1] ?? "";
      return v === "" ? NaN : Number(v);
    });
  }
  const pointMean = (output: string) => runs.map((rs) => mean(rs.map((get) => get(output)).filter(Number.isFinite)));

  const claims: [string, Claim][] = Object.entries(spec.claims).map(([name, text]) => {
    const r = parseClaim(text);
    // The loader rejects such a claim; a scenario built around it (e.g. read back from a manifest) gets the same message.
    if (!r.ok) throw new ScenarioError([{ file: scenario.name, path: `sensitivity.claims.${name}`, message: r.message }]);
    return [name, r.claim];
  });
  const outcomes = claims.map(([, claim]) => runs.map((rs) => rs.map((get) => evaluateClaim(claim, get))));

  const means = spec.outputs.map(pointMean);
  const designRows: CsvValue[][] = design.values.map((values, i) => [
    i,
    pointId(design, i),
    ...values,
    ...means.map((m) => m[i]),
    ...outcomes.map((o) => {
      const known = at(o, i).filter((h): h is boolean => h !== null);
      return known.length ? known.filter((h) => h).length / known.length : NaN;
    }),
  ]);
  writeCsvAtomic(
    join(outDir, "design.csv"),
    ["point", "cell_id", ...design.parameters.map((p) => p.path), ...spec.outputs, ...claims.map(([n]) => `${n}_holds_share`)],
    designRows,
  );

  const indexRows: CsvValue[][] = [];
  spec.outputs.forEach((output, o) => {
    const rng = streamFromKey(`netvalue:sensitivity:${scenario.seed}:bootstrap:${output}`);
    for (const e of analyseOutput(design, at(means, o), spec.bootstrap, rng).sort((a, b) => a.parameter - b.parameter)) {
      indexRows.push([output, design.parameters[e.parameter]?.path, design.method, e.index, e.estimate, e.ciLow, e.ciHigh]);
    }
  });
  writeCsvAtomic(join(outDir, "indices.csv"), INDICES_COLUMNS, indexRows);

  const claimRows: CsvValue[][] = [];
  const shareRows: CsvValue[][] = [];
  const flipRows: CsvValue[][] = [];
  claims.forEach(([name], c) => {
    const perPoint = at(outcomes, c);
    const all = perPoint.flat().filter((h): h is boolean => h !== null);
    const s = wilsonShare(all.filter((h) => h).length, all.length);
    claimRows.push([name, s.runs, s.share, s.ciLow, s.ciHigh]);
    design.parameters.forEach((p, j) => {
      const pairs: [number, boolean][] = [];
      perPoint.forEach((hs, i) => {
        const x = at(at(design.values, i), j);
        for (const h of hs) if (h !== null) pairs.push([x, h]);
      });
      const bins = binShares(pairs, p.low, p.high);
      for (const b of bins) shareRows.push([name, p.path, b.value, b.runs, b.share]);
      const flip = findFlip(pairs, bins);
      flipRows.push([name, p.path, flip?.at, flip?.shareBelow, flip?.shareAbove]);
    });
  });
  writeCsvAtomic(join(outDir, "claims.csv"), CLAIMS_COLUMNS, claimRows);
  writeCsvAtomic(join(outDir, "claim-shares.csv"), CLAIM_SHARES_COLUMNS, shareRows);
  writeCsvAtomic(join(outDir, "claim-flips.csv"), CLAIM_FLIPS_COLUMNS, flipRows);
  const designDocs: ColumnDoc[] = [
    doc("point", "index", "key", "the design point, 0-based"),
    doc("cell_id", "label", "key", "the point's cell (its runs in summary.csv have run_id <cell_id>-r<replicate>)"),
    ...design.parameters.map((p) => doc(p.path, "scenario unit", "key", `the value of ${p.path} at the point (range ${p.low}–${p.high})`)),
    ...spec.outputs.map((o) => doc(o, "output's unit", "per-record", `mean of summary.csv's ${o} over the point's replicates`)),
    ...claims.map(([n]) => doc(`${n}_holds_share`, "share", "per-record", `share of the point's replicates where the claim '${n}' holds (${spec.claims[n] ?? ""})`)),
  ];
  // columns.csv is already among the sweep tables' files: not listed again.
  mergeCodebook(outDir, { ...SENSITIVITY_DOCS, "design.csv": designDocs }, [...SENSITIVITY_TABLES]);
  return [...SENSITIVITY_TABLES];
}
