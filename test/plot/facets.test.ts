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
