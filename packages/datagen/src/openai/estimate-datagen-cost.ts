import { type ModelPrice, usageCost } from "@hotel-intent/shared/openai";
import type { OpenAIRequest } from "./openai-request.js";

/** Rough tokens of a text before the tokenizer runs: 4 characters a token (English), plus 4 per chat message. */
const roughTokens = (text: string) => Math.ceil(text.length / 4);

export interface EstimateDatagenCostOptions {
  /** Teacher requests not answered yet. */
  teacher: readonly OpenAIRequest[];
  messagesPerRequest: number;
  /** Student requests expected (one per kept message), 0 without adversarial filtering. */
  studentCount: number;
  /** One student request, to size its prompt. */
  studentSample: OpenAIRequest | undefined;
  batch: boolean;
  prices: Record<string, ModelPrice>;
}

/** Dollars the run is expected to cost (teacher: prompt plus about 45 tokens a message; student: full prompt plus 2); null when a model has no price. */
export function estimateDatagenCost({ teacher, messagesPerRequest, studentCount, studentSample, batch, prices }: EstimateDatagenCostOptions): number | null {
  const promptOf = (request: OpenAIRequest) =>
    (request.body.messages as { content: string }[]).reduce((sum, message) => sum + 4 + roughTokens(message.content), 3) +
    (request.body.response_format ? 120 : 0);
  let dollars = 0;
  for (const request of teacher) {
    const cost = usageCost({ model: request.body.model, usage: { promptTokens: promptOf(request), completionTokens: messagesPerRequest * 45 }, prices, batch });
    if (cost === null) return null;
    dollars += cost;
  }
  if (studentCount > 0 && studentSample) {
    const cost = usageCost({
      model: studentSample.body.model,
      usage: { promptTokens: promptOf(studentSample) * studentCount, completionTokens: 2 * studentCount },
      prices,
      batch,
    });
    if (cost === null) return null;
    dollars += cost;
  }
  return dollars;
}
