import { HotelIntentError } from "./errors.js";

const LOCAL = "`--provider local` (the default) needs no key and no network";
const WIND_DOWN =
  "if this was a fine-tuning job: OpenAI is winding down self-serve fine-tuning (new organisations refused since 2026-05-07, " +
  "new jobs end for everyone on 2027-01-06); train the embedded model instead with `pnpm finetune --provider local`";

/** What to do about each kind of error, by code; said only when the message does not already say it. */
const NEXT_STEPS: Record<string, { hint: string; unlessMessageHas: string }> = {
  E_OPENAI_KEY_MISSING: {
    hint: `set the key for this shell with \`export OPENAI_API_KEY=sk-...\` (PowerShell: \`$env:OPENAI_API_KEY = "sk-..."\`; in CI, a secret exposed as OPENAI_API_KEY) and run the command again; ${LOCAL}`,
    unlessMessageHas: "export OPENAI_API_KEY",
  },
  E_OPENAI_AUTH: {
    hint: `the key was refused: check OPENAI_API_KEY (\`export OPENAI_API_KEY=sk-...\`) and that it belongs to the endpoint in use (OPENAI_BASE_URL or AZURE_OPENAI_ENDPOINT, when set); ${LOCAL}`,
    unlessMessageHas: "export OPENAI_API_KEY",
  },
  E_OPENAI_PERMISSION: { hint: WIND_DOWN, unlessMessageHas: "--provider local" },
  E_FINETUNE_REFUSED: { hint: WIND_DOWN, unlessMessageHas: "--provider local" },
  E_OPENAI_MODEL_NOT_FOUND: {
    hint: "check the model id (a fine-tuned one starts with `ft:`; `pnpm finetune --provider openai status` prints it) and that this key's project can use it",
    unlessMessageHas: "finetune --provider openai status",
  },
  E_OPENAI_RATE_LIMIT: {
    hint: "the API is still rate-limiting after the SDK's retries: wait a minute and run the same command again (finished work is kept)",
    unlessMessageHas: "run the same command again",
  },
  E_BELOW_MINIMUM: {
    hint: "improve the model (more corpus messages in datasets/corpus, then `pnpm run pipeline`), or lower classifier.minAccuracy on purpose",
    unlessMessageHas: "datasets/corpus",
  },
};

/** The next thing to try after `error`, or undefined when its message already says it (or there is nothing to add). */
export function nextStep(error: unknown): string | undefined {
  if (!(error instanceof HotelIntentError)) return undefined;
  const step = NEXT_STEPS[error.code];
  if (step === undefined || error.message.includes(step.unlessMessageHas)) return undefined;
  return step.hint;
}
