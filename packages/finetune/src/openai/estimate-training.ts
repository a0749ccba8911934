import { type ModelPrice, trainingCost } from "@hotel-intent/shared/openai";

/** Epochs assumed for an estimate when n_epochs is "auto" (OpenAI's usual choice for a dataset of this size). */
export const AUTO_EPOCHS_ESTIMATE = 3;

export interface TrainingEstimate {
  tokensPerEpoch: number;
  examples: number;
  epochs: number;
  /** True when n_epochs is "auto" and `epochs` is an assumption. */
  epochsAssumed: boolean;
  /** Tokens × epochs: what OpenAI bills (validation tokens are not billed). */
  billedTokens: number;
  /** Null when the model has no training price. */
  dollars: number | null;
  model: string;
}

export interface EstimateTrainingOptions {
  /** Tokens of the training file (o200k, chat overhead included). */
  tokensPerEpoch: number;
  examples: number;
  model: string;
  nEpochs: number | "auto";
  prices: Record<string, ModelPrice>;
}

/** The estimated cost of a supervised job: training tokens × epochs × the model's training price per token. */
export function estimateTraining({ tokensPerEpoch, examples, model, nEpochs, prices }: EstimateTrainingOptions): TrainingEstimate {
  const epochs = nEpochs === "auto" ? AUTO_EPOCHS_ESTIMATE : nEpochs;
  const billedTokens = tokensPerEpoch * epochs;
  return {
    tokensPerEpoch,
    examples,
    epochs,
    epochsAssumed: nEpochs === "auto",
    billedTokens,
    dollars: trainingCost({ model, tokens: billedTokens, prices }),
    model,
  };
}
