import { z } from "zod";
import type { OpenAIAnswer } from "./openai-request.js";

/** The part of a chat.completion this stage reads; anything else an endpoint sends is ignored. */
export const completionSchema = z.looseObject({
  choices: z
    .array(
      z.looseObject({
        message: z.looseObject({ content: z.string().nullish(), refusal: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: z
    .looseObject({
      prompt_tokens: z.number(),
      completion_tokens: z.number(),
      prompt_tokens_details: z.looseObject({ cached_tokens: z.number().nullish() }).nullish(),
    })
    .nullish(),
});

/** The answer in a chat.completion (direct or from a batch output line): its content and usage, or why it has none. */
export function answerOf(body: unknown): OpenAIAnswer {
  const parsed = completionSchema.safeParse(body);
  if (!parsed.success) return { error: `unexpected response: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}` };
  const choice = parsed.data.choices[0] as z.infer<typeof completionSchema>["choices"][number];
  if (choice.message.refusal) return { error: `the model refused: ${choice.message.refusal}` };
  if (choice.finish_reason === "length") return { error: "the answer was cut off at the token limit" };
  if (typeof choice.message.content !== "string") return { error: "the answer has no content" };
  const usage = parsed.data.usage;
  return {
    content: choice.message.content,
    usage: {
      promptTokens: usage?.prompt_tokens ?? 0,
      completionTokens: usage?.completion_tokens ?? 0,
      cachedTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
    },
  };
}
