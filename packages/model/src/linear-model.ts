import { z } from "zod";
import { featurizerSettingsSchema } from "@hotel-intent/shared";

export const LINEAR_MODEL_FORMAT = "hotel-intent-linear@2";

/** `model.json` of an embedded model; the weights live beside it in the file `weightsFile` names. */
export const linearModelMetaSchema = z.object({
  format: z.literal(LINEAR_MODEL_FORMAT),
  settings: featurizerSettingsSchema,
  lexicon: z.record(z.string(), z.array(z.string())),
  /** Intent id of each output, in weight-column order; 0 is "none of the intents" (out of scope). */
  classes: z.array(z.number().int().min(0).max(40)).min(2),
  /** Feature name of each weight row. */
  features: z.array(z.string()),
  /** Words seen in training, featurised when the model loads so that first messages are as fast as later ones. */
  words: z.array(z.string()).default([]),
  /** Softmax temperature fitted on the validation split. */
  temperature: z.number().positive(),
  /**
   * With an out-of-scope class: a message whose out-of-scope probability is at or above this is rejected. Calibrated on
   * validation so that at most 1% of in-scope messages are rejected.
   */
  outOfScopeThreshold: z.number().min(0).max(1).optional(),
  weightsFile: z.string(),
  weightsSha256: z.string(),
  training: z.record(z.string(), z.unknown()),
});
export type LinearModelMeta = z.infer<typeof linearModelMetaSchema>;

export interface LinearModel {
  meta: LinearModelMeta;
  /** Row-major `features.length x classes.length`. */
  weights: Float32Array;
  bias: Float32Array;
  /** The int8 rows as stored in weights.bin, when the model was loaded from disk, so the predictor need not quantise again. */
  int8?: Int8Rows;
}

/** Per row: its largest absolute weight, and the row's weights as int8 fractions of it (`w = value * scale / 127`). */
export interface Int8Rows {
  scales: Float32Array;
  values: Int8Array;
}
