import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLocalClassifier } from "@hotel-intent/classifier";
import { isCalibrationRow, trainLinear } from "@hotel-intent/finetune";
import { saveLinearModel } from "@hotel-intent/model";
import type { FeaturizerSettings, TrainSettings } from "@hotel-intent/shared";
import { directorySize } from "../directory-size.js";
import type { Contender } from "./contender.js";

/** The product's embedded model, trained exactly as `pnpm finetune` trains it, and run through the runtime package. */
export function createEmbeddedContender({ featurizer, settings }: { featurizer: FeaturizerSettings; settings: TrainSettings }): Contender {
  return {
    name: "hotel-intent embedded",
    async train({ train, validation }) {
      const { model } = trainLinear({ train, validation, calibrate: isCalibrationRow, featurizer, settings });
      const dir = await mkdtemp(join(tmpdir(), "hotel-intent-bench-"));
      await saveLinearModel({ dir, model });
      const classifier = await createLocalClassifier({ modelDir: dir });
      const sizeBytes = await directorySize(dir);
      await rm(dir, { recursive: true, force: true });
      let last = { text: "", confidence: 0 };
      return {
        predict: (text) => {
          const prediction = classifier.classifySync(text);
          last = { text, confidence: prediction.confidence ?? 0 };
          return prediction.intent;
        },
        confidence: (text) => (text === last.text ? last.confidence : (classifier.classifySync(text).confidence ?? 0)),
        sizeBytes,
      };
    },
  };
}
