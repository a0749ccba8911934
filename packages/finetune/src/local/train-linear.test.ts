import { createPredictor } from "@hotel-intent/model";
import { featurizerSettingsSchema, trainSettingsSchema } from "@hotel-intent/shared";
import { describe, expect, it } from "vitest";
import { trainLinear } from "./train-linear.js";

const lexicon = { DEPARTURE: ["flight", "leave", "airport"], BAGGAGE: ["bags", "suitcase", "luggage"], TOWEL: ["towel", "towels"] };
const templates: Record<number, string[]> = {
  7: [
    "our flight is at {t}, can we stay in the room longer",
    "we leave for the airport at {t}, any chance to keep the room",
    "could we hold the room until {t} before our flight",
  ],
  10: ["can someone carry our bags at {t}", "where can we leave the suitcase until {t}", "help with luggage please around {t}"],
  17: ["could we get more towels by {t}", "we ran out of towels, bring some at {t}", "two extra towel please before {t}"],
};
const times = ["noon", "six", "nine", "ten", "two", "five", "four", "eight"];
const examples = Object.entries(templates).flatMap(([intent, texts]) =>
  texts.flatMap((text) => times.map((t) => ({ text: text.replace("{t}", t), intent: Number(intent) }))),
);

describe("trainLinear", () => {
  const options = {
    train: examples.filter((_, n) => n % 4 !== 0),
    validation: examples.filter((_, n) => n % 4 === 0),
    featurizer: featurizerSettingsSchema.parse({}),
    settings: trainSettingsSchema.parse({ epochs: 8, minCount: 1 }),
    lexicon,
  };

  it("learns separable intents and predicts held-out messages", () => {
    const { model, history } = trainLinear(options);
    expect(model.meta.classes).toEqual([7, 10, 17]);
    expect(history.at(-1)?.validationAccuracy).toBe(1);
    const predict = createPredictor({ model });
    const probabilities = predict("the airport shuttle is at 3, may we keep our room till then");
    expect(model.meta.classes[probabilities.indexOf(Math.max(...probabilities))]).toBe(7);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 10);
  });

  it("gives identical weights for the same seed", () => {
    const a = trainLinear(options).model.weights;
    const b = trainLinear(options).model.weights;
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
  });

  it("fits a positive temperature and keeps the lowest-loss epoch", () => {
    const { model, history, bestEpoch } = trainLinear(options);
    expect(model.meta.temperature).toBeGreaterThan(0);
    const losses = history.map((record) => record.validationLoss as number);
    expect(losses[bestEpoch - 1]).toBe(Math.min(...losses));
  });
});
