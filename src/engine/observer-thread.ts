/**
 * Observations measured on a second thread while the model steps on (`threads: 2`):
 * at an observation step the main thread takes the observation's input
 * (observe.ts: the outcome rows and fresh copies of the layer graphs and tie
 * strengths), hands it to the observer thread and goes on stepping; the observer
 * measures it (structure, separation, search, Dunbar layers) and sends the
 * observation back. At most one observation is in flight: the next one, or the end
 * of the replicate, first waits for it, so observations come back in step order and
 * at most one extra set of layer graphs is alive.
 *
 * The observer runs the same `measureObservation` on the same input with the same
 * random streams, so a replicate's observations — and every output file — are
 * identical with one thread or two (tested). The calls block (Atomics.wait and
 * receiveMessageOnPort), so a replicate stays a synchronous loop. Needs the compiled
 * worker file; from TypeScript sources (a test runner) observations stay on the
 * calling thread.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { ModelError } from "../errors.js";
import type { Interests } from "../model/interests.js";
import type { Observation } from "../observation.js";
import type { Scenario } from "../scenario/types.js";
import type { ObservationInput } from "./observe.js";

const WORKER = new URL("./observer-worker.js", import.meta.url);

/** Whether the compiled observer worker is available (false when running TypeScript sources). */
export function observerThreadAvailable(): boolean {
  return WORKER.protocol === "file:" && existsSync(fileURLToPath(WORKER));
}

/** What the observer worker receives once (workerData). */
export interface ObserverData {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly interests: Interests;
  readonly port: MessagePort;
  /** flags[0]: observations answered so far (the worker adds 1 and notifies after each reply). */
  readonly flags: Int32Array;
}

/** The observer worker's reply to one input. */
export type ObserverReply = { readonly observation: Observation } | { readonly error: string };

export class ObserverThread {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flags = new Int32Array(new SharedArrayBuffer(4));
  private sent = 0;
  private received = 0;

  constructor(scenario: Scenario, seed: number, interests: Interests) {
    const { port1, port2 } = new MessageChannel();
    const data: ObserverData = { scenario, seed, interests, port: port2, flags: this.flags };
    this.worker = new Worker(WORKER, { workerData: data, transferList: [port2] });
    this.worker.unref();
    this.port = port1;
  }

  /** Observations handed over and not yet taken back. */
  get pending(): number {
    return this.sent - this.received;
  }

  /** Hands an input to the observer; its buffers are moved (transferred), not copied. */
  submit(input: ObservationInput): void {
    const buffers = new Set<ArrayBuffer>();
    const add = (a: { buffer: ArrayBufferLike }) => {
      if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
    };
    for (const { csr } of input.layers) {
      add(csr.offsets);
      add(csr.neighbors);
    }
    if (input.social) {
      add(input.social.offsets);
      add(input.social.neighbors);
    }
    add(input.strengthOffsets);
    add(input.strengths);
    this.port.postMessage(input, [...buffers]);
    this.sent++;
  }

  /**
   * The oldest observation handed over, waiting for it if needed.
   * @throws ModelError when nothing is pending or the observer failed
   */
  next(): Observation {
    if (this.pending === 0) throw new ModelError("observer thread: no observation pending");
    for (;;) {
      const message = receiveMessageOnPort(this.port);
      if (message) {
        this.received++;
        const reply = message.message as ObserverReply;
        if ("error" in reply) throw new ModelError(`observer thread failed: ${reply.error}`);
        return reply.observation;
      }
      // The worker posts its reply, then counts it: wait until it has counted this one.
      Atomics.wait(this.flags, 0, this.received, 1000);
    }
  }

  /** Stops the observer (whatever it is doing). */
  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
