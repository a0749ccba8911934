export { type DatasetRow, generateLocal } from "./local/generate-local.js";
export { readTeacherPrompt, teacherMessages } from "./openai/teacher-prompt.js";
export { LEAKAGE_SIMILARITY, NEAR_DUPLICATE_SIMILARITY, prepareSources, type SourceMessage } from "./prepare-sources.js";
export { type Corpus, type CorpusMessage, readCorpus } from "./read-corpus.js";
export { type RunDatagenOptions, type RunDatagenResult, runDatagen } from "./run-datagen.js";
export { createSimilarityIndex, dedupeKey, jaccard, trigrams } from "./similarity.js";
export { splitStratified } from "./split-stratified.js";
export { writeDataset } from "./write-dataset.js";
