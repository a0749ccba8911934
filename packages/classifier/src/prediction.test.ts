import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import { predictionSchema, type Prediction as SchemaPrediction } from "@hotel-intent/shared";
import { describe, expect, expectTypeOf, it } from "vitest";
import { createLocalClassifier } from "./local-classifier.js";
import type { Prediction } from "./prediction.js";

describe("Prediction", () => {
  it("is the same type as the zod schema's Prediction that the stages exchange", () => {
    expectTypeOf<Prediction>().toEqualTypeOf<SchemaPrediction>();
  });

  it("describes what the classifier returns, which the schema accepts", async () => {
    const classifier = await createLocalClassifier({ modelDir: await trainFixtureModel(), topK: 1 });
    const prediction: Prediction = await classifier.classify("can we have two more pillows and fresh towels");
    expect(predictionSchema.parse(prediction)).toEqual(prediction);
    expect(prediction.intent).toBe(17);
    expect(prediction.alternatives).toHaveLength(1);
  });
});
