import { loadConfig, projectPaths } from "@hotel-intent/shared";
import { createOpenAIClientFromConfig, describeEndpoint, type OpenAIConfig, type OpenAIRunOptions } from "@hotel-intent/shared/openai";
import type OpenAI from "openai";

export type OpenAIEvalsContextOptions = Pick<OpenAIRunOptions, "root" | "apiKey" | "baseURL">;

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
  const client = createOpenAIClientFromConfig({ config, apiKey, baseURL });
  return { paths, config, client, endpoint: describeEndpoint(client), apiKey, baseURL };
}
