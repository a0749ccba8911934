import type { Progress } from "../progress/progress.js";

/** Options every OpenAI stage takes (datagen, each fine-tuning step, evals): where, which endpoint, how much, and how to report. */
export interface OpenAIRunOptions {
  /** Project folder. @default the workspace root */
  root?: string | undefined;
  /** @default OPENAI_API_KEY (AZURE_OPENAI_API_KEY for Azure) */
  apiKey?: string | undefined;
  /** @default OPENAI_BASE_URL, else AZURE_OPENAI_ENDPOINT, else api.openai.com */
  baseURL?: string | undefined;
  /** Dollars above which the user must confirm. @default config openai.maxCost */
  maxCost?: number | undefined;
  /** Confirmed in advance (`--yes`). @default false */
  yes?: boolean | undefined;
  /** Asks the user a question (the cost confirmation). @default a terminal prompt when there is one */
  ask?: ((question: string) => Promise<string>) | undefined;
  /** Milliseconds between two status requests (a batch, a fine-tuning job, an eval run). @default config openai.pollSeconds × 1000 */
  pollMs?: number | undefined;
  /** Stops waiting (Ctrl-C); whatever runs remotely keeps running. */
  signal?: AbortSignal | undefined;
  /** Bar or lines on stderr. @default silent */
  progress?: Progress | undefined;
  /** Messages for the user. @default nothing */
  log?: ((line: string) => void) | undefined;
}
