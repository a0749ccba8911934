import { describe, expect, it } from "vitest";
import { prepareSources } from "./prepare-sources.js";

const message = (text: string, intent: number, origin: string) => ({ text, intent, origin });

describe("prepareSources", () => {
  it("drops exact and near duplicates, keeping the first, and records conflicting labels", () => {
    const result = prepareSources({
      messages: [
        message("Our flight home is not until nine tonight, any chance we can keep the room?", 7, "a:1"),
        message("our flight home is NOT until nine tonight - any chance we can keep the room", 7, "a:2"),
        message("Our flight home is not until nine tonight, any chance we can keep the rooms?", 10, "b:1"),
        message("Where would I leave the car overnight?", 33, "c:1"),
      ],
      excludeTexts: [],
    });
    expect(result.kept.map((m) => m.origin)).toEqual(["a:1", "c:1"]);
    expect(result.duplicates).toBe(1);
    expect(result.nearDuplicates).toBe(1);
    expect(result.conflicts).toEqual([{ origin: "b:1", other: "a:1" }]);
  });

  it("refuses messages within 0.7 trigram Jaccard of a benchmark text", () => {
    const result = prepareSources({
      messages: [message("Could we possibly hold on to the room a bit past noon?", 7, "a:1"), message("Is there a hair dryer?", 20, "a:2")],
      excludeTexts: ["Could we possibly hold on to our room a bit past noon?"],
    });
    expect(result.kept.map((m) => m.origin)).toEqual(["a:2"]);
    expect(result.benchmarkMatches).toHaveLength(1);
    expect(result.benchmarkMatches[0]?.similarity).toBeGreaterThanOrEqual(0.7);
  });
});
