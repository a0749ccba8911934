import {
  createFeatureEncoder,
  createGrowingIds,
  type EncodedFeatures,
  LEXICON,
  LINEAR_MODEL_FORMAT,
  type LinearModel,
  normaliseText,
  words,
} from "@hotel-intent/model";
import { createRandom, type FeaturizerSettings, OUT_OF_SCOPE, type TrainSettings } from "@hotel-intent/shared";
import { calibrateOutOfScope } from "./calibrate-out-of-scope.js";
import { fitTemperature } from "./fit-temperature.js";

export interface Example {
  text: string;
  intent: number;
}

export interface EpochRecord {
  epoch: number;
  trainLoss: number;
  trainAccuracy: number;
  validationLoss: number | null;
  validationAccuracy: number | null;
}

export interface TrainLinearOptions {
  train: readonly Example[];
  validation: readonly Example[];
  featurizer: FeaturizerSettings;
  settings: TrainSettings;
  /**
   * Which validation messages the softmax temperature and the out-of-scope threshold are fitted on (the threshold
   * rejects at most `settings.maxInScopeRejection` of their in-scope ones). @default all of them
   */
  calibrate?: (example: Example) => boolean;
  /** Concept lexicon saved into the model. @default the project's LEXICON */
  lexicon?: Readonly<Record<string, readonly string[]>>;
  onEpoch?: (record: EpochRecord) => void;
}

export interface TrainLinearResult {
  model: LinearModel;
  history: EpochRecord[];
  bestEpoch: number;
}

interface Sparse {
  index: Int32Array;
  value: Float32Array;
}

/** Every word that occurs in at least `minCount` training messages, most frequent first: warmed when the model loads. */
function trainingWords(train: readonly Example[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const example of train) for (const word of new Set(words(normaliseText(example.text)))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, count]) => count >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
}

/** A copy of `x` without a random share of its features (the rest rescaled), so no single word can carry a class. */
function dropFeatures(x: Sparse, rate: number, random: () => number): Sparse {
  const index: number[] = [];
  const value: number[] = [];
  for (let f = 0; f < x.index.length; f++) {
    if (random() < rate) continue;
    index.push(x.index[f] as number);
    value.push((x.value[f] as number) / (1 - rate));
  }
  return { index: Int32Array.from(index), value: Float32Array.from(value) };
}

/**
 * Trains a multinomial logistic regression over the shared featurizer's features with AdaGrad,
 * keeps the epoch with the lowest validation loss, then fits a softmax temperature on validation.
 * Deterministic for the same data and seed.
 */
export function trainLinear({
  train,
  validation,
  calibrate = () => true,
  featurizer,
  settings,
  lexicon = LEXICON,
  onEpoch,
}: TrainLinearOptions): TrainLinearResult {
  const names = createGrowingIds();
  const encode = createFeatureEncoder({ settings: featurizer, lexicon, ids: names });
  const classes = [...new Set(train.map((example) => example.intent))].sort((a, b) => a - b);
  const classIndex = new Map(classes.map((intent, c) => [intent, c]));
  const K = classes.length;

  const trainFeatures = train.map((example) => encode(example.text));
  const counts = new Int32Array(names.names.length);
  for (const features of trainFeatures) for (const id of features.ids) counts[id] = (counts[id] as number) + 1;
  const kept = names.names.map((name, id) => [name, id] as const).filter(([, id]) => (counts[id] as number) >= settings.minCount);
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const vocabulary = kept.map(([name]) => name);
  const rowOf = new Int32Array(names.names.length).fill(-1);
  kept.forEach(([, id], row) => {
    rowOf[id] = row;
  });
  const toSparse = (features: EncodedFeatures): Sparse => {
    const index: number[] = [];
    const value: number[] = [];
    features.ids.forEach((id, f) => {
      const row = id < rowOf.length ? (rowOf[id] as number) : -1;
      if (row >= 0) {
        index.push(row);
        value.push(features.values[f] as number);
      }
    });
    return { index: Int32Array.from(index), value: Float32Array.from(value) };
  };
  const X = trainFeatures.map(toSparse);
  const y = train.map((example) => classIndex.get(example.intent) as number);
  const validationX = validation.map((example) => toSparse(encode(example.text)));
  const validationY = validation.map((example) => classIndex.get(example.intent) ?? -1);

  const perClass = new Float64Array(K);
  for (const label of y) perClass[label] = (perClass[label] as number) + 1;
  const classWeight = Float64Array.from(perClass, (n) => (settings.classBalanced && n > 0 ? y.length / (K * n) : 1));
  const outOfScopeClass = classIndex.get(OUT_OF_SCOPE);
  if (outOfScopeClass !== undefined) classWeight[outOfScopeClass] = (classWeight[outOfScopeClass] as number) * settings.outOfScopeWeight;

  const W = new Float32Array(vocabulary.length * K);
  const G = new Float32Array(vocabulary.length * K);
  const b = new Float32Array(K);
  const Gb = new Float32Array(K);
  const scores = new Float64Array(K);

  const logitsOf = (x: Sparse, out: Float64Array, weights = W, bias = b) => {
    for (let c = 0; c < K; c++) out[c] = bias[c] as number;
    for (let f = 0; f < x.index.length; f++) {
      const offset = (x.index[f] as number) * K;
      const v = x.value[f] as number;
      for (let c = 0; c < K; c++) out[c] = (out[c] as number) + v * (weights[offset + c] as number);
    }
  };
  const softmaxInPlace = (out: Float64Array) => {
    let max = -Infinity;
    for (let c = 0; c < K; c++) max = Math.max(max, out[c] as number);
    let sum = 0;
    for (let c = 0; c < K; c++) {
      out[c] = Math.exp((out[c] as number) - max);
      sum += out[c] as number;
    }
    for (let c = 0; c < K; c++) out[c] = (out[c] as number) / sum;
  };
  const evaluate = (xs: readonly Sparse[], ys: readonly number[], weights = W, bias = b) => {
    let loss = 0;
    let correct = 0;
    const out = new Float64Array(K);
    xs.forEach((x, n) => {
      logitsOf(x, out, weights, bias);
      softmaxInPlace(out);
      let best = 0;
      for (let c = 1; c < K; c++) if ((out[c] as number) > (out[best] as number)) best = c;
      const label = ys[n] as number;
      if (best === label) correct++;
      loss -= Math.log(Math.max(label >= 0 ? (out[label] as number) : 1e-12, 1e-12));
    });
    return { loss: loss / Math.max(1, xs.length), accuracy: correct / Math.max(1, xs.length) };
  };

  const random = createRandom({ seed: settings.seed }).next;
  const order = Array.from(y, (_, n) => n);
  const history: EpochRecord[] = [];
  let best = { loss: Infinity, epoch: 0, W: W.slice(), b: b.slice() };
  const { learningRate, l2 } = settings;
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let loss = 0;
    let correct = 0;
    for (const n of order) {
      const full = X[n] as Sparse;
      const x = settings.featureDropout > 0 ? dropFeatures(full, settings.featureDropout, random) : full;
      const label = y[n] as number;
      logitsOf(x, scores);
      softmaxInPlace(scores);
      let top = 0;
      for (let c = 1; c < K; c++) if ((scores[c] as number) > (scores[top] as number)) top = c;
      if (top === label) correct++;
      loss -= Math.log(Math.max(scores[label] as number, 1e-12));
      const weight = classWeight[label] as number;
      for (let c = 0; c < K; c++) {
        const g = weight * ((scores[c] as number) - (c === label ? 1 : 0));
        if (g > -1e-4 && g < 1e-4) continue;
        Gb[c] = (Gb[c] as number) + g * g;
        b[c] = (b[c] as number) - (learningRate * g) / (Math.sqrt(Gb[c] as number) + 1e-8);
        for (let f = 0; f < x.index.length; f++) {
          const at = (x.index[f] as number) * K + c;
          const w = W[at] as number;
          const gw = g * (x.value[f] as number) + l2 * w;
          const acc = (G[at] as number) + gw * gw;
          G[at] = acc;
          W[at] = w - (learningRate * gw) / (Math.sqrt(acc) + 1e-8);
        }
      }
    }
    const checked = validationX.length > 0 ? evaluate(validationX, validationY) : null;
    const record: EpochRecord = {
      epoch,
      trainLoss: loss / Math.max(1, order.length),
      trainAccuracy: correct / Math.max(1, order.length),
      validationLoss: checked?.loss ?? null,
      validationAccuracy: checked?.accuracy ?? null,
    };
    history.push(record);
    onEpoch?.(record);
    const monitored = checked?.loss ?? record.trainLoss;
    if (monitored < best.loss) best = { loss: monitored, epoch, W: W.slice(), b: b.slice() };
    else if (epoch - best.epoch >= settings.patience) break;
  }

  const validationLogits = validationX.map((x) => {
    const out = new Float64Array(K);
    logitsOf(x, out, best.W, best.b);
    return out;
  });
  // The temperature and the out-of-scope threshold are fitted on the calibration messages (by default, all of validation).
  const calibrated = validation.map((example, n) => [example, n] as const).filter(([example]) => calibrate(example));
  const calibrationLogits = calibrated.map(([, n]) => validationLogits[n] as Float64Array);
  const calibrationLabels = calibrated.map(([, n]) => validationY[n] as number);
  const known = calibrationLabels.map((label, n) => [label, n] as const).filter(([label]) => label >= 0);
  const temperature = fitTemperature({ logits: known.map(([, n]) => calibrationLogits[n] as Float64Array), labels: known.map(([label]) => label) });
  const outOfScope = classIndex.get(OUT_OF_SCOPE);
  const outOfScopeThreshold =
    outOfScope === undefined
      ? undefined
      : calibrateOutOfScope({
          logits: calibrationLogits,
          labels: calibrationLabels,
          outOfScope,
          temperature,
          maxInScopeRejection: settings.maxInScopeRejection,
        });
  return {
    model: {
      meta: {
        format: LINEAR_MODEL_FORMAT,
        settings: featurizer,
        lexicon: Object.fromEntries(Object.entries(lexicon).map(([concept, phrases]) => [concept, [...phrases]])),
        classes,
        features: vocabulary,
        words: trainingWords(train, 1),
        temperature,
        ...(outOfScopeThreshold === undefined ? {} : { outOfScopeThreshold }),
        weightsFile: "weights.bin",
        weightsSha256: "",
        training: {},
      },
      weights: best.W,
      bias: best.b,
    },
    history,
    bestEpoch: best.epoch,
  };
}
