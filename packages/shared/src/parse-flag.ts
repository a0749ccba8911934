import { UsageError } from "./usage-error.js";

export interface NumberFlagOptions {
  /** The flag's name without dashes, for the message. */
  name: string;
  /** The raw value as the argument parser gave it (a string or a number), or undefined when the flag is absent. */
  value: unknown;
  /** Inclusive bounds. @default no bound */
  min?: number;
  max?: number;
  /** Whole numbers only. @default false */
  integer?: boolean;
}

/** A numeric flag, checked: a {@link UsageError} names the flag, the range and the value given. Undefined when absent. */
export function parseNumberFlag({ name, value, min = -Infinity, max = Infinity, integer = false }: NumberFlagOptions): number | undefined {
  if (value === undefined) return undefined;
  const parsed = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  const range =
    Number.isFinite(min) && Number.isFinite(max)
      ? ` from ${min} to ${max}`
      : Number.isFinite(min)
        ? ` of at least ${min}`
        : Number.isFinite(max)
          ? ` of at most ${max}`
          : "";
  if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) {
    throw new UsageError(
      `--${name} must be ${integer ? "a whole number" : "a number"}${range}, got ${JSON.stringify(Array.isArray(value) ? value.join(" ") : String(value))}`,
    );
  }
  return parsed;
}

/** A flag that takes one of a few words. */
export function parseChoiceFlag<T extends string>({ name, value, choices }: { name: string; value: unknown; choices: readonly T[] }): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be ${choices.join(" or ")}, got ${JSON.stringify(String(value))}`);
}

/** A comma-separated list of whole numbers (`--intents 7,10` or `--intents 7`, which a parser may hand over as the number 7). */
export function parseIdListFlag({ name, value }: { name: string; value: unknown }): number[] | undefined {
  if (value === undefined) return undefined;
  return String(value)
    .split(",")
    .map((item) => parseNumberFlag({ name, value: item, integer: true, min: 1 }) as number);
}
