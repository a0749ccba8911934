import OpenAI, { AzureOpenAI } from "openai";
import { readEnv } from "../env.js";
import type { OpenAIConfig } from "./openai-config.js";
import { OpenAIKeyMissingError } from "./openai-errors.js";

export interface CreateOpenAIClientOptions {
  /** The key. @default OPENAI_API_KEY (for Azure: AZURE_OPENAI_API_KEY, then OPENAI_API_KEY) */
  apiKey?: string | undefined;
  /** An OpenAI-compatible endpoint, e.g. `http://127.0.0.1:8080/v1`. Takes precedence over Azure. @default OPENAI_BASE_URL, else api.openai.com */
  baseURL?: string | undefined;
  /** Azure OpenAI resource endpoint; when set (or in AZURE_OPENAI_ENDPOINT) the client is the SDK's AzureOpenAI. */
  azureEndpoint?: string | undefined;
  /** Azure `api-version`. @default OPENAI_API_VERSION, else "2025-04-01-preview" */
  azureApiVersion?: string | undefined;
  /** Retries the SDK makes on 408/409/429/5xx, honouring retry-after. @default 3 */
  maxRetries?: number | undefined;
  /** Milliseconds per request. @default 120000 */
  timeoutMs?: number | undefined;
  /** Where the variables are read from. @default process.env */
  env?: NodeJS.ProcessEnv | undefined;
}

/**
 * An `openai` SDK client from explicit options, then the environment (read once, in env.ts): OpenAI or any
 * OpenAI-compatible endpoint through `OPENAI_BASE_URL`, or Azure OpenAI through `AZURE_OPENAI_ENDPOINT`.
 * Throws {@link OpenAIKeyMissingError} naming the option and the variable when there is no key.
 */
export function createOpenAIClient({
  apiKey,
  baseURL,
  azureEndpoint,
  azureApiVersion,
  maxRetries = 3,
  timeoutMs = 120_000,
  env = process.env,
}: CreateOpenAIClientOptions = {}): OpenAI {
  const vars = readEnv(env);
  const endpoint = baseURL ? undefined : (azureEndpoint ?? vars.AZURE_OPENAI_ENDPOINT);
  const common = {
    maxRetries,
    timeout: timeoutMs,
    organization: vars.OPENAI_ORG_ID ?? null,
    project: vars.OPENAI_PROJECT_ID ?? null,
  };
  if (endpoint) {
    const key = apiKey ?? vars.AZURE_OPENAI_API_KEY ?? vars.OPENAI_API_KEY;
    if (!key) throw new OpenAIKeyMissingError("AZURE_OPENAI_API_KEY (or OPENAI_API_KEY)");
    return new AzureOpenAI({
      ...common,
      apiKey: key,
      endpoint,
      apiVersion: vars.OPENAI_API_VERSION ?? azureApiVersion ?? "2025-04-01-preview",
      baseURL: undefined,
    });
  }
  const key = apiKey ?? vars.OPENAI_API_KEY;
  if (!key) throw new OpenAIKeyMissingError();
  return new OpenAI({ ...common, apiKey: key, baseURL: baseURL ?? vars.OPENAI_BASE_URL ?? "https://api.openai.com/v1" });
}

export interface CreateOpenAIClientFromConfigOptions extends Pick<CreateOpenAIClientOptions, "apiKey" | "baseURL"> {
  /** `openai` of hotel-intent.config.json: its Azure endpoint and api-version, retries and timeout. */
  config: OpenAIConfig;
}

/** {@link createOpenAIClient} with the connection settings of the project's config, as every OpenAI stage makes it. */
export function createOpenAIClientFromConfig({ config, apiKey, baseURL }: CreateOpenAIClientFromConfigOptions): OpenAI {
  return createOpenAIClient({
    apiKey,
    baseURL,
    azureEndpoint: config.azure.endpoint,
    azureApiVersion: config.azure.apiVersion,
    maxRetries: config.maxRetries,
    timeoutMs: config.timeoutMs,
  });
}

/** Where a client sends its requests, for messages: the origin and path only, never a key. */
export function describeEndpoint(client: OpenAI): string {
  const url = new URL(client.baseURL);
  return `${url.origin}${url.pathname.replace(/\/$/, "")}${client instanceof AzureOpenAI ? " (Azure OpenAI)" : ""}`;
}
