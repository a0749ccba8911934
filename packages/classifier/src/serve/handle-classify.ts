import type { Classifier } from "../create-classifier.js";
import type { Prediction } from "../prediction.js";
import { HttpError } from "./http-error.js";
import { checkRequestText, classifyRequestSchema, parseRequest } from "./request-schemas.js";

export interface HandleClassifyOptions {
  /** The parsed JSON body. */
  body: unknown;
  classifier: Classifier;
  /** Most messages one `texts` request may hold. */
  maxBatch: number;
  /** Aborted when the request runs out of time: the batch stops. */
  signal?: AbortSignal;
}

/** `POST /v1/classify`: `{"text"}` gets `{"prediction"}`, `{"texts": [...]}` gets `{"predictions": [...]}` in the same order. */
export async function handleClassify({
  body,
  classifier,
  maxBatch,
  signal,
}: HandleClassifyOptions): Promise<{ prediction: Prediction } | { predictions: Prediction[] }> {
  const { text, texts } = parseRequest(classifyRequestSchema, body);
  if (text !== undefined && texts === undefined) return { prediction: await classifier.classify(checkRequestText(text, "text")) };
  if (texts === undefined || text !== undefined) {
    throw new HttpError({
      status: 400,
      message: 'give "text" (one message) or "texts" (an array of messages), not both and not neither',
      param: "text",
      reason: "invalid_request",
    });
  }
  if (texts.length > maxBatch) {
    throw new HttpError({
      status: 400,
      message: `texts: holds ${texts.length} messages; the limit is ${maxBatch} a request`,
      param: "texts",
      reason: "batch_too_large",
    });
  }
  const checked = texts.map((message, index) => checkRequestText(message, `texts.${index}`));
  return { predictions: await classifier.classifyMany(checked, { signal }) };
}
