import { createFeaturizer } from "./featurizer.js";
import type { LinearModel } from "./linear-model.js";

export interface Scored {
  /** Index into `meta.classes`, best first. */
  probabilities: Float64Array;
}

/**
 * The one inference routine: a message in, calibrated class probabilities out (in `meta.classes` order).
 * Shared by training (validation), evals and the runtime package.
 */
export function createPredictor({ model }: { model: LinearModel }): (text: string) => Float64Array {
  const { meta, weights, bias } = model;
  const featurize = createFeaturizer({ settings: meta.settings, lexicon: meta.lexicon });
  const index = new Map(meta.features.map((feature, row) => [feature, row]));
  const classes = meta.classes.length;
  const inverseTemperature = 1 / meta.temperature;
  return (text) => {
    const features = featurize(text);
    const logits = new Float64Array(classes);
    for (let c = 0; c < classes; c++) logits[c] = bias[c] as number;
    for (let f = 0; f < features.keys.length; f++) {
      const row = index.get(features.keys[f] as string);
      if (row === undefined) continue;
      const value = features.values[f] as number;
      const offset = row * classes;
      for (let c = 0; c < classes; c++) logits[c] = (logits[c] as number) + value * (weights[offset + c] as number);
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
