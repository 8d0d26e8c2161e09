// `--set path=value` parsing: YAML values, dotted paths, sweep keys.
import { describe, expect, it } from "vitest";
import { parseSetArgument, splitPath } from "../../src/scenario/overrides.js";

const value = (arg: string) => {
  const r = parseSetArgument(arg);
  if (!r.ok) throw new Error(r.issue.message);
  return r.override.value;
};

describe("parseSetArgument", () => {
  it("reads numbers, booleans, strings, lists and mappings as YAML", () => {
    expect(value("steps=30")).toBe(30);
    expect(value("x=0.25")).toBe(0.25);
    expect(value("x=1e3")).toBe(1000);
    expect(value("x=true")).toBe(true);
    expect(value("x=dunbar")).toBe("dunbar");
    expect(value("x='42'")).toBe("42");
    expect(value("x=[5, 15, 50]")).toEqual([5, 15, 50]);
    expect(value("x={generator: watts-strogatz, k: 6}")).toEqual({ generator: "watts-strogatz", k: 6 });
    expect(value("x=a=b")).toBe("a=b");
    expect(value("x=")).toBe("");
  });
  it("labels the override with its source", () => {
    const r = parseSetArgument("network.followCap=1500");
    expect(r.ok && r.override).toEqual({ path: ["network", "followCap"], value: 1500, file: "--set", label: "network.followCap", source: "--set network.followCap=1500" });
  });
  it("rejects arguments without a path", () => {
    for (const arg of ["steps", "=3", "a..b=1", ".a=1"]) {
      const r = parseSetArgument(arg);
      expect(r.ok, arg).toBe(false);
      if (!r.ok) expect(r.issue.file).toBe("--set");
    }
  });
});

describe("splitPath", () => {
  it("splits on dots, except inside a sweep key", () => {
    expect(splitPath("mechanisms.events.every")).toEqual(["mechanisms", "events", "every"]);
    expect(splitPath("sweep.agents.strategies.opportunistic")).toEqual(["sweep", "agents.strategies.opportunistic"]);
    expect(splitPath("sweep")).toEqual(["sweep"]);
  });
});
