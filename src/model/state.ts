/**
 * The whole mutable state of one replicate: agents, strategies, regime, the two
 * relationship layers, content in flight and the per-agent tallies the observations
 * report. Hot data lives in typed arrays (README Performance). Nothing here is module-level:
 * every replicate builds its own state, so replicates never share mutable data.
 */
import type { Agents } from "./agents.js";
import type { StrategyTable } from "./strategy-table.js";
import type { Regime } from "./regime.js";
import { TieStore } from "./ties.js";
import { FollowStore } from "./follows.js";
import { Inbox, ItemBuffer, SampleBits, SourceGroups } from "./posts.js";
import { topicMembers } from "./interests.js";
import { Exposure } from "./exposure.js";
import type { Rng } from "../random/streams.js";

/** The trust rules every mechanism applies when it touches trust (docs/ODD.md §7 Submodels: trust). */
export interface TrustRules {
  readonly enabled: boolean;
  readonly learningRate: number;
  readonly detection: number;
  readonly penalty: number;
}

/** Detections made this step, waiting for the trust mechanism to spread them as gossip. */
export class DetectionLog {
  detector: Int32Array = new Int32Array(64);
  actor: Int32Array = new Int32Array(64);
  length = 0;
  push(detector: number, actor: number): void {
    if (this.length === this.detector.length) {
      const d = new Int32Array(this.length * 2);
      d.set(this.detector);
      this.detector = d;
      const a = new Int32Array(this.length * 2);
      a.set(this.actor);
      this.actor = a;
    }
    this.detector[this.length] = detector;
    this.actor[this.length] = actor;
    this.length++;
  }
}

/** Running per-agent tallies (agents.csv and the per-strategy observation rows). */
export class Tallies {
  readonly posts: Int32Array;
  readonly reshares: Int32Array;
  readonly valueReceived: Float64Array;
  /** Self-interested acts of this agent that were detected. */
  readonly detections: Int32Array;
  readonly opportunities: Int32Array;
  readonly opportunitiesFromStrangers: Int32Array;
  /** Sum of chain lengths of the opportunities received. */
  readonly opportunityHops: Int32Array;
  /** Of those hops, the ones over weak ties (weaker than metrics.weakTieBelow, or a follow only). */
  readonly opportunityWeakHops: Int32Array;
  /** Step at which the agent was unmasked (detected deception known to its ties), −1 if never. */
  readonly unmaskedStep: Int32Array;
  /** Step at which the mean trust its ties place in it first fell below the threshold, −1 if never. */
  readonly distrustedStep: Int32Array;
  /** Reshares made in the current step (the cap `maxSharesPerStep`). */
  readonly sharesThisStep: Int32Array;
  /** Follows this agent ended so far (unfollow rules and the follow cap). */
  readonly unfollows: Int32Array;
  /** Follows ended in the current step, by every agent. */
  unfollowsThisStep = 0;
  constructor(n: number) {
    this.posts = new Int32Array(n);
    this.reshares = new Int32Array(n);
    this.valueReceived = new Float64Array(n);
    this.detections = new Int32Array(n);
    this.opportunities = new Int32Array(n);
    this.opportunitiesFromStrangers = new Int32Array(n);
    this.opportunityHops = new Int32Array(n);
    this.opportunityWeakHops = new Int32Array(n);
    this.unmaskedStep = new Int32Array(n).fill(-1);
    this.distrustedStep = new Int32Array(n).fill(-1);
    this.sharesThisStep = new Int32Array(n);
    this.unfollows = new Int32Array(n);
  }
}

export interface ModelState {
  readonly n: number;
  readonly agents: Agents;
  readonly strategies: StrategyTable;
  readonly regime: Regime;
  readonly ties: TieStore;
  readonly follows: FollowStore;
  /** Posts made so far: the id of the next post. */
  postsMade: number;
  /** Items to deliver this step: the previous step's reshares, then this step's posts. */
  queue: ItemBuffer;
  /** Reshares made this step, delivered next step. */
  next: ItemBuffer;
  readonly inbox: Inbox;
  readonly tallies: Tallies;
  readonly detections: DetectionLog;
  /** Who knows of each agent's detected deception (the evidence for unmasking). */
  readonly exposure: Exposure;
  readonly trust: TrustRules;
  /** Draws whether a self-interested act is detected (its own stream, so switching detection never shifts other draws). */
  readonly detectRng: Rng;
  /** Agents spanning each topic, by id: the index of topic search. */
  readonly topicMembers: readonly Int32Array[];
  /** Trust given to a tie or follow when no other value applies: `network.initialTrust`. */
  readonly initialTrust: number;
  /** Counter of stamps for `scratch.index` (react takes fresh ones for each reader). */
  readVisits: number;
  /**
   * Scratch for a mechanism's inner loop, four entries per agent j interleaved so that
   * one lookup touches one cache line: at j·INDEX_STRIDE + INDEX_TIE_STAMP, INDEX_TIE_SLOT,
   * INDEX_FOLLOW_STAMP and INDEX_FOLLOW_POSITION (see indexEntry). An entry is valid
   * only while its stamp equals the caller's (a fresh `++readVisits`), so nothing is
   * ever cleared (react indexes a reader's ties and follows). Empty in worlds above
   * REACT_INDEX_MAX_AGENTS agents, where react searches the reader's own sorted lists
   * instead. `groups` and `sample` are deliver's, reused from step to step.
   */
  readonly scratch: {
    readonly index: Int32Array;
    readonly groups: SourceGroups;
    readonly sample: SampleBits;
  };
}

// The four interleaved entries of agent j in `scratch.index`, from indexEntry(j).
/** Stamp of the tie entry: valid while it equals the reader's visit stamp. */
export const INDEX_TIE_STAMP = 0;
/** Slot of the reader's tie with j in the TieStore. */
export const INDEX_TIE_SLOT = 1;
/** Stamp of the follow entry. */
export const INDEX_FOLLOW_STAMP = 2;
/** Position of j in the reader's follow list (−1: added during the visit, search it). */
export const INDEX_FOLLOW_POSITION = 3;
const INDEX_STRIDE = 4;

/** Where agent j's entries start in `scratch.index`. */
export function indexEntry(j: number): number {
  return j * INDEX_STRIDE;
}

export function createState(
  agents: Agents,
  strategies: StrategyTable,
  regime: Regime,
  trust: TrustRules,
  detectRng: Rng,
  initialTrust: number,
): ModelState {
  const n = agents.n;
  return {
    n,
    agents,
    strategies,
    regime,
    ties: new TieStore(n, regime.capacity),
    follows: new FollowStore(n),
    postsMade: 0,
    queue: new ItemBuffer(),
    next: new ItemBuffer(),
    inbox: new Inbox(n, regime.attention),
    tallies: new Tallies(n),
    detections: new DetectionLog(),
    exposure: new Exposure(n),
    trust,
    detectRng,
    topicMembers: topicMembers(agents.interests),
    initialTrust,
    readVisits: 0,
    scratch: { index: new Int32Array(n <= REACT_INDEX_MAX_AGENTS ? INDEX_STRIDE * n : 0), groups: new SourceGroups(n), sample: new SampleBits() },
  };
}

/**
 * The largest world in which react looks a reader's relations up in the scratch index
 * (16 bytes per agent) rather than by binary search in the reader's sorted tie block
 * and follows. Both give the same answers (tested); which is faster depends on the
 * cache: measured back to back, the index is ~20% faster in react at 10^4 agents, the
 * same at 2·10^5, and ~9% slower at 10^6, where its random entries miss the cache.
 */
export const REACT_INDEX_MAX_AGENTS = 1 << 18;

/**
 * Makes room for one visit's stamps (each `++readVisits`, a handful per visit).
 * Stamps live in int32 entries, so when fewer than 2^20 remain the scratch index is
 * cleared and counting restarts (0 is never a stamp). Call between visits, never
 * inside one: a visit's stamps must stay valid while it lasts.
 */
export function roomForStamps(state: ModelState): void {
  if (state.readVisits < 0x7fffffff - (1 << 20)) return;
  state.scratch.index.fill(0);
  state.readVisits = 0;
}

/** Whether agent i acts at this step (its strategy's `patience` steps are spent only reading). */
export function isActive(state: ModelState, i: number, step: number): boolean {
  return step > (state.strategies.patience[state.agents.strategy[i] as number] as number);
}
