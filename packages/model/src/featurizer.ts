import { createFeatureEncoder, createGrowingIds } from "./feature-encoder.js";
import type { FeaturizerSettings } from "@hotel-intent/shared";

export { type FeaturizerSettings, featurizerSettingsSchema } from "@hotel-intent/shared";

/** A message's features by name, for inspection and tests; training and inference use the id-based encoder underneath. */
export interface Features {
  keys: string[];
  values: number[];
}

export interface CreateFeaturizerOptions {
  settings: FeaturizerSettings;
  lexicon: Readonly<Record<string, readonly string[]>>;
}

/** The shared feature definition ({@link createFeatureEncoder}) with feature names instead of ids. */
export function createFeaturizer({ settings, lexicon }: CreateFeaturizerOptions): (text: string) => Features {
  const ids = createGrowingIds();
  const encode = createFeatureEncoder({ settings, lexicon, ids });
  return (text) => {
    const encoded = encode(text);
    return { keys: encoded.ids.map((id) => ids.names[id] as string), values: encoded.values };
  };
}
