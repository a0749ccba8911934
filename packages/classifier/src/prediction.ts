/** Another intent the classifier considered, with its probability. */
export interface Alternative {
  /** Intent id, 1 to 40. */
  intent: number;
  /** Probability from 0 to 1; null for a provider that gives no probabilities. */
  confidence: number | null;
}

/** Why a prediction names no intent. */
export type NoIntentReason =
  /** The message fits none of the intents: small talk, another topic or business, a hotel matter the intents do not cover. */
  | "out_of_scope"
  /** The message is not in English, which the model reads; a person should answer it. */
  | "unsupported_language"
  /** The top intent's confidence is under the `threshold` the classifier was given. */
  | "low_confidence";

/** A prediction that names an intent. */
export interface IntentPrediction {
  /** Intent id, 1 to 40. */
  intent: number;
  /** The intent's name, e.g. "Request late check-out". */
  label: string;
  /** Probability of the intent, from 0 to 1; null for a provider that gives no probabilities. */
  confidence: number | null;
  /** The next most likely intents, best first. */
  alternatives: Alternative[];
}

/** A prediction that names no intent, and says why. */
export interface NoIntentPrediction {
  intent: null;
  label: null;
  reason: NoIntentReason;
  /**
   * For `out_of_scope`: the probability that the message fits none of the intents. For `low_confidence`: the top
   * intent's probability. For `unsupported_language`: null. Null too for a provider that gives no probabilities.
   */
  confidence: number | null;
  /** The most likely intents, best first, so that a chatbot can still ask "did you mean ...?". */
  alternatives: Alternative[];
}

/**
 * What every classifier returns for one message: check `intent` (or `reason`) to tell the two apart. Written out here
 * (not inferred from the zod schema in the workspace) so that the published type declarations need no zod;
 * `prediction.test.ts` checks that both stay the same type.
 */
export type Prediction = IntentPrediction | NoIntentPrediction;
