import { z } from "zod";

/** Which feature groups a model uses and how much each weighs (0 turns a group off). Each group is L2-normalised, then scaled. */
export const featurizerSettingsSchema = z.object({
  word: z.number().min(0).default(1),
  bigram: z.number().min(0).default(0.6),
  char: z.number().min(0).default(0.5),
  charMin: z.number().int().min(2).max(6).default(4),
  charMax: z.number().int().min(2).max(8).default(4),
  concept: z.number().min(0).default(1),
  conceptPair: z.number().min(0).default(0),
});
export type FeaturizerSettings = z.infer<typeof featurizerSettingsSchema>;
