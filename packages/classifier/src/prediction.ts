/** Another intent the classifier considered, with its probability. */
export interface Alternative {
  /** Intent id, 1 to 40. */
  intent: number;
  /** Probability from 0 to 1; null for a provider that gives no probabilities. */
  confidence: number | null;
}

/**
 * What every classifier returns for one message. Written out here (not inferred from the zod schema in the workspace)
 * so that the published type declarations need no zod; `prediction.test.ts` checks that both stay the same type.
 */
export interface Prediction {
  /** Intent id, 1 to 40; null when the classifier abstains below its confidence threshold. */
  intent: number | null;
  /** The intent's name, e.g. "Request late check-out"; null when the classifier abstains. */
  label: string | null;
  /** Probability of the top intent, from 0 to 1; null for a provider that gives no probabilities. */
  confidence: number | null;
  /** The next most likely intents, best first (all top-k of them when the classifier abstains). */
  alternatives: Alternative[];
}
