import { z } from "zod";

const envSchema = z.object({
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_ORG_ID: z.string().min(1).optional(),
  OPENAI_PROJECT_ID: z.string().min(1).optional(),
  /** Azure OpenAI: the resource endpoint (https://NAME.openai.azure.com), its key, and the api-version. */
  AZURE_OPENAI_ENDPOINT: z.url().optional(),
  AZURE_OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_API_VERSION: z.string().min(1).optional(),
  CI: z.string().optional(),
  HOTEL_INTENT_ROOT: z.string().min(1).optional(),
  /** The bearer token `hotel-intent serve` asks for, when set. */
  HOTEL_INTENT_API_KEY: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

/**
 * The environment variables hotel-intent reads, validated in this one place. Empty strings count as unset.
 * Each variable is checked when it is read, so a malformed `OPENAI_BASE_URL` stops the OpenAI commands, not offline ones.
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const shape = envSchema.shape;
  return new Proxy({} as Env, {
    get(_, name) {
      if (typeof name !== "string" || !(name in shape)) return undefined;
      const raw = source[name];
      if (raw === undefined || raw === "") return undefined;
      const parsed = shape[name as keyof Env].safeParse(raw);
      if (!parsed.success) throw new Error(`environment variable ${name}: ${parsed.error.issues[0]?.message ?? "is invalid"}`);
      return parsed.data;
    },
  });
}
