import { HotelIntentError } from "@hotel-intent/shared";

/** OpenAI's error `type`s that this server answers with. */
export type HttpErrorType = "invalid_request_error" | "not_found_error" | "server_error";

export interface HttpErrorOptions {
  /** HTTP status, 4xx or 5xx. */
  status: number;
  /** What went wrong, for a person. */
  message: string;
  /** OpenAI's error type. @default "invalid_request_error" */
  type?: HttpErrorType;
  /** The request field at fault, e.g. "messages", when there is one. */
  param?: string | null;
  /** A stable machine-readable reason, e.g. "invalid_json", "request_too_large". */
  reason: string;
}

/** An HTTP error the server answers with, as `{"error": {"message", "type", "param", "code"}}` like OpenAI's API. */
export class HttpError extends HotelIntentError {
  readonly status: number;
  readonly type: HttpErrorType;
  readonly param: string | null;
  readonly reason: string;
  constructor({ status, message, type = "invalid_request_error", param = null, reason }: HttpErrorOptions) {
    super("E_HTTP", message);
    this.status = status;
    this.type = type;
    this.param = param;
    this.reason = reason;
  }

  /** The JSON body of the response, in OpenAI's error shape. */
  toBody(): { error: { message: string; type: HttpErrorType; param: string | null; code: string } } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.reason } };
  }
}
