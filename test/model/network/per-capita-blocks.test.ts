/**
 * The default initial network (docs/MODEL.md Initial network): a stochastic block
 * model with per-capita shape, so that day 0 leaves no size-dependent artefact —
 * degree and block size do not depend on N, and distance grows about as ln N rather
 * than linearly as on the ring of caves it replaces.
 */
import { describe, expect, it } from "vitest";
import { perCapitaBlocks, stochasticBlock } from "../../../src/model/network/stochastic-block.js";
import { generateNetwork } from "../../../src/model/network/generate.js";
import { streamFromKey } from "../../../src/random/streams.js";
import { scenarioSchema } from "../../../src/scenario/schema.js";
import { runOnce } from "../../engine/run-helper.js";

describe("per-capita stochastic block model", () => {
  it("resolves block size and degrees to blocks, pIn and pOut on n nodes", () => {
    expect(perCapitaBlocks(500, { blockSize: 20, degreeIn: 15, degreeOut: 2 })).toEqual({ blocks: 25, pIn: 15 / 19, pOut: 2 / 480 });
    expect(perCapitaBlocks(10, { blockSize: 20, degreeIn: 15, degreeOut: 2 })).toEqual({ blocks: 1, pIn: 1, pOut: 0 });
    // An absolute field replaces its per-capita counterpart (the old form).
    expect(perCapitaBlocks(500, { blocks: 10, pOut: 0.005 })).toEqual({ blocks: 10, pIn: 15 / 49, pOut: 0.005 });
    expect(() => perCapitaBlocks(100, { blockSize: 0 })).toThrow(expect.objectContaining({ name: "ModelError" }));
  });

  it("is the scenario default, with the schema's defaults equal to the generator's", () => {
    const initial = scenarioSchema.parse({}).network.initial;
    expect(initial).toEqual({ generator: "stochastic-block", blockSize: 20, degreeIn: 15, degreeOut: 2 });
  });

  it("mean degree and block size do not depend on N (500 vs 8000 agents)", () => {
    for (const n of [500, 8000]) {
      const { graph, community } = generateNetwork({ generator: "stochastic-block" }, n, streamFromKey(`pc:${n}`));
      const degree = (2 * graph.size) / n;
      expect(degree, `n = ${n}`).toBeGreaterThan(17 * 0.95);
      expect(degree, `n = ${n}`).toBeLessThan(17 * 1.05);
      expect(n / (Math.max(...community) + 1)).toBe(20);
    }
    // The old absolute form's degree grows with N.
    const old = (n: number) => (2 * stochasticBlock(n, { blocks: 10, pIn: 0.1, pOut: 0.005 }, streamFromKey("old")).graph.size) / n;
    expect(old(4000) / old(500)).toBeGreaterThan(6);
  });

  it("day-0 distance on ties grows like ln N, not like N (250 vs 2000 agents)", () => {
    const day0 = (n: number, initial: object) =>
      runOnce(
        { steps: 1, agents: { count: n }, network: { initial: initial as never }, metrics: { layers: ["ties"], separation: { method: "exact", layers: ["ties"] }, search: { enabled: false } } },
        3,
      ).observations[0]?.layers[0]?.separation?.meanDistance as number;
    const sbm = day0(2000, { generator: "stochastic-block" }) / day0(250, { generator: "stochastic-block" });
    expect(sbm).toBeLessThan(1.6); // ln 2000 / ln 250 ≈ 1.38
    const caves = day0(2000, { generator: "connected-caveman", groupSize: 20 }) / day0(250, { generator: "connected-caveman", groupSize: 20 });
    expect(caves).toBeGreaterThan(4); // the ring of caves it replaces
  });
});
