import { z } from "zod";
import { checkMessage } from "../check-message.js";
import { HttpError } from "./http-error.js";

/** Body of `POST /v1/classify`: one message as `text`, or several as `texts`. */
export const classifyRequestSchema = z.object({
  text: z.string().optional(),
  texts: z.array(z.string()).min(1).optional(),
});

const contentPartSchema = z.looseObject({ type: z.string(), text: z.string().optional() });

/** One chat message as OpenAI's API takes it; only `role` and text content matter here. */
export const chatMessageSchema = z.looseObject({
  role: z.string(),
  content: z.union([z.string(), z.array(contentPartSchema), z.null()]).optional(),
});

/** Body of `POST /v1/chat/completions`. Sampling fields (temperature, max_tokens, ...) are accepted and have no effect. */
export const chatCompletionRequestSchema = z.looseObject({
  model: z.string(),
  messages: z.array(chatMessageSchema).min(1),
  stream: z.boolean().nullable().optional(),
  n: z.number().int().nullable().optional(),
});
export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;

/** Validates a parsed JSON body, turning the first zod issue into a 400 that names the field. */
export function parseRequest<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const param = issue?.path.map(String).join(".") || null;
  throw new HttpError({ status: 400, message: `${param ?? "body"}: ${issue?.message ?? "is invalid"}`, param, reason: "invalid_request" });
}

/** Checks one message like the classifier does (non-blank, at most 10,000 characters), as a 400 that names the field. */
export function checkRequestText(text: string, param: string): string {
  try {
    return checkMessage(text);
  } catch (error) {
    throw new HttpError({ status: 400, message: `${param}: ${(error as Error).message}`, param, reason: "invalid_message" });
  }
}
