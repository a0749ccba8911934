export { type CreateProgressOptions, createProgress, type ProgressStream, silentProgress } from "./create-progress.js";
export type { Progress, ProgressMode } from "./progress.js";
export { type ProgressModeOptions, progressMode } from "./progress-mode.js";
