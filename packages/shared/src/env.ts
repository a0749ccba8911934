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
});

export type Env = z.infer<typeof envSchema>;

/** The environment variables hotel-intent reads, validated in this one place. Empty strings count as unset. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`environment variable ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return parsed.data;
}
