/**
 * Atomic file writes: content goes to a temporary name in the same folder and is
 * renamed over the target when complete, so an interrupted run never leaves a half
 * file that looks whole.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

/** Temporary files of this thread not yet committed or aborted. */
const live = new Set<string>();

/** Clean-ups registered by code whose temporaries live elsewhere (e.g. worker threads' part folders). */
const cleanups = new Set<() => void>();

/** Registers a synchronous clean-up for `removeTemporaries`; returns its removal. */
export function onRemoveTemporaries(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/**
 * Removes every temporary file this thread still has open, and runs the registered
 * clean-ups (for an exit that cannot wait for the writers, e.g. a second Ctrl-C).
 * Synchronous, safe to call twice.
 */
export function removeTemporaries(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
  for (const cleanup of cleanups) cleanup();
  cleanups.clear();
}

/** writeSync may write less than asked; loop until every byte is out. */
function writeAll(fd: number, content: string | Uint8Array): void {
  const buf = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

function tempName(target: string): string {
  counter += 1;
  return join(dirname(target), `.netvalue-tmp-${process.pid}-${counter}-${basename(target)}`);
}

/** Writes `content` to `target` atomically, creating the folder if needed. */
export function writeFileAtomic(target: string, content: string | Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = tempName(target);
  try {
    const fd = openSync(tmp, "w");
    try {
      writeAll(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * A file written piece by piece (streamed rows) under a temporary name;
 * `commit()` renames it into place, `abort()` removes it.
 */
export class AtomicFileWriter {
  readonly target: string;
  private readonly tmp: string;
  private fd: number | null;

  constructor(target: string) {
    mkdirSync(dirname(target), { recursive: true });
    this.target = target;
    this.tmp = tempName(target);
    this.fd = openSync(this.tmp, "w");
    live.add(this.tmp);
  }

  write(chunk: string): void {
    if (this.fd === null) throw new Error(`write after close: ${this.target}`);
    writeAll(this.fd, chunk);
  }

  commit(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.tmp, this.target);
    live.delete(this.tmp);
  }

  abort(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    rmSync(this.tmp, { force: true });
    live.delete(this.tmp);
  }
}
