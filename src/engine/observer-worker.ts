/**
 * Worker-thread entry of the observer thread (observer-thread.ts): measures each
 * observation input it receives and replies with the observation, in order.
 * Separation runs on this one thread: the main thread is busy stepping the model.
 */
import { workerData } from "node:worker_threads";
import type { ObserverData, ObserverReply } from "./observer-thread.js";
import { measureObservation, type ObservationInput } from "./observe.js";

const { scenario, seed, interests, port, flags } = workerData as ObserverData;

port.on("message", (input: ObservationInput) => {
  let reply: ObserverReply;
  try {
    reply = { observation: measureObservation(input, scenario, seed, interests, { separationThreads: 1 }) };
  } catch (e) {
    reply = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
  Atomics.add(flags, 0, 1);
  Atomics.notify(flags, 0);
});
