import { HotelIntentError } from "@hotel-intent/shared";

/** The message cannot be classified as given: empty, or longer than the limit. */
export class InvalidMessageError extends HotelIntentError {
  constructor(message: string) {
    super("E_INVALID_MESSAGE", message);
  }
}

/** No model where one was expected, or one that does not load. */
export class ModelLoadError extends HotelIntentError {
  constructor(message: string, options?: ErrorOptions) {
    super("E_MODEL_LOAD", message, options);
  }
}

/** An option of `createClassifier` is out of its range (a threshold over 1, a negative topK). */
export class InvalidOptionError extends HotelIntentError {
  constructor(message: string) {
    super("E_INVALID_OPTION", message);
  }
}
