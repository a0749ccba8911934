import { INTENTS, OUT_OF_SCOPE } from "@hotel-intent/shared";

export interface ScoredItem {
  text: string;
  /** Gold intent; 0 for a message that fits none of the intents. */
  intent: number;
  /** Predicted intent, or null when the classifier abstained or failed. */
  predicted: number | null;
  /** Confidence of the predicted intent, when the classifier gives one. */
  confidence: number | null;
  error?: string | undefined;
  /** How long classifying this message took, in microseconds, when the run timed each message. */
  microseconds?: number | undefined;
  /** Why no intent was predicted (out_of_scope, unsupported_language, low_confidence). */
  reason?: string | undefined;
  /** Out-of-scope messages: their kind (small-talk, other-business, ...). */
  group?: string | undefined;
  /** The embedded model's probability that the message fits none of the intents, for threshold curves. */
  outOfScopeScore?: number | null | undefined;
}

export interface IntentScores {
  intent: number;
  name: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ConfusedPair {
  intent: number;
  predicted: number;
  count: number;
  examples: string[];
}

export interface Metrics {
  count: number;
  correct: number;
  errors: number;
  accuracy: number;
  macroF1: number;
  perIntent: IntentScores[];
  /** `confusion[gold - 1][predicted - 1]`; abstentions and errors are not in it. */
  confusion: number[][];
  mostConfused: ConfusedPair[];
  /** Expected calibration error over 10 equal-width confidence bins; null without confidences. */
  ece: number | null;
}

/**
 * Accuracy, macro-F1 over the intents present in the gold labels, per-intent scores, confusion matrix, most-confused
 * pairs, and calibration, over the in-scope messages (a rejected one counts as wrong). Out-of-scope messages (gold 0)
 * are measured apart, by {@link computeOutOfScope}.
 */
export function computeMetrics({
  items: all,
  examplesPerPair = 3,
  pairs = 10,
}: {
  items: readonly ScoredItem[];
  examplesPerPair?: number;
  pairs?: number;
}): Metrics {
  const items = all.filter((item) => item.intent !== OUT_OF_SCOPE);
  const confusion = INTENTS.map(() => INTENTS.map(() => 0));
  let correct = 0;
  let errors = 0;
  const confusedExamples = new Map<string, string[]>();
  for (const item of items) {
    if (item.error !== undefined) errors++;
    if (item.predicted === item.intent) correct++;
    if (item.predicted === null) continue;
    const row = confusion[item.intent - 1] as number[];
    row[item.predicted - 1] = (row[item.predicted - 1] as number) + 1;
    if (item.predicted !== item.intent) {
      const key = `${item.intent}>${item.predicted}`;
      const list = confusedExamples.get(key) ?? [];
      if (list.length < examplesPerPair) list.push(item.text);
      confusedExamples.set(key, list);
    }
  }
  const present = new Set(items.map((item) => item.intent));
  const perIntent: IntentScores[] = INTENTS.filter((intent) => present.has(intent.id)).map((intent) => {
    const row = confusion[intent.id - 1] as number[];
    const truePositive = row[intent.id - 1] as number;
    const support = items.filter((item) => item.intent === intent.id).length;
    const predicted = confusion.reduce((sum, other) => sum + (other[intent.id - 1] as number), 0);
    const precision = predicted === 0 ? 0 : truePositive / predicted;
    const recall = support === 0 ? 0 : truePositive / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { intent: intent.id, name: intent.name, precision, recall, f1, support };
  });
  const mostConfused: ConfusedPair[] = [];
  for (const [gold, row] of confusion.entries()) {
    for (const [predicted, count] of row.entries()) {
      if (gold === predicted || count === 0) continue;
      mostConfused.push({ intent: gold + 1, predicted: predicted + 1, count, examples: confusedExamples.get(`${gold + 1}>${predicted + 1}`) ?? [] });
    }
  }
  mostConfused.sort((a, b) => b.count - a.count || a.intent - b.intent || a.predicted - b.predicted);
  return {
    count: items.length,
    correct,
    errors,
    accuracy: items.length === 0 ? 0 : correct / items.length,
    macroF1: perIntent.length === 0 ? 0 : perIntent.reduce((sum, scores) => sum + scores.f1, 0) / perIntent.length,
    perIntent,
    confusion,
    mostConfused: mostConfused.slice(0, pairs),
    ece: expectedCalibrationError(items),
  };
}

/** Expected calibration error: the gap between confidence and accuracy, averaged over 10 bins weighted by their size. */
export function expectedCalibrationError(items: readonly ScoredItem[], bins = 10): number | null {
  const rated = items.filter((item) => item.confidence !== null && item.predicted !== null);
  if (rated.length === 0) return null;
  const confidence = new Float64Array(bins);
  const accuracy = new Float64Array(bins);
  const count = new Float64Array(bins);
  for (const item of rated) {
    const bin = Math.min(bins - 1, Math.floor((item.confidence as number) * bins));
    confidence[bin] = (confidence[bin] as number) + (item.confidence as number);
    accuracy[bin] = (accuracy[bin] as number) + (item.predicted === item.intent ? 1 : 0);
    count[bin] = (count[bin] as number) + 1;
  }
  let ece = 0;
  for (let bin = 0; bin < bins; bin++) {
    if (count[bin] === 0) continue;
    ece += Math.abs((accuracy[bin] as number) - (confidence[bin] as number));
  }
  return ece / rated.length;
}
