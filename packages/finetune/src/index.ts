export { type RunLocalFinetuneOptions, type RunLocalFinetuneResult, runLocalFinetune } from "./local/run-local-finetune.js";
export { type EpochRecord, type Example, type TrainLinearOptions, type TrainLinearResult, trainLinear } from "./local/train-linear.js";
