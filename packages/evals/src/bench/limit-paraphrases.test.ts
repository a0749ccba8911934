import { describe, expect, it } from "vitest";
import { limitParaphrases } from "./limit-paraphrases.js";

const row = (origin: string, group?: string, source = "paraphrase") => ({ text: origin, intent: 7, origin, group, source });

describe("limitParaphrases", () => {
  const rows = [
    row("07-late-check-out.jsonl:1", undefined, "corpus"),
    row("vagueintent-train.jsonl:2", "vt:2", "vagueintent-train"),
    row("paraphrases/b.jsonl:10", "vt:2"),
    row("paraphrases/b.jsonl:10", "vt:2", "variant"),
    row("paraphrases/b.jsonl:11", "vt:2"),
    row("paraphrases/a.jsonl:5", "vt:2"),
    row("paraphrases/a.jsonl:6", "vt:2"),
    row("paraphrases/a.jsonl:7", "vt:3"),
  ];

  it("keeps every row that is not a paraphrase, and takes each line's paraphrases by turns from each file", () => {
    expect(limitParaphrases({ rows, perMessage: 0 }).map((r) => r.origin)).toEqual(["07-late-check-out.jsonl:1", "vagueintent-train.jsonl:2"]);
    expect(limitParaphrases({ rows, perMessage: 2 }).map((r) => r.origin)).toEqual([
      "07-late-check-out.jsonl:1",
      "vagueintent-train.jsonl:2",
      "paraphrases/b.jsonl:10",
      "paraphrases/b.jsonl:10",
      "paraphrases/a.jsonl:5",
      "paraphrases/a.jsonl:7",
    ]);
    expect(limitParaphrases({ rows, perMessage: 99 })).toHaveLength(rows.length);
  });
});
