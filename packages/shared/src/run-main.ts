import { HotelIntentError } from "./errors.js";
import { nextStep } from "./next-step.js";

/**
 * Runs a CLI's main function: an error hotel-intent raised on purpose prints as one clear line on stderr, followed by
 * a `next:` line saying what to do when its message does not already say it;
 * anything else prints its stack. Either way the exit code is 1.
 */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    if (error instanceof HotelIntentError) {
      const next = nextStep(error);
      process.stderr.write(`error: ${error.message}\n${next === undefined ? "" : `next: ${next}\n`}`);
    } else if (error instanceof Error && error.name === "CACError") process.stderr.write(`error: ${error.message}\n(see --help)\n`);
    else process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
