/**
 * One replicate from start to end: build the state, observe step 0 (the initial
 * network is worth seeing), run `steps` steps, observe every `metrics.every` steps and
 * at the final step, and hand back the agents, the final graph and the step from
 * which the replicate was stationary (MSER-5 on the headline metrics recorded after
 * every step, engine/stationarity.ts).
 */
import { at } from "../checked-index.js";
import type { AbstractGraph } from "graphology-types";
import type { Scenario } from "../scenario/types.js";
import { buildState } from "./build.js";
import { MECHANISMS, step, stepParams, stepStreams } from "./step.js";
import { observe, takeObservation } from "./observe.js";
import { ObserverThread, observerThreadAvailable } from "./observer-thread.js";
import { agentRecords, finalGraph } from "./records.js";
import { HeadlineRecorder, type Stationarity } from "./stationarity.js";
import type { AgentRecord, Observation, OpportunityRecord } from "../observation.js";

export interface ReplicateHooks {
  /** Directory relative graph-file paths are resolved against (the scenario file's). */
  readonly baseDir?: string;
  /** Each observation, in step order (step 0, every metrics.every steps, the last step). */
  onObservation?(o: Observation): void;
  /** The opportunities that ended in a step, after the step (not called for a step without any). */
  onOpportunities?(records: readonly OpportunityRecord[]): void;
  /** After each step (1..steps). */
  onStep?(step: number, steps: number): void;
  /**
   * When given, nanoseconds spent in each mechanism (and in observing) are added here,
   * keyed by the names in MECHANISMS plus "observe". For benchmarks; never in results.
   */
  readonly profile?: Record<string, number>;
  /**
   * Threads for this replicate: 1 (default) runs everything on the calling thread; 2
   * measures each observation on a second thread while the model steps on
   * (observer-thread.ts). The output is the same either way.
   */
  readonly threads?: number;
}

export interface ReplicateOutput {
  readonly agents: AgentRecord[];
  /** When the headline metrics became stationary (MSER-5), per metric and overall. */
  readonly stationarity: Stationarity;
  finalGraph(): AbstractGraph;
}

/**
 * Simulates one replicate of a scenario.
 * @param scenario - a resolved scenario
 * @param seed - the replicate's seed; every stream derives from it
 * @throws ScenarioError for an unusable scenario (e.g. a graph file whose size differs from agents.count), ModelError for bad generator parameters
 */
export function simulateReplicate(scenario: Scenario, seed: number, hooks: ReplicateHooks = {}): ReplicateOutput {
  const steps = replicateSteps(scenario, seed, hooks);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same replicate as a generator that yields after each step (the step number), so
 * a caller on the main thread can give the event loop a turn (signals, progress) or
 * stop between steps. Driving it to the end gives exactly `simulateReplicate`'s output.
 */
export function* replicateSteps(scenario: Scenario, seed: number, hooks: ReplicateHooks = {}): Generator<number, ReplicateOutput, void> {
  const state = buildState(scenario, seed, hooks.baseDir !== undefined ? { baseDir: hooks.baseDir } : {});
  const params = stepParams(scenario, state);
  const rngs = stepStreams(seed);
  const profile = hooks.profile ? new Float64Array(MECHANISMS.length) : undefined;
  let observeNs = 0;
  const observer = (hooks.threads ?? 1) >= 2 && observerThreadAvailable() ? new ObserverThread(scenario, seed, state.agents.interests) : null;
  /** Runs f, adding its time to the "observe" profile entry. */
  const timed = <T>(f: () => T): T => {
    if (!hooks.profile) return f();
    const start = process.hrtime.bigint();
    const r = f();
    observeNs += Number(process.hrtime.bigint() - start);
    return r;
  };
  // With an observer thread, an observation is handed over at its step and reported
  // when the next one is due or at the end: still in step order.
  // (Each observation is made before the hook is called: `hook?.(f())` would skip f without a hook.)
  const report = (o: Observation) => hooks.onObservation?.(o);
  const collect = () => {
    if (observer && observer.pending > 0) report(timed(() => observer.next()));
  };
  const look = (t: number) => {
    if (observer) {
      collect();
      timed(() => observer.submit(takeObservation(state, scenario, t)));
    } else report(timed(() => observe(state, scenario, seed, t)));
  };
  const steps = scenario.steps;
  const headline = new HeadlineRecorder(steps);
  try {
    headline.record(state);
    look(0);
    for (let t = 1; t <= steps; t++) {
      const records = step(state, params, rngs, t, profile);
      if (records.length > 0) hooks.onOpportunities?.(records);
      headline.record(state);
      if (t % scenario.metrics.every === 0 || t === steps) look(t);
      hooks.onStep?.(t, steps);
      yield t;
    }
    collect();
  } finally {
    observer?.close();
  }
  const totals = hooks.profile;
  if (totals && profile) {
    MECHANISMS.forEach((name, k) => {
      totals[name] = (totals[name] ?? 0) + at(profile, k);
    });
    totals["observe"] = (totals["observe"] ?? 0) + observeNs;
  }
  return { agents: agentRecords(state), stationarity: headline.result(), finalGraph: () => finalGraph(state) };
}
