import { HotelIntentError } from "../errors.js";

const usage = (message: string) => new HotelIntentError("E_USAGE", message);

/** `--<name> <n>` as cac gives it: a whole number from 1, or undefined when the flag is not given. */
export function parseCountFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw usage(`--${name} must be a whole number from 1, got ${value}`);
  return parsed;
}

/** `--max-cost <dollars>`: a number from 0, or undefined when the flag is not given. */
export function parseMaxCostFlag(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!(parsed >= 0)) throw usage(`--max-cost must be a number of dollars, got ${value}`);
  return parsed;
}

export interface RefuseOpenAIFlagsOptions<Flags> {
  /** The flags as cac parses them (camelCase). */
  flags: Flags;
  /** The flags that only `--provider openai` reads. */
  names: readonly (keyof Flags & string)[];
}

/** Refuses OpenAI-only flags given to the local provider, which would otherwise be silently ignored. */
export function refuseOpenAIFlags<Flags>({ flags, names }: RefuseOpenAIFlagsOptions<Flags>): void {
  const given = names.filter((name) => flags[name] !== undefined && flags[name] !== false);
  if (given.length > 0) {
    const listed = given.map((name) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    throw usage(`${listed.join(", ")} go${given.length === 1 ? "es" : ""} with --provider openai`);
  }
}
