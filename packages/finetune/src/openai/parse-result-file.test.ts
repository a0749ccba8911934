import { describe, expect, it } from "vitest";
import { lastValue, parseResultFile } from "./parse-result-file.js";

const CSV = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n1,2.5,0.4,,\n2,1.25,0.6,1.5,0.55\n3,0.75,0.8,,\n";

describe("parseResultFile", () => {
  it("decodes the base64 CSV the API serves, with empty cells as null", () => {
    const rows = parseResultFile({ content: Buffer.from(CSV).toString("base64"), name: "file-1" });
    expect(rows).toEqual([
      { step: 1, train_loss: 2.5, train_accuracy: 0.4, valid_loss: null, valid_mean_token_accuracy: null },
      { step: 2, train_loss: 1.25, train_accuracy: 0.6, valid_loss: 1.5, valid_mean_token_accuracy: 0.55 },
      { step: 3, train_loss: 0.75, train_accuracy: 0.8, valid_loss: null, valid_mean_token_accuracy: null },
    ]);
    expect(lastValue(rows, "valid_loss")).toEqual({ step: 2, value: 1.5 });
    expect(lastValue(rows, "train_loss")).toEqual({ step: 3, value: 0.75 });
    expect(lastValue(rows, "full_valid_loss")).toBeNull();
  });

  it("reads plain CSV too, and names the line and column of a bad cell", () => {
    expect(parseResultFile({ content: CSV, name: "f" })).toHaveLength(3);
    expect(() => parseResultFile({ content: "step,train_loss\n1,abc\n", name: "file-9" })).toThrow('file-9:2: train_loss: is not a number: "abc"');
  });
});
