/** One point of a training run: after an epoch (local trainer) or a step (OpenAI). Missing values are null. */
export interface TrainingPoint {
  x: number;
  trainLoss: number | null;
  trainAccuracy: number | null;
  validationLoss: number | null;
  validationAccuracy: number | null;
  /** OpenAI only: loss and token accuracy on the whole validation file, reported at the end of each epoch. */
  fullValidationLoss?: number | null;
  fullValidationAccuracy?: number | null;
}

/** The history of one training run, from whichever provider trained it. */
export interface TrainingSeries {
  /** Heading, e.g. "embedded model (local)". */
  title: string;
  /** What the x axis counts. */
  unit: "epoch" | "step";
  /** What "accuracy" means here, e.g. "classification accuracy" or "token accuracy". */
  accuracyMeaning: string;
  /** The file the points came from. */
  source: string;
  points: TrainingPoint[];
}
