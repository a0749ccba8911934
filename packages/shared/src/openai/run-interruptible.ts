import { InterruptedError } from "./openai-errors.js";

/**
 * Runs a command's work with a signal that Ctrl-C (SIGINT) aborts, for as long as it runs. Returns the exit code: 0, or
 * 130 when the work stops with an {@link InterruptedError}, whose message then goes to stderr. Other errors propagate.
 */
export async function runInterruptible(work: (signal: AbortSignal) => Promise<void>): Promise<number> {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once("SIGINT", onSignal);
  try {
    await work(controller.signal);
    return 0;
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 130;
  } finally {
    process.off("SIGINT", onSignal);
  }
}
