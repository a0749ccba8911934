import { join } from "node:path";
import { saveLinearModel } from "@hotel-intent/model";
import {
  anyLabelledSchema,
  type FeaturizerSettings,
  loadConfig,
  manifestSchema,
  projectPaths,
  readJson,
  readJsonl,
  type TrainSettings,
  writeJson,
} from "@hotel-intent/shared";
import { type Progress, silentProgress } from "@hotel-intent/shared/progress";
import { writeTrainingReport } from "../report/write-training-report.js";
import { isCalibrationRow } from "./calibration-rows.js";
import { type EpochRecord, trainLinear } from "./train-linear.js";

export interface RunLocalFinetuneOptions {
  /** Project folder. @default the workspace root */
  root?: string;
  /** Folder of train.jsonl, validation.jsonl and manifest.json. @default datasets/generated */
  dataDir?: string;
  /** Where the model goes. @default datasets/models/local */
  outDir?: string;
  /** Overrides of the config's finetune.local.train. */
  train?: Partial<TrainSettings>;
  featurizer?: Partial<FeaturizerSettings>;
  onEpoch?: (record: EpochRecord) => void;
  /** Shows training epoch by epoch (training may stop early when validation loss stops improving). @default silentProgress */
  progress?: Progress;
}

export interface RunLocalFinetuneResult {
  outDir: string;
  history: EpochRecord[];
  bestEpoch: number;
  validationAccuracy: number | null;
  features: number;
  seconds: number;
  /** training-report.html beside the model: loss and accuracy per epoch. */
  trainingReport: string;
}

const MISSING = "generate it with `pnpm datagen`";

/** Trains the embedded model on the train split, selecting the epoch and temperature on validation, and saves it. */
export async function runLocalFinetune({
  root,
  dataDir,
  outDir,
  train,
  featurizer,
  onEpoch,
  progress = silentProgress,
}: RunLocalFinetuneOptions = {}): Promise<RunLocalFinetuneResult> {
  const started = performance.now();
  const paths = projectPaths(root);
  const config = (await loadConfig({ file: paths.config })).finetune.local;
  const data = dataDir ?? paths.generated;
  const manifest = await readJson({ file: join(data, "manifest.json"), schema: manifestSchema, missingHint: MISSING });
  const trainRows = await readJsonl({ file: join(data, "train.jsonl"), schema: anyLabelledSchema, missingHint: MISSING });
  const validationRows = await readJsonl({ file: join(data, "validation.jsonl"), schema: anyLabelledSchema, missingHint: MISSING, allowEmpty: true });
  const settings = { ...config.train, ...train };
  const featurizerSettings = { ...config.featurizer, ...featurizer };
  progress.start("finetune epoch", settings.epochs);
  let result: ReturnType<typeof trainLinear>;
  try {
    result = trainLinear({
      train: trainRows,
      validation: validationRows,
      calibrate: isCalibrationRow,
      featurizer: featurizerSettings,
      settings,
      onEpoch: (record) => {
        const accuracy = record.validationAccuracy === null ? "" : `, validation ${(record.validationAccuracy * 100).toFixed(1)}% right`;
        progress.update(record.epoch, `train loss ${record.trainLoss.toFixed(4)}${accuracy}`);
        onEpoch?.(record);
      },
    });
  } finally {
    progress.stop();
  }
  const best = result.history[result.bestEpoch - 1];
  const seconds = (performance.now() - started) / 1000;
  result.model.meta.training = {
    trainedAt: new Date().toISOString(),
    trainSha256: manifest.splits.train.sha256,
    validationSha256: manifest.splits.validation.sha256,
    corpusHash: manifest.corpusHash,
    datasetSeed: manifest.seed,
    settings,
    trainExamples: trainRows.length,
    validationExamples: validationRows.length,
    bestEpoch: result.bestEpoch,
    validationAccuracy: best?.validationAccuracy ?? null,
    validationLoss: best?.validationLoss ?? null,
    seconds,
  };
  const target = outDir ?? paths.localModel;
  await saveLinearModel({ dir: target, model: result.model });
  await writeJson({ file: join(target, "history.json"), value: result.history });
  const trainingReport = (await writeTrainingReport({ dir: target, title: "Training report: embedded model" })) as string;
  return {
    outDir: target,
    history: result.history,
    bestEpoch: result.bestEpoch,
    validationAccuracy: best?.validationAccuracy ?? null,
    features: result.model.meta.features.length,
    seconds,
    trainingReport,
  };
}
