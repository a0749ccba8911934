import { INTENTS, type Intent } from "@hotel-intent/shared";
import { z } from "zod";

export const VOICES = ["family", "business", "couple", "solo", "group", "elderly", "terse", "non-native", "annoyed", "chatty", "formal"] as const;
export const STAGES = ["before", "during", "after"] as const;

/** What the teacher returns for one request: structured outputs make the API hold it to this shape. */
export const guestMessagesSchema = z.object({
  messages: z.array(
    z.object({
      text: z.string(),
      voice: z.enum(VOICES),
      stage: z.enum(STAGES),
    }),
  ),
});
export type GuestMessages = z.infer<typeof guestMessagesSchema>;

const SYSTEM = [
  "You write realistic messages that hotel guests type into a hotel's chat assistant, to train an intent classifier.",
  "Guests rarely say plainly what they want: they describe their situation, hint, ask around the point, or mention a constraint,",
  "so that a person understands the need but the literal words do not name the service.",
  "Rules for every message:",
  "- it expresses exactly the one intent you are given, and could not reasonably be read as any other intent of the list;",
  "- it does not use the intent's name or its obvious keywords;",
  "- 6 to 45 words, first person, as typed on a phone (contractions, sometimes no capital letters or small typos);",
  "- every message differs from the others in situation, wording and length; no numbering, no quotes, no emoji spam.",
].join("\n");

export interface TeacherMessagesOptions {
  intent: Intent;
  /** Messages asked for. */
  count: number;
  /** Which request this is for the intent (0-based): it picks the voices and stages to cover, so requests differ. */
  round: number;
}

/** The chat messages of one teacher request: the intent with its boundaries, the other 39 to stay clear of, and voices to cover. */
export function teacherMessages({ intent, count, round }: TeacherMessagesOptions): { role: "system" | "user"; content: string }[] {
  const voices = Array.from({ length: 4 }, (_, index) => VOICES[(round * 4 + index) % VOICES.length]);
  const stage = STAGES[round % STAGES.length];
  const others = INTENTS.filter((other) => other.id !== intent.id).map((other) => `${other.id}. ${other.name}`);
  return [
    { role: "system", content: SYSTEM },
    {
      role: "user",
      content: [
        `Intent ${intent.id}: ${intent.name}`,
        `What it covers: ${intent.description}`,
        "",
        "Other intents, which the messages must NOT express:",
        ...others,
        "",
        `Write ${count} different messages for intent ${intent.id}. Mostly in these voices: ${voices.join(", ")}; mostly ${stage} the stay, some at other times.`,
        "Give each message's voice and stage (before, during or after the stay).",
      ].join("\n"),
    },
  ];
}

/** What a {@link teacherMessages} prompt asks for: its intent and how many messages. Fake teachers in tests answer from this. */
export function readTeacherPrompt(prompt: string): { intent: number; count: number } {
  const intent = Number(/^Intent (\d+):/.exec(prompt)?.[1]);
  const count = Number(/Write (\d+) different messages/.exec(prompt)?.[1]);
  if (!Number.isInteger(intent) || !Number.isInteger(count)) throw new Error("not a teacher prompt");
  return { intent, count };
}
