import { describe, expect, it } from "vitest";
import { createPredictor, softmax } from "./create-predictor.js";
import { createFeaturizer } from "./featurizer.js";
import { featurizerSettingsSchema } from "@hotel-intent/shared";
import { LINEAR_MODEL_FORMAT, type LinearModel } from "./linear-model.js";
import { decodeWeights, encodeWeights } from "./model-files.js";

const settings = featurizerSettingsSchema.parse({});
const lexicon = { DEPARTURE: ["flight", "leave"], BAGGAGE: ["bags", "luggage"] };
const features = ["b|our_flight", "c|<fl", "c|ght>", "k|BAGGAGE", "k|DEPARTURE", "p|BAGGAGE+DEPARTURE", "w|bag", "w|flight", "w|late"];

function model(): LinearModel {
  const classes = [7, 10, 17];
  const weights = Float32Array.from({ length: features.length * classes.length }, (_, i) => Math.sin(i * 1.7) * 2);
  return {
    meta: { format: LINEAR_MODEL_FORMAT, settings, lexicon, classes, features, words: ["flight"], temperature: 1.5, weightsFile: "weights.bin", weightsSha256: "", training: {} },
    weights,
    bias: Float32Array.from([0.1, -0.2, 0.05]),
  };
}

describe("createPredictor", () => {
  it("scores what the named featurizer gives with the saved (int8) weights, counting unknown features in each group's normalisation", () => {
    const predict = createPredictor({ model: model() });
    const featurize = createFeaturizer({ settings, lexicon });
    const saved = decodeWeights({ bytes: encodeWeights({ weights: model().weights, bias: model().bias, classes: 3 }), rows: features.length, classes: 3 }).weights;
    for (const text of ["Our flight is late, where can we leave the bags?", "luggage", "nothing known here at all", "our flight our flight"]) {
      const named = featurize(text);
      const logits = Float64Array.from([0.1, -0.2, 0.05].map((b) => Math.fround(b)));
      named.keys.forEach((key, f) => {
        const row = features.indexOf(key);
        if (row < 0) return;
        for (let c = 0; c < 3; c++) logits[c] = (logits[c] as number) + (named.values[f] as number) * (saved[row * 3 + c] as number);
      });
      const expected = softmax(logits, 1 / 1.5);
      const actual = predict(text);
      for (let c = 0; c < 3; c++) expect(actual[c]).toBeCloseTo(expected[c] as number, 7);
    }
  });

  it("gives the same answer the second time a message is seen", () => {
    const predict = createPredictor({ model: model() });
    const first = Array.from(predict("our flight leaves late, bags?"));
    expect(Array.from(predict("our flight leaves late, bags?"))).toEqual(first);
  });
});

describe("createFeaturizer", () => {
  it("L2-normalises each group and scales it by its weight", () => {
    const { keys, values } = createFeaturizer({ settings: { ...settings, char: 0, bigram: 0, conceptPair: 0 }, lexicon })("flight flight bags");
    expect(keys).toEqual(["w|flight", "w|bag", "k|BAGGAGE", "k|DEPARTURE"]);
    expect(values.slice(0, 2).map((v) => v * v).reduce((a, b) => a + b)).toBeCloseTo(1);
    expect(values[2]).toBeCloseTo(Math.SQRT1_2);
  });
});
