// The progress display: redrawn on a terminal, a plain line a minute in a log, nothing with --quiet.
import { describe, expect, it } from "vitest";
import { formatSeconds, progressLine } from "../../src/cli/progress.js";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, columns: 200, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe("progressLine", () => {
  it("in a log (not a terminal): nothing in the first minute, then one plain line a minute, none at the end", () => {
    let t = 0;
    const { stream, writes } = fakeStream(false);
    const p = progressLine(false, stream, { now: () => t });
    for (t = 0; t < 60_000; t += 5_000) p.update(t / 1000, 150, "size-series-300k");
    expect(writes).toEqual([]);
    t = 60_000;
    p.update(40, 100, "size-series-300k");
    expect(writes).toEqual(["progress: size-series-300k  40%  elapsed 1m00s  ETA 1m30s\n"]);
    t = 90_000;
    p.update(50, 100, "size-series-300k");
    expect(writes.length).toBe(1);
    t = 125_000;
    p.update(80, 100, "size-series-300k");
    expect(writes[1]).toBe("progress: size-series-300k  80%  elapsed 2m05s  ETA 31s\n");
    t = 500_000;
    p.update(100, 100, "size-series-300k");
    p.done();
    expect(writes.length).toBe(2);
  });

  it("on a terminal: one line redrawn in place, cleared when done", () => {
    let t = 1_000;
    const { stream, writes } = fakeStream(true);
    const p = progressLine(false, stream, { now: () => t });
    t = 11_000;
    p.update(1, 4, "quickstart");
    t = 11_050;
    p.update(2, 4, "quickstart"); // within 100 ms of the last draw: skipped
    expect(writes).toEqual(["\r\x1b[2Kquickstart  25%  elapsed 10s  ETA 30s"]);
    p.done();
    expect(writes.at(-1)).toBe("\r\x1b[2K");
  });

  it("--quiet prints nothing anywhere", () => {
    for (const tty of [true, false]) {
      let t = 0;
      const { stream, writes } = fakeStream(tty);
      const p = progressLine(true, stream, { now: () => t });
      t = 3_600_000;
      p.update(1, 2, "x");
      p.done();
      expect(writes).toEqual([]);
    }
  });

  it("formats durations from seconds to years", () => {
    expect([5, 65, 3_700, 200_000, 1e11].map(formatSeconds)).toEqual(["5s", "1m05s", "1h01m", "2d", "3,171y"]);
  });
});
