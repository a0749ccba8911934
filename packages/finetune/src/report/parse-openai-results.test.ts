import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseOpenAIResults } from "./parse-openai-results.js";

const FIXTURE = fileURLToPath(new URL("./__fixtures__/result.csv", import.meta.url));

describe("parseOpenAIResults", () => {
  it("returns one point per step, with null where a step has no validation metrics", async () => {
    const series = parseOpenAIResults({ csv: await readFile(FIXTURE, "utf8"), file: FIXTURE });
    expect(series.unit).toBe("step");
    expect(series.points).toHaveLength(4);
    expect(series.points[0]).toEqual({
      x: 1,
      trainLoss: 3.61245,
      trainAccuracy: 0,
      validationLoss: null,
      validationAccuracy: null,
      fullValidationLoss: null,
      fullValidationAccuracy: null,
    });
    expect(series.points[3]).toEqual({
      x: 4,
      trainLoss: 0.41022,
      trainAccuracy: 0.75,
      validationLoss: 0.52733,
      validationAccuracy: 0.6,
      fullValidationLoss: 0.61004,
      fullValidationAccuracy: 0.58,
    });
  });

  it("returns points from a file without the full_valid columns", () => {
    const csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\r\n1,1.5,0.1,,\r\n2,0.5,0.9,0.7,0.8\r\n";
    const series = parseOpenAIResults({ csv, file: "result.csv" });
    expect(series.points.map((point) => [point.x, point.validationLoss, point.fullValidationLoss])).toEqual([
      [1, null, null],
      [2, 0.7, null],
    ]);
  });

  it("throws naming the file, line and column when a cell is not a number", () => {
    const csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n1,1.5,0.1,,\n2,oops,0.9,,\n";
    expect(() => parseOpenAIResults({ csv, file: "result.csv" })).toThrow("result.csv:3: train_loss: is not a number");
  });

  it("returns the answer's token accuracy from train_mean_token_accuracy when the file names it so", () => {
    const series = parseOpenAIResults({ csv: "step,train_loss,train_mean_token_accuracy\n1,0.9,0.4\n", file: "r.csv" });
    expect(series.points).toEqual([
      { x: 1, trainLoss: 0.9, trainAccuracy: 0.4, validationLoss: null, validationAccuracy: null, fullValidationLoss: null, fullValidationAccuracy: null },
    ]);
  });

  it("returns the same points from the base64 text the API serves", async () => {
    const csv = await readFile(FIXTURE, "utf8");
    expect(parseOpenAIResults({ csv: Buffer.from(csv).toString("base64"), file: FIXTURE }).points).toEqual(parseOpenAIResults({ csv, file: FIXTURE }).points);
  });

  it("throws naming a missing column, or a file without steps", () => {
    expect(() => parseOpenAIResults({ csv: "step,valid_loss\n1,1\n", file: "r.csv" })).toThrow("r.csv:1: train_loss: column is missing");
    expect(() => parseOpenAIResults({ csv: "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n", file: "r.csv" })).toThrow(
      "r.csv: has no steps",
    );
  });
});
