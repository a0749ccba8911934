import { basename } from "node:path";

/** One accuracy the original project (fine-tuning-gpt) published for its 100-message VagueIntent-Eval set. */
export interface ReferenceResult {
  model: string;
  accuracy: number;
}

/** fine-tuning-gpt's published VagueIntent-Eval accuracies: the numbers to beat. */
export const VAGUEINTENT_EVAL_REFERENCES: readonly ReferenceResult[] = [
  { model: "gpt-3.5-turbo", accuracy: 0.08 },
  { model: "gpt-4o-mini", accuracy: 0.26 },
  { model: "gpt-4.1", accuracy: 0.52 },
  { model: "gpt-4o-mini SFT, 200 examples", accuracy: 0.56 },
  { model: "gpt-4o-mini SFT, 400 examples", accuracy: 0.6 },
];

/** True when a report's dataset is VagueIntent-Eval (by file name), where the published numbers were measured. */
export function isVagueIntentEval(dataset: string): boolean {
  return /vagueintent[-_]?eval/i.test(basename(dataset));
}
