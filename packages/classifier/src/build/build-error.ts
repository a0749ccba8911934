import { HotelIntentError } from "@hotel-intent/shared";

/** The package cannot be built as it stands: no model beside dist/, or type declarations that are not self-contained. */
export class BuildError extends HotelIntentError {
  constructor(message: string, options?: ErrorOptions) {
    super("E_BUILD", message, options);
  }
}
