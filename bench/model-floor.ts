/**
 * Model floor benchmark (opt-in: `npm run bench -- model-floor`): how close the step of
 * the 10k-agent bench (model.ts) can come to issue 3's target of 30 s for 365 steps,
 * i.e. 82 ms per step for everything, observation included.
 *
 * The 10k bench scenario runs to steps 100, 200 and 300. At each checkpoint the next
 * three steps are timed whole (ms per step, by mechanism), then bare loops over the
 * same state time the least work any implementation of docs/ODD.md §3 Process overview–1.6 must do there:
 * - relevance: every item read (10,000 inboxes × attention 30) valued, nothing else;
 * - learn (index / search): valued, its author found among the reader's follows (by
 *   react's index, or by binary search) and the reader's trust in it learnt;
 * - followee scan: deliver's count of what each agent's followees sent.
 * Each loop's time is the mean of five runs after one warm-up; the follow trusts the
 * learn loops change are restored, so the run goes on as the model's own.
 * Writes results/bench/model-floor.csv.
 */
import { scenarioSchema } from "../src/scenario/schema.js";
import { buildState } from "../src/engine/build.js";
import { MECHANISMS, step, stepParams, stepStreams } from "../src/engine/step.js";
import { searchSorted } from "../src/model/follows.js";
import { permutation } from "../src/random/draw.js";
import { streamFromKey } from "../src/random/streams.js";
import type { ModelState } from "../src/model/state.js";
import { MODEL_CONFIGS } from "./model.js";
import { printTable, writeBenchCsv, type BenchRow } from "./table.js";

const CHECKPOINTS = [100, 200, 300];
const TIMED_STEPS = 3;
const REPEATS = 5;
const TARGET_SECONDS = 30;

export async function modelFloorSuite(): Promise<void> {
  const config = MODEL_CONFIGS[0]!;
  const scenario = { ...scenarioSchema.parse(config.input), name: config.name };
  const state = buildState(scenario, 1, {});
  const params = stepParams(scenario, state);
  const rngs = stepStreams(1);
  const order = permutation(streamFromKey("bench:model-floor"), state.n);
  const rows: BenchRow[] = [];
  let t = 0;
  for (const checkpoint of CHECKPOINTS) {
    while (t < checkpoint) step(state, params, rngs, ++t);
    const profile = new Float64Array(MECHANISMS.length);
    for (let k = 0; k < TIMED_STEPS; k++) step(state, params, rngs, ++t, profile);
    const ms = (k: number) => (profile[k] as number) / 1e6 / TIMED_STEPS;
    const stepMs = MECHANISMS.reduce((sum, _, k) => sum + ms(k), 0);
    rows.push({
      step: t,
      follows: state.follows.total,
      step_ms: stepMs,
      deliver_ms: ms(MECHANISMS.indexOf("deliver")),
      react_ms: ms(MECHANISMS.indexOf("react")),
      trust_ms: ms(MECHANISMS.indexOf("trust")),
      relevance_ms: timed(() => relevance(state, order)),
      learn_index_ms: withTrustRestored(state, () => timed(() => learn(state, order, true))),
      learn_search_ms: withTrustRestored(state, () => timed(() => learn(state, order, false))),
      followee_scan_ms: timed(() => followeeScan(state)),
      budget_ms: (TARGET_SECONDS * 1000) / config.steps,
    });
    process.stderr.write(`model-floor: step ${t} measured\n`);
  }
  printTable("model floor: ms per step, the whole step against bare loops of its least work (10k agents, amplified)", rows);
  writeBenchCsv("model-floor", rows);
}

/** What the timed loops return, kept so that no loop's work is dead. */
export let sink = 0;

/** Mean ms of REPEATS runs of f after one warm-up run. */
function timed(f: () => number): number {
  sink += f();
  const start = process.hrtime.bigint();
  for (let r = 0; r < REPEATS; r++) sink += f();
  return Number(process.hrtime.bigint() - start) / 1e6 / REPEATS;
}

function withTrustRestored(state: ModelState, f: () => number): number {
  const saved = state.follows.trust.slice();
  const result = f();
  state.follows.trust.set(saved);
  return result;
}

function relevance(state: ModelState, order: Int32Array): number {
  const { inbox, agents } = state;
  const K = agents.interests.topics;
  const w = agents.interests.weights;
  let value = 0;
  for (const i of order) {
    const b = inbox.base(i);
    for (let s = b; s < b + inbox.size(i); s++) value += (w[i * K + (inbox.topic[s] as number)] as number) * (inbox.quality[s] as number);
  }
  return value;
}

/** learn's index by agent: [stamp, position in the reader's follows] (react's way). */
let stamps = new Int32Array(0);
let stamp = 0;

function learn(state: ModelState, order: Int32Array, byIndex: boolean): number {
  const { inbox, agents, follows } = state;
  const K = agents.interests.topics;
  const w = agents.interests.weights;
  if (stamps.length < 2 * state.n) stamps = new Int32Array(2 * state.n);
  let found = 0;
  for (const i of order) {
    const { outIds: out, trust } = follows;
    const ob = follows.outBase(i);
    const len = follows.outLen[i] as number;
    const visit = ++stamp;
    if (byIndex) {
      for (let q = 0; q < len; q++) {
        const x = (out[ob + q] as number) << 1;
        stamps[x] = visit;
        stamps[x + 1] = q;
      }
    }
    const b = inbox.base(i);
    for (let s = b; s < b + inbox.size(i); s++) {
      const a = inbox.author[s] as number;
      const rel = (w[i * K + (inbox.topic[s] as number)] as number) * (inbox.quality[s] as number);
      const q = byIndex ? (stamps[a << 1] === visit ? (stamps[(a << 1) + 1] as number) : -1) : searchSorted(out, ob, len, a);
      if (q < 0) continue;
      const p = ob + q;
      trust[p] = (trust[p] as number) + 0.1 * (rel - (trust[p] as number));
      found++;
    }
  }
  return found;
}

function followeeScan(state: ModelState): number {
  const { follows } = state;
  const start = state.scratch.groups.start;
  let total = 0;
  for (let i = 0; i < state.n; i++) {
    const out = follows.outIds;
    const ob = follows.outBase(i);
    const len = follows.outLen[i] as number;
    for (let k = ob; k < ob + len; k++) {
      const s = out[k] as number;
      total += (start[s + 1] as number) - (start[s] as number);
    }
  }
  return total;
}
