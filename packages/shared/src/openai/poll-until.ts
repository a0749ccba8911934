import { setTimeout as sleep } from "node:timers/promises";
import { InterruptedError } from "./openai-errors.js";

export interface PollUntilOptions<T> {
  /** Reads the current state of the remote job, run or batch. */
  read: (signal: AbortSignal | undefined) => Promise<T>;
  /** True once the state is final. */
  done: (value: T) => boolean;
  /** Called with every state read, final one included (save it, show it). */
  onUpdate?: ((value: T) => void | Promise<void>) | undefined;
  /** Milliseconds between two reads. */
  intervalMs: number;
  /** Aborting stops polling with {@link InterruptedError}; the remote work is left running. */
  signal?: AbortSignal | undefined;
  /** Said in the InterruptedError: how to pick up again. */
  resumeHint?: string | undefined;
}

/** Reads until `done`, waiting `intervalMs` between reads. Never cancels anything remotely. */
export async function pollUntil<T>({ read, done, onUpdate, intervalMs, signal, resumeHint }: PollUntilOptions<T>): Promise<T> {
  const interrupted = () => new InterruptedError(`stopped waiting; the remote work keeps running${resumeHint ? ` (${resumeHint})` : ""}`);
  for (;;) {
    if (signal?.aborted) throw interrupted();
    let value: T;
    try {
      value = await read(signal);
    } catch (error) {
      if (signal?.aborted) throw interrupted();
      throw error;
    }
    await onUpdate?.(value);
    if (done(value)) return value;
    try {
      await sleep(intervalMs, undefined, { signal });
    } catch (error) {
      if (signal?.aborted) throw interrupted();
      throw error;
    }
  }
}
