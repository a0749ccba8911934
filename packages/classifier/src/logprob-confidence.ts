import type { Alternative } from "./prediction.js";

/** One token of a chat completion's `logprobs.content`, as the API returns it. */
export interface TokenLogprob {
  token: string;
  logprob: number;
  top_logprobs?: { token: string; logprob: number }[] | null | undefined;
}

export interface LogprobConfidence {
  /** Probability of the answered intent; null when the logprobs do not show it. */
  confidence: number | null;
  /** Other intents among the top logprobs of the answer's token, best first. */
  alternatives: Alternative[];
}

const NUMBER = /^\s*#?\s*(\d{1,2})\s*$/;

/**
 * The probability the model gave its answer `intent`, read from the answer's token logprobs: the digits' tokens
 * (after any leading text such as "#") whose number is `intent`, their log-probabilities summed. When the answer is a
 * single token, the other whole intent numbers among its top logprobs are the alternatives. Without logprobs, or when
 * the digits do not spell `intent`, the confidence is null: it is never made up.
 */
export function logprobConfidence({
  tokens,
  intent,
  topK,
}: {
  tokens: readonly TokenLogprob[] | null | undefined;
  intent: number;
  topK: number;
}): LogprobConfidence {
  const none: LogprobConfidence = { confidence: null, alternatives: [] };
  if (!tokens || tokens.length === 0) return none;
  const start = tokens.findIndex((token) => /\d/.test(token.token));
  if (start < 0) return none;
  let digits = "";
  let logprob = 0;
  let end = start;
  for (; end < tokens.length && /^\s*#?\s*\d+\s*$/.test((tokens[end] as TokenLogprob).token); end++) {
    digits += (tokens[end] as TokenLogprob).token.replace(/\D/g, "");
    logprob += (tokens[end] as TokenLogprob).logprob;
  }
  if (Number(digits) !== intent) return none;
  const first = tokens[start] as TokenLogprob;
  if (end - start !== 1 || !first.top_logprobs) return { confidence: Math.exp(logprob), alternatives: [] };
  const others = new Map<number, number>();
  for (const candidate of first.top_logprobs) {
    const match = NUMBER.exec(candidate.token);
    const id = match ? Number(match[1]) : Number.NaN;
    if (!(id >= 1 && id <= 40) || id === intent) continue;
    others.set(id, (others.get(id) ?? 0) + Math.exp(candidate.logprob));
  }
  const alternatives = [...others.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topK)
    .map(([id, probability]) => ({ intent: id, confidence: Math.min(1, probability) }));
  return { confidence: Math.exp(logprob), alternatives };
}
