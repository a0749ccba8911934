export { createPredictor, softmax } from "./create-predictor.js";
export { isUnsupportedLanguage } from "./detect-language.js";
export { createFeatureEncoder, createGrowingIds, createVocabularyIds, type EncodedFeatures, type FeatureIds } from "./feature-encoder.js";
export { createFeaturizer, type Features } from "./featurizer.js";
export { createConceptMatcher } from "./lexicon.js";
export { LEXICON, SYNONYMS } from "./lexicon-data.js";
export { LINEAR_MODEL_FORMAT, type LinearModel, type LinearModelMeta, linearModelMetaSchema } from "./linear-model.js";
export { copyLinearModel, loadLinearModel, saveLinearModel, weightsFileName } from "./model-files.js";
export { MAX_WORD_CHARS, normaliseText, stem, tokenize, words } from "./tokenize.js";
