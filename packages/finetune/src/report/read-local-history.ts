import { readJson } from "@hotel-intent/shared";
import { z } from "zod";
import type { TrainingSeries } from "./training-series.js";

const historySchema = z
  .array(
    z.object({
      epoch: z.number().int().min(1),
      trainLoss: z.number(),
      trainAccuracy: z.number().min(0).max(1),
      validationLoss: z.number().nullable(),
      validationAccuracy: z.number().min(0).max(1).nullable(),
    }),
  )
  .min(1, "has no epochs");

/** The local trainer's `history.json` (one record per epoch) as a training series. */
export async function readLocalHistory({ file }: { file: string }): Promise<TrainingSeries> {
  const history = await readJson({ file, schema: historySchema, missingHint: "train the embedded model with `pnpm finetune`" });
  return {
    title: "embedded model (local trainer)",
    unit: "epoch",
    accuracyMeaning: "share of messages classified right",
    source: file,
    points: history.map((record) => ({
      x: record.epoch,
      trainLoss: record.trainLoss,
      trainAccuracy: record.trainAccuracy,
      validationLoss: record.validationLoss,
      validationAccuracy: record.validationAccuracy,
    })),
  };
}
