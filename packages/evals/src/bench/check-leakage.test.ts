import { describe, expect, it } from "vitest";
import { checkLeakage } from "./check-leakage.js";

describe("checkLeakage", () => {
  it("returns every text within 0.7 trigram Jaccard of a benchmark message, with the message it matches", () => {
    const leaks = checkLeakage({
      texts: [
        { text: "Is there any way we could keep the room until four?", origin: "a:1" },
        { text: "Where do I leave the car overnight?", origin: "a:2" },
      ],
      benchmark: ["Is there any way we could keep our room until four?", "Can I get more towels?"],
    });
    expect(leaks.map((leak) => leak.origin)).toEqual(["a:1"]);
    expect(leaks[0]?.benchmark).toBe("Is there any way we could keep our room until four?");
    expect(leaks[0]?.similarity).toBeGreaterThanOrEqual(0.7);
  });
});
