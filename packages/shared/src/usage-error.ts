import { HotelIntentError } from "./errors.js";

/** A command was called wrongly (an unknown flag, a value out of range): the CLI prints one line and exits with 2. */
export class UsageError extends HotelIntentError {
  constructor(message: string) {
    super("E_USAGE", message);
  }
}
