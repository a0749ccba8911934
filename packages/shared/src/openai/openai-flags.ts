import { parseNumberFlag } from "../parse-flag.js";
import { UsageError } from "../usage-error.js";

/** `--<name> <n>` as cac gives it: a whole number from 1, or undefined when the flag is not given. */
export function parseCountFlag(name: string, value: unknown): number | undefined {
  return parseNumberFlag({ name, value, integer: true, min: 1 });
}

/** `--max-cost <dollars>`: a number of dollars from 0, or undefined when the flag is not given. */
export function parseMaxCostFlag(value: unknown): number | undefined {
  return parseNumberFlag({ name: "max-cost", value, min: 0 });
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
    throw new UsageError(`${listed.join(", ")} go${given.length === 1 ? "es" : ""} with --provider openai`);
  }
}
