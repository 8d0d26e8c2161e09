/**
 * One step of the model (docs/ODD.md §3 Process overview), the only place where activation order is
 * decided: a fresh seeded permutation of the agents from the "order" stream every
 * step, used by every mechanism that goes agent by agent. Mechanisms run in the
 * order of docs/ODD.md §3 — post, deliver, react (with discovery), introduce, events,
 * opportunities, maintain — followed by trust (gossip, then the verdicts), each drawing
 * from its own stream so that switching one off never shifts another's draws.
 */
import { permutation } from "../random/draw.js";
import type { Rng } from "../random/streams.js";
import { stream } from "../random/streams.js";
import type { Scenario } from "../scenario/types.js";
import type { ModelState } from "../model/state.js";
import type { OpportunityRecord } from "../observation.js";
import { post, type PostParams } from "../model/mechanisms/post.js";
import { deliver, type DeliverParams } from "../model/mechanisms/deliver.js";
import { react, type ReactParams } from "../model/mechanisms/react.js";
import { discover, type DiscoverParams } from "../model/mechanisms/discover.js";
import { introduce, type IntroduceParams } from "../model/mechanisms/introduce.js";
import { events, type EventsParams } from "../model/mechanisms/events.js";
import { opportunities, type OpportunitiesParams } from "../model/mechanisms/opportunities.js";
import { maintain, type MaintainParams } from "../model/mechanisms/maintain.js";
import { trust, type TrustParams } from "../model/mechanisms/trust.js";

/** The mechanisms in step order (the profile's columns). */
export const MECHANISMS = ["order", "post", "deliver", "react", "discover", "introduce", "events", "opportunities", "maintain", "trust"] as const;
export type MechanismName = (typeof MECHANISMS)[number];
/** Each mechanism's position in MECHANISMS: its column of the profile. */
const POSITION = Object.fromEntries(MECHANISMS.map((name, k) => [name, k])) as Readonly<Record<MechanismName, number>>;

export interface StepParams {
  readonly post: PostParams;
  readonly deliver: DeliverParams;
  readonly react: ReactParams;
  readonly discover: DiscoverParams;
  readonly introduce: IntroduceParams;
  readonly events: EventsParams;
  readonly opportunities: OpportunitiesParams;
  readonly maintain: MaintainParams;
  readonly trust: TrustParams;
}

export type StepStreams = Readonly<Record<Exclude<MechanismName, "maintain">, Rng>>;

export function stepParams(scenario: Scenario, state: ModelState): StepParams {
  const m = scenario.mechanisms;
  return {
    post: m.post,
    deliver: m.deliver,
    react: m.react,
    discover: { rate: state.regime.discoveryRate },
    introduce: { enabled: m.introduce.enabled, grantTrust: m.introduce.grantTrust, newTieStrength: m.maintain.newTieStrength },
    // Per-capita rates become totals here (docs/MODEL.md Parameters that scale with N).
    events: { ...m.events, perRound: m.events.count ?? m.events.perAgent * state.n, newTieStrength: m.maintain.newTieStrength },
    opportunities: {
      ...m.opportunities,
      rate: m.opportunities.rate ?? m.opportunities.perAgent * state.n,
      weakTieBelow: scenario.metrics.weakTieBelow,
    },
    maintain: m.maintain,
    trust: m.trust,
  };
}

export function stepStreams(seed: number): StepStreams {
  return {
    order: stream(seed, "order"),
    post: stream(seed, "post"),
    deliver: stream(seed, "deliver"),
    react: stream(seed, "react"),
    discover: stream(seed, "discover"),
    introduce: stream(seed, "introduce"),
    events: stream(seed, "events"),
    opportunities: stream(seed, "opportunities"),
    trust: stream(seed, "trust"),
  };
}

/**
 * Runs step t (t ≥ 1) and returns the opportunities that ended in it.
 * @param profile - when given, nanoseconds spent in each mechanism are added to
 *   profile[k] (k indexing MECHANISMS); never part of the results
 */
export function step(state: ModelState, params: StepParams, rngs: StepStreams, t: number, profile?: Float64Array): OpportunityRecord[] {
  let mark = profile ? process.hrtime.bigint() : 0n;
  // Charges the time since the last lap to the mechanism that just ran.
  const lap = (name: MechanismName) => {
    if (!profile) return;
    const now = process.hrtime.bigint();
    const k = POSITION[name];
    profile[k] = (profile[k] as number) + Number(now - mark);
    mark = now;
  };
  state.exposure.now = t; // knowledge of detected deception learned in this step is dated t
  const order = permutation(rngs.order, state.n);
  // Reshares made last step are delivered first, then this step's posts.
  const carried = state.next;
  state.next = state.queue;
  state.queue = carried;
  state.next.clear();
  state.tallies.unfollowsThisStep = 0;
  lap("order");
  post(state, params.post, rngs.post, t, order);
  lap("post");
  deliver(state, params.deliver, rngs.deliver);
  lap("deliver");
  react(state, params.react, rngs.react, t, order);
  lap("react");
  discover(state, params.discover, rngs.discover, t, order);
  lap("discover");
  introduce(state, params.introduce, rngs.introduce, t, order);
  lap("introduce");
  events(state, params.events, rngs.events, t, order);
  lap("events");
  const records = opportunities(state, params.opportunities, rngs.opportunities, t);
  lap("opportunities");
  maintain(state, params.maintain, t);
  lap("maintain");
  trust(state, params.trust, rngs.trust, t);
  lap("trust");
  return records;
}
