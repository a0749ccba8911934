import { APIConnectionError, APIError, APIUserAbortError, AuthenticationError, NotFoundError, PermissionDeniedError, RateLimitError } from "openai";
import { HotelIntentError } from "../errors.js";
import {
  InterruptedError,
  OpenAIAuthError,
  OpenAIModelNotFoundError,
  OpenAIPermissionError,
  OpenAIRateLimitError,
  OpenAIRequestError,
} from "./openai-errors.js";

export interface ToOpenAIErrorOptions {
  /** The model the request named, for a clearer `model_not_found`. */
  model?: string;
  /** What the request was doing, put before the message: "creating the fine-tuning job". */
  doing?: string;
}

function retryAfter(headers: Headers | undefined): number | null {
  const milliseconds = Number(headers?.get("retry-after-ms"));
  if (Number.isFinite(milliseconds) && milliseconds > 0) return milliseconds / 1000;
  const seconds = Number(headers?.get("retry-after"));
  return Number.isFinite(seconds) && seconds >= 0 && headers?.get("retry-after") ? seconds : null;
}

/**
 * The typed hotel-intent error for an error the `openai` SDK threw after its own retries
 * (401, 403, 404 `model_not_found`, 429, other statuses, connection failures, an aborted request).
 * Anything that is not an SDK error is returned unchanged.
 */
export function toOpenAIError(error: unknown, { model, doing }: ToOpenAIErrorOptions = {}): unknown {
  if (error instanceof HotelIntentError || !(error instanceof APIError)) return error;
  const prefix = doing ? `${doing}: ` : "";
  const apiCode = typeof error.code === "string" ? error.code : null;
  const detail = error.message;
  if (error instanceof APIUserAbortError) return new InterruptedError(`${prefix}interrupted`);
  if (error instanceof AuthenticationError) {
    return new OpenAIAuthError({ message: `${prefix}the API refused the key (401): check OPENAI_API_KEY and the endpoint`, apiCode, cause: error });
  }
  if (error instanceof PermissionDeniedError)
    return new OpenAIPermissionError({ message: `${prefix}permission denied (403): ${detail}`, apiCode, cause: error });
  if (error instanceof NotFoundError && apiCode === "model_not_found") {
    return new OpenAIModelNotFoundError({
      message: `${prefix}the model ${model ? `${JSON.stringify(model)} ` : ""}does not exist or this key cannot use it (404 model_not_found)`,
      model: model ?? null,
      cause: error,
    });
  }
  if (error instanceof RateLimitError) {
    const seconds = retryAfter(error.headers);
    return new OpenAIRateLimitError({
      message: `${prefix}rate limited (429) after the SDK's retries${seconds === null ? "" : `; the API asks to wait ${seconds} s`}: ${detail}`,
      apiCode,
      retryAfterSeconds: seconds,
      cause: error,
    });
  }
  if (error instanceof APIConnectionError) return new OpenAIRequestError({ status: null, message: `${prefix}cannot reach the API: ${detail}`, cause: error });
  return new OpenAIRequestError({ status: error.status ?? null, apiCode, message: `${prefix}${detail}`, cause: error });
}
