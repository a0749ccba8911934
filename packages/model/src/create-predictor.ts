import { createFeatureEncoder, createVocabularyIds } from "./feature-encoder.js";
import type { LinearModel } from "./linear-model.js";
import { quantiseRows } from "./model-files.js";

/**
 * The one inference routine: a message in, calibrated class probabilities out (in `meta.classes` order).
 * Shared by training (validation), evals and the runtime package.
 */
export function createPredictor({ model }: { model: LinearModel }): (text: string) => Float64Array {
  const { meta, weights, bias } = model;
  const rows = meta.features.length;
  const encode = createFeatureEncoder({ settings: meta.settings, lexicon: meta.lexicon, ids: createVocabularyIds({ vocabulary: meta.features }), warmWords: meta.words });
  const classes = meta.classes.length;
  const inverseTemperature = 1 / meta.temperature;
  // Weights stay int8 in memory, as they are stored: a feature's row is one 40-byte cache line instead of 160 bytes,
  // and the dot product is bound by memory, not arithmetic. Scores equal those of the saved model exactly.
  const { scales, values: quantised } = model.int8 ?? quantiseRows({ weights, classes });
  return (text) => {
    const { ids, values } = encode(text);
    const logits = new Float64Array(classes);
    for (let c = 0; c < classes; c++) logits[c] = bias[c] as number;
    for (let f = 0; f < ids.length; f++) {
      const row = ids[f] as number;
      if (row >= rows) continue;
      const value = ((values[f] as number) * (scales[row] as number)) / 127;
      const offset = row * classes;
      for (let c = 0; c < classes; c++) logits[c] = (logits[c] as number) + value * (quantised[offset + c] as number);
    }
    return softmax(logits, inverseTemperature);
  };
}

/** In-place softmax of `logits * scale`, numerically stable. */
export function softmax(logits: Float64Array, scale = 1): Float64Array {
  let max = -Infinity;
  for (const logit of logits) if (logit > max) max = logit;
  let sum = 0;
  for (let c = 0; c < logits.length; c++) {
    const value = Math.exp(((logits[c] as number) - max) * scale);
    logits[c] = value;
    sum += value;
  }
  for (let c = 0; c < logits.length; c++) logits[c] = (logits[c] as number) / sum;
  return logits;
}
