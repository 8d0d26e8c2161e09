/**
 * Progress on stderr, unless the user asked for --quiet:
 * - on a terminal, one line redrawn at most ~10 times a second, with an ETA from the
 *   work done so far;
 * - otherwise (a pipe, a batch job's log file), a plain line once a minute after the
 *   first minute, so short runs and CI logs stay clean while an hours-long run in a
 *   Slurm log still says how far it is.
 */
export interface ProgressLine {
  update(done: number, total: number, label: string): void;
  done(): void;
}

export interface ProgressOptions {
  /** Milliseconds now (default performance.now; tests give a clock). */
  readonly now?: () => number;
  /** Interval of the plain lines when stderr is not a terminal (default 60,000 ms). */
  readonly logEveryMs?: number;
}

export function progressLine(quiet: boolean, stream: NodeJS.WriteStream = process.stderr, options: ProgressOptions = {}): ProgressLine {
  if (quiet) return { update: () => {}, done: () => {} };
  const now = options.now ?? (() => performance.now());
  const start = now();
  const text = (t: number, done: number, total: number, label: string) => {
    const elapsed = (t - start) / 1000;
    const eta = done > 0 ? (elapsed * (total - done)) / done : NaN;
    const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
    return `${label}  ${pct}%  elapsed ${formatSeconds(elapsed)}  ETA ${Number.isFinite(eta) ? formatSeconds(eta) : "…"}`;
  };
  if (!stream.isTTY) {
    const every = options.logEveryMs ?? 60_000;
    let last = start;
    return {
      update(done, total, label) {
        const t = now();
        if (t - last < every || done >= total) return;
        last = t;
        stream.write(`progress: ${text(t, done, total, label)}\n`);
      },
      done: () => {},
    };
  }
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total, label) {
      const t = now();
      if (t - lastDraw < 100 && done < total) return;
      lastDraw = t;
      stream.write(`\r\x1b[2K${text(t, done, total, label).slice(0, (stream.columns ?? 100) - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1b[2K");
    },
  };
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(0)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(Math.floor(s % 60)).padStart(2, "0")}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${String(m % 60).padStart(2, "0")}m`;
  // A run of 10^9 steps still shows an ETA, in days or years.
  const d = h / 24;
  return d < 1000 ? `${Math.round(d)}d` : `${Math.round(d / 365).toLocaleString("en-US")}y`;
}
