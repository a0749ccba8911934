import { HotelIntentError } from "../errors.js";

/** Removes anything that looks like a key (`sk-...`) from a message the API sent back, which may echo part of it. */
export function redactSecrets(text: string): string {
  return text.replace(/\b(?:sk|sess|rk|pk)-[A-Za-z0-9_*.-]{4,}/g, "[redacted]");
}

/** No API key in the options or the environment. */
export class OpenAIKeyMissingError extends HotelIntentError {
  constructor(variable = "OPENAI_API_KEY") {
    super("E_OPENAI_KEY_MISSING", `no OpenAI API key: pass apiKey or set ${variable}`);
  }
}

/** A request to the OpenAI API failed after the SDK's own retries. `status` is the HTTP status, null when no response came. */
export class OpenAIRequestError extends HotelIntentError {
  readonly status: number | null;
  /** The API's error code (`model_not_found`, `rate_limit_exceeded`, ...), when it sent one. */
  readonly apiCode: string | null;
  constructor(options: { code?: string; status: number | null; apiCode?: string | null; message: string; cause?: unknown }) {
    super(options.code ?? "E_OPENAI_REQUEST", redactSecrets(options.message), { cause: options.cause });
    this.status = options.status;
    this.apiCode = options.apiCode ?? null;
  }
}

/** 401: the key is wrong, revoked, or for another endpoint. */
export class OpenAIAuthError extends OpenAIRequestError {
  constructor(options: { message: string; apiCode?: string | null; cause?: unknown }) {
    super({ ...options, code: "E_OPENAI_AUTH", status: 401 });
  }
}

/** 403: the key works but may not do this (a project without access, or a refused fine-tuning job). */
export class OpenAIPermissionError extends OpenAIRequestError {
  constructor(options: { message: string; apiCode?: string | null; cause?: unknown }) {
    super({ ...options, code: "E_OPENAI_PERMISSION", status: 403 });
  }
}

/** 404 `model_not_found`: the model id does not exist or this key cannot see it. */
export class OpenAIModelNotFoundError extends OpenAIRequestError {
  readonly model: string | null;
  constructor(options: { message: string; model?: string | null; cause?: unknown }) {
    super({ ...options, code: "E_OPENAI_MODEL_NOT_FOUND", status: 404, apiCode: "model_not_found" });
    this.model = options.model ?? null;
  }
}

/** 429 still returned after the SDK's retries. `retryAfterSeconds` is what the last response asked for, when it said. */
export class OpenAIRateLimitError extends OpenAIRequestError {
  readonly retryAfterSeconds: number | null;
  constructor(options: { message: string; apiCode?: string | null; retryAfterSeconds: number | null; cause?: unknown }) {
    super({ ...options, code: "E_OPENAI_RATE_LIMIT", status: 429 });
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** The user interrupted a command (Ctrl-C) while it waited on the API; whatever runs remotely keeps running. */
export class InterruptedError extends HotelIntentError {
  constructor(message: string) {
    super("E_INTERRUPTED", message);
  }
}

/** The user declined, or was not asked because nothing answers on stdin, to spend more than `maxCost`. */
export class CostNotConfirmedError extends HotelIntentError {
  constructor(message: string) {
    super("E_COST_NOT_CONFIRMED", message);
  }
}

/** `provider: "openai"` was asked for, but the optional `openai` package is not installed beside the classifier. */
export class OpenAISdkMissingError extends HotelIntentError {
  constructor(options?: ErrorOptions) {
    super("E_OPENAI_SDK_MISSING", 'the openai provider needs the "openai" package: npm install openai', options);
  }
}
