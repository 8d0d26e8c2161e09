/**
 * A one-line progress display on stderr, only when stderr is a terminal and the
 * user did not ask for --quiet. It redraws at most ~10 times a second and shows an
 * ETA from the work done so far. Nothing is printed otherwise, so piped output and
 * CI logs stay clean.
 */
export interface ProgressLine {
  update(done: number, total: number, label: string): void;
  done(): void;
}

export function progressLine(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressLine {
  if (quiet || !stream.isTTY) return { update: () => {}, done: () => {} };
  const start = performance.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total, label) {
      const now = performance.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const elapsed = (now - start) / 1000;
      const eta = done > 0 ? (elapsed * (total - done)) / done : NaN;
      const pct = total > 0 ? Math.floor((100 * done) / total) : 0;
      const text = `${label}  ${pct}%  elapsed ${formatSeconds(elapsed)}  ETA ${Number.isFinite(eta) ? formatSeconds(eta) : "…"}`;
      stream.write(`\r\x1b[2K${text.slice(0, (stream.columns ?? 100) - 1)}`);
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
