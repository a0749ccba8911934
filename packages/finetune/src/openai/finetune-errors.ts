import { HotelIntentError } from "@hotel-intent/shared";

/** Said whenever OpenAI refuses to fine-tune: self-serve fine-tuning is being wound down. */
export const WIND_DOWN =
  "OpenAI is winding down self-serve fine-tuning: new organisations have been refused since 2026-05-07, and new jobs end for everyone on 2027-01-06. " +
  "Train the embedded model instead with `pnpm finetune --provider local` (offline, no key), or point OPENAI_BASE_URL or AZURE_OPENAI_ENDPOINT at another endpoint that fine-tunes.";

/** The API refused to create the job: permission denied, or the model is not available for fine-tuning. */
export class FineTuneRefusedError extends HotelIntentError {
  constructor(reason: string, options?: ErrorOptions) {
    super("E_FINETUNE_REFUSED", `the fine-tuning job was refused (${reason}). ${WIND_DOWN}`, options);
  }
}

/** The job ended without a model: failed or cancelled. */
export class FineTuneFailedError extends HotelIntentError {
  readonly jobId: string;
  constructor(jobId: string, message: string) {
    super("E_FINETUNE_FAILED", message);
    this.jobId = jobId;
  }
}

/** A step needs an earlier one first (create before upload, analyze before the job succeeded, ...). */
export class FineTuneStateError extends HotelIntentError {
  constructor(message: string) {
    super("E_FINETUNE_STATE", message);
  }
}
