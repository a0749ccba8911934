import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { saveLinearModel } from "@hotel-intent/model";
import { featurizerSettingsSchema, labelledExampleSchema, OUT_OF_SCOPE, readJsonl, trainSettingsSchema } from "@hotel-intent/shared";
import { z } from "zod";
import { trainLinear } from "../local/train-linear.js";

/** The small three-intent corpus (7 late check-out, 10 luggage, 17 towels) that tests across the workspace train on. */
export const FIXTURE_CORPUS_DIR = fileURLToPath(new URL("../../../datagen/src/__fixtures__/corpus", import.meta.url));

/**
 * Trains a real embedded model on the fixture corpus into a new temporary folder (well under a second) and returns the
 * folder. With `outOfScope`, the fixture's out-of-scope messages are a class of their own, as in the default pipeline.
 */
export async function trainFixtureModel({ outOfScope = false }: { outOfScope?: boolean } = {}): Promise<string> {
  const files = (await readdir(FIXTURE_CORPUS_DIR)).filter((name) => name.endsWith(".jsonl"));
  const examples = (await Promise.all(files.map((name) => readJsonl({ file: join(FIXTURE_CORPUS_DIR, name), schema: labelledExampleSchema })))).flat();
  if (outOfScope) {
    const rejected = await readJsonl({ file: join(FIXTURE_CORPUS_DIR, "out-of-scope", "off-topic.jsonl"), schema: z.object({ text: z.string() }) });
    examples.push(...rejected.map(({ text }) => ({ text, intent: OUT_OF_SCOPE })));
  }
  const { model } = trainLinear({
    train: examples,
    validation: examples.filter((_, index) => index % 3 === 0),
    featurizer: featurizerSettingsSchema.parse({}),
    settings: trainSettingsSchema.parse({ epochs: 10, minCount: 1 }),
  });
  const dir = await mkdtemp(join(tmpdir(), "hotel-intent-model-"));
  await saveLinearModel({ dir, model });
  return dir;
}
