import { createInterface } from "node:readline/promises";
import { CostNotConfirmedError } from "./openai-errors.js";

export interface ConfirmCostOptions {
  /** What the money buys, e.g. "fine-tuning gpt-4o-mini-2024-07-18 on 812,430 tokens". */
  what: string;
  /** Estimated US dollars; null when a model has no price, which counts as over the limit. */
  dollars: number | null;
  /** Above this the user must agree. */
  maxCost: number;
  /** Agreed in advance (`--yes`). @default false */
  yes?: boolean;
  /** Asks a question and returns the answer. @default a prompt on stderr when stdin is a terminal, otherwise nothing is asked */
  ask?: ((question: string) => Promise<string>) | undefined;
}

async function askOnTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } catch {
    return "";
  } finally {
    terminal.close();
  }
}

/** Formats dollars for messages: `$0.0042`, `$2.37`, or `unknown` without a price. */
export function formatDollars(dollars: number | null): string {
  if (dollars === null) return "unknown (no price for this model in openai.prices)";
  return `$${dollars < 0.1 ? dollars.toPrecision(2) : dollars.toFixed(2)}`;
}

/**
 * Goes on when the estimate is within `maxCost` or the user agreed (`yes`, or "y" to the question);
 * otherwise throws {@link CostNotConfirmedError}. Without a terminal and without `yes` nothing is spent.
 */
export async function confirmCost({ what, dollars, maxCost, yes = false, ask }: ConfirmCostOptions): Promise<void> {
  if (yes || (dollars !== null && dollars <= maxCost)) return;
  const limit = `the limit is $${maxCost.toFixed(2)} (openai.maxCost or --max-cost)`;
  const question = ask ?? (process.stdin.isTTY ? askOnTerminal : undefined);
  if (!question) throw new CostNotConfirmedError(`${what} is estimated at ${formatDollars(dollars)}; ${limit}. Pass --yes to go ahead.`);
  const answer = await question(`${what} is estimated at ${formatDollars(dollars)}; ${limit}. Go ahead? [y/N] `);
  if (!/^y(es)?$/i.test(answer.trim())) throw new CostNotConfirmedError(`not confirmed: ${what} (${formatDollars(dollars)})`);
}
