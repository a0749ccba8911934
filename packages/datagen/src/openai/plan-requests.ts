import { createHash } from "node:crypto";
import { buildMessages, INTENTS } from "@hotel-intent/shared";
import { zodResponseFormat } from "openai/helpers/zod";
import type { OpenAIRequest } from "./openai-request.js";
import { guestMessagesSchema, teacherMessages } from "./teacher-prompt.js";

/** Teacher messages asked for per message wanted: dedupe and the leakage check drop some. */
export const OVERSHOOT = 1.25;

export interface PlanTeacherRequestsOptions {
  teacher: string;
  /** Messages wanted per intent after deduplication. */
  perIntent: number;
  messagesPerRequest: number;
  temperature: number;
  seed: number;
  /** @default all 40 */
  intents?: readonly number[] | undefined;
}

/** The teacher's requests: per intent, enough rounds of `messagesPerRequest` to cover `perIntent` × OVERSHOOT, each with its own seed and voices. */
export function planTeacherRequests({ teacher, perIntent, messagesPerRequest, temperature, seed, intents }: PlanTeacherRequestsOptions): OpenAIRequest[] {
  const wanted = new Set(intents ?? INTENTS.map((intent) => intent.id));
  const rounds = Math.ceil((perIntent * OVERSHOOT) / messagesPerRequest);
  return INTENTS.filter((intent) => wanted.has(intent.id)).flatMap((intent) =>
    Array.from({ length: rounds }, (_, round) => ({
      customId: `teacher-${intent.id}-${round}`,
      body: {
        model: teacher,
        messages: teacherMessages({ intent, count: messagesPerRequest, round }),
        temperature,
        seed: seed * 1000 + intent.id * 100 + round,
        response_format: zodResponseFormat(guestMessagesSchema, "guest_messages"),
      },
    })),
  );
}

/** The student's request for one message: the full prompt (a base model must be told the intents), temperature 0. */
export function studentRequest({ student, text }: { student: string; text: string }): OpenAIRequest {
  return {
    customId: `student-${student}-${createHash("sha256").update(text).digest("hex").slice(0, 20)}`,
    body: { model: student, messages: buildMessages({ text, style: "full" }), temperature: 0, max_completion_tokens: 16 },
  };
}

/** A short hash of the requests' bodies: the same plan resumes the same cache and batches. */
export function planHash(requests: readonly OpenAIRequest[]): string {
  return createHash("sha256")
    .update(JSON.stringify(requests.map((request) => [request.customId, request.body])))
    .digest("hex")
    .slice(0, 16);
}
