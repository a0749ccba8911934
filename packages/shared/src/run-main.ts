import { reportError } from "./run-cli.js";

/**
 * Runs a script's main function (one without commands or flags): an error hotel-intent raised on purpose prints as
 * one clear line on stderr (with a `next:` line when the message does not say what to do); anything else prints its stack.
 */
export function runMain(main: () => Promise<unknown>, { name = "hotel-intent" }: { name?: string } = {}): void {
  main().catch((error: unknown) => {
    process.exitCode = reportError(error, { name });
  });
}
