import { z } from "zod";

/** Optimiser settings of the embedded model. */
export const trainSettingsSchema = z.object({
  /** L2 penalty per update. */
  l2: z.number().min(0).default(1e-5),
  /** AdaGrad base learning rate. */
  learningRate: z.number().positive().default(0.3),
  epochs: z.number().int().min(1).max(200).default(12),
  /** Stop when validation loss has not improved for this many epochs. */
  patience: z.number().int().min(1).default(3),
  /** Features seen in fewer train messages are dropped. */
  minCount: z.number().int().min(1).default(2),
  /** Weight each example by N / (K * n_class) so small intents count as much as big ones. */
  classBalanced: z.boolean().default(true),
  seed: z.number().int().default(42),
  /**
   * Share of an example's features left out at random in each epoch (the rest rescaled), so that no single word
   * carries a class. Chosen by training on the first corpus wave and scoring the later, more indirect wave.
   */
  featureDropout: z.number().min(0).max(0.9).default(0.5),
  /** With out-of-scope training data: the share of in-scope validation messages the default out-of-scope threshold may reject. */
  maxInScopeRejection: z.number().min(0).max(0.5).default(0.01),
  /** Weight of the out-of-scope class in training, relative to one intent (it stands for many kinds of message). */
  outOfScopeWeight: z.number().positive().default(1),
});
export type TrainSettings = z.infer<typeof trainSettingsSchema>;
