import { describe, expect, it } from "vitest";
import { trainingChartSpec } from "./training-chart.js";

describe("trainingChartSpec", () => {
  it("returns one row per measured value, leaving out what was not measured, and colours only the splits present", () => {
    const spec = trainingChartSpec({
      series: {
        title: "t",
        unit: "epoch",
        accuracyMeaning: "share",
        source: "history.json",
        points: [
          { x: 1, trainLoss: 0.5, trainAccuracy: 0.8, validationLoss: null, validationAccuracy: null },
          { x: 2, trainLoss: 0.25, trainAccuracy: 0.9, validationLoss: 0.4, validationAccuracy: 0.85 },
        ],
      },
    });
    expect((spec.data as { values: unknown[] }).values).toEqual([
      { x: 1, metric: "loss", split: "train", value: 0.5 },
      { x: 1, metric: "accuracy", split: "train", value: 0.8 },
      { x: 2, metric: "loss", split: "train", value: 0.25 },
      { x: 2, metric: "loss", split: "validation", value: 0.4 },
      { x: 2, metric: "accuracy", split: "train", value: 0.9 },
      { x: 2, metric: "accuracy", split: "validation", value: 0.85 },
    ]);
    const layer = (spec as { spec: { layer: { encoding: { color: { scale: { domain: string[] } } } }[] } }).spec.layer[0];
    expect(layer?.encoding.color.scale.domain).toEqual(["train", "validation"]);
  });
});
