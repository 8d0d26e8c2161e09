// Edit distance and "did you mean" thresholds.
import { describe, expect, it } from "vitest";
import { closest, didYouMean, editDistance } from "../../src/scenario/suggest.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and transpositions", () => {
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("every", "evry")).toBe(1);
    expect(editDistance("every", "evrey")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});

describe("closest", () => {
  const keys = ["every", "count", "minSimilarity", "meetings"];
  it("suggests plausible typos only", () => {
    expect(closest("evry", keys)).toBe("every");
    expect(closest("COUNT", keys)).toBe("count");
    expect(closest("minsimilarty", keys)).toBe("minSimilarity");
    expect(closest("xyz", keys)).toBeUndefined();
    expect(closest("every", keys)).toBeUndefined();
  });
  it("suggests the full name for a distinctive fragment", () => {
    expect(closest("caveman", ["connected-caveman", "watts-strogatz"])).toBe("connected-caveman");
  });
  it("formats the hint", () => {
    expect(didYouMean("evry", keys)).toBe("; did you mean 'every'?");
    expect(didYouMean("zzz", keys)).toBe("");
  });
});
