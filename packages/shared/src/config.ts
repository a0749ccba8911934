import { existsSync } from "node:fs";
import { z } from "zod";
import { featurizerSettingsSchema } from "./featurizer-settings.js";
import { readJson } from "./jsonl.js";
import { openaiConfigSchema } from "./openai/openai-config.js";
import { trainSettingsSchema } from "./train-settings.js";

/** `hotel-intent.config.json` at the project root. Every field is optional; defaults are below. */
export const configSchema = z.object({
  datagen: z
    .object({
      /** Seed of every random choice the offline generator makes. */
      seed: z.number().int().default(42),
      /** Share of corpus messages held out for validation and for test. */
      validationShare: z.number().min(0).max(0.5).default(0.1),
      testShare: z.number().min(0).max(0.5).default(0.15),
      /** Share of VagueIntent-Train lines (with their paraphrases) held out as vague-dev, on which settings are chosen. */
      vagueDevShare: z.number().min(0).max(0.5).default(0.2),
      /** Rewordings (opener, closer, casing) made of each train message. */
      variantsPerMessage: z.number().int().min(0).max(10).default(2),
      /** New train messages composed from fragments, per intent. */
      composedPerIntent: z.number().int().min(0).max(5000).default(300),
    })
    .prefault({}),
  finetune: z
    .object({
      /** The embedded model: which features, and how it is optimised. */
      local: z
        .object({
          featurizer: featurizerSettingsSchema.prefault({}),
          train: trainSettingsSchema.prefault({}),
        })
        .prefault({}),
    })
    .prefault({}),
  classifier: z
    .object({
      /** The classifier stage refuses to bundle a model whose test-split accuracy is lower. */
      minAccuracy: z.number().min(0).max(1).default(0.5),
    })
    .prefault({}),
  /** The `--provider openai` path of every stage. Nothing here is used unless a command is asked for the openai provider. */
  openai: openaiConfigSchema.prefault({}),
});

export type Config = z.infer<typeof configSchema>;

/** Reads the config file when it exists, else the defaults. */
export async function loadConfig({ file }: { file: string }): Promise<Config> {
  if (!existsSync(file)) return configSchema.parse({});
  return readJson({ file, schema: configSchema });
}
