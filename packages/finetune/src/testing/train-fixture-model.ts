import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { saveLinearModel } from "@hotel-intent/model";
import { featurizerSettingsSchema, labelledExampleSchema, OUT_OF_SCOPE, readJsonl, trainSettingsSchema } from "@hotel-intent/shared";
import { FIXTURE_CORPUS_DIR } from "@hotel-intent/testing";
import { z } from "zod";
import { trainLinear } from "../local/train-linear.js";

export { FIXTURE_CORPUS_DIR };

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
