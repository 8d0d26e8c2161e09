// Facet titles are never cut: two sweep cells whose labels share a long prefix
// ("regime=dunbar, opportunistic=0.1" / "…=0.5") must not both render as
// "regime=dunbar, opportunist…" (issue 16).
import { describe, expect, it } from "vitest";
import type { BandPoint } from "../../src/plot/aggregate.js";
import { renderSvg } from "../../src/plot/render.js";
import { bandChartSpec } from "../../src/plot/spec-timeseries.js";

const caption = { name: "facets", seed: 1, version: "0.0.0" };
const cells = ["network.regime=dunbar, agents.strategies.opportunistic=0.1", "network.regime=dunbar, agents.strategies.opportunistic=0.5"];

function points(): BandPoint[] {
  return cells.flatMap((panel, k) =>
    [0, 10].map((x) => ({ panel, series: "authentic", x, n: 3, mean: 0.5 + k / 10, ciLow: 0.4, ciHigh: 0.7, note: "" })),
  );
}

/** The lines of text in the SVG: <text> contents and their <tspan> lines. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((m) => m[1] as string);
}

describe("facet headers", () => {
  it("show each cell's parameters in full, one line each, so two cells never read alike", async () => {
    const svg = await renderSvg(bandChartSpec(points(), { title: "t", yTitle: "y", seriesField: "strategy", caption }));
    const t = texts(svg);
    expect(t).toContain("agents.strategies.opportunistic=0.1");
    expect(t).toContain("agents.strategies.opportunistic=0.5");
    expect(t.filter((x) => x === "network.regime=dunbar")).toHaveLength(2);
    expect(t.some((x) => x.endsWith("…"))).toBe(false);
  });
});

describe("interval notes in subtitles", () => {
  it("say when there is no interval (n < 3) and when a band was clipped to the quantity's range", () => {
    const two = points().map((p) => ({ ...p, n: 2, ciLow: null, ciHigh: null, note: "n < 3: no interval" }));
    const a = bandChartSpec(two, { title: "t", yTitle: "y", seriesField: "strategy", caption }) as { title: { subtitle: string[] } };
    expect(a.title.subtitle[1]).toContain("over 2 replicates (no interval: n < 3)");
    const clipped = points().map((p, i) => ({ ...p, note: i === 0 ? "clipped to [0, 1]" : "" }));
    const b = bandChartSpec(clipped, { title: "t", yTitle: "y", seriesField: "strategy", caption }) as { title: { subtitle: string[] } };
    expect(b.title.subtitle[1]).toContain("band clipped to [0, 1]");
  });
});
