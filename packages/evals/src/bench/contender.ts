import type { Example } from "@hotel-intent/finetune";

/** A trained classifier under benchmark: predicts one intent per message, synchronously or not. */
export interface Trained {
  predict(text: string): number | null | Promise<number | null>;
  /** Confidence of the predicted intent for `text`, when the classifier has calibrated probabilities. */
  confidence?(text: string): number;
  sizeBytes: number;
  /** For tools that only answer whole files: classify all of these at once before any `predict`. Latency is then the batch time per message. */
  prime?(texts: readonly string[]): Promise<void>;
}

/** A classifier the benchmark can train on the project's data. */
export interface Contender {
  name: string;
  /** Why it was not run (e.g. a missing command-line tool); absent when it can run. */
  unavailable?: string;
  train(options: { train: readonly Example[]; validation: readonly Example[] }): Promise<Trained>;
}
