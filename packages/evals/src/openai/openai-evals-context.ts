import { loadConfig, projectPaths } from "@hotel-intent/shared";
import { createOpenAIClient, describeEndpoint, type OpenAIConfig } from "@hotel-intent/shared/openai";
import type OpenAI from "openai";

export interface OpenAIEvalsContextOptions {
  root?: string | undefined;
  /** @default OPENAI_API_KEY */
  apiKey?: string | undefined;
  /** @default OPENAI_BASE_URL (or AZURE_OPENAI_ENDPOINT) */
  baseURL?: string | undefined;
}

export interface OpenAIEvalsContext {
  paths: ReturnType<typeof projectPaths>;
  config: OpenAIConfig;
  client: OpenAI;
  endpoint: string;
  /** Passed on to the classifier; undefined means the environment. */
  apiKey: string | undefined;
  baseURL: string | undefined;
}

/** The folders, the config and one client for an evals run (the key stays in the SDK client, never in a report). */
export async function loadOpenAIEvalsContext({ root, apiKey, baseURL }: OpenAIEvalsContextOptions): Promise<OpenAIEvalsContext> {
  const paths = projectPaths(root);
  const config = (await loadConfig({ file: paths.config })).openai;
  const client = createOpenAIClient({
    apiKey,
    baseURL,
    azureEndpoint: config.azure.endpoint,
    azureApiVersion: config.azure.apiVersion,
    maxRetries: config.maxRetries,
    timeoutMs: config.timeoutMs,
  });
  return { paths, config, client, endpoint: describeEndpoint(client), apiKey, baseURL };
}
