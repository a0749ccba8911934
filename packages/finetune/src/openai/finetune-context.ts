import { join } from "node:path";
import { loadConfig, projectPaths } from "@hotel-intent/shared";
import { createOpenAIClient, describeEndpoint, type OpenAIConfig } from "@hotel-intent/shared/openai";
import { type Progress, silentProgress } from "@hotel-intent/shared/progress";
import type OpenAI from "openai";

/** Options every `finetune --provider openai` step takes. */
export interface OpenAIFinetuneOptions {
  /** Project folder. @default the workspace root */
  root?: string | undefined;
  /** Folder of train.jsonl and validation.jsonl. @default datasets/generated */
  dataDir?: string | undefined;
  /** Where the SFT files, job.json and analysis.json go. @default datasets/models/openai */
  outDir?: string | undefined;
  /** @default OPENAI_API_KEY */
  apiKey?: string | undefined;
  /** @default OPENAI_BASE_URL, else AZURE_OPENAI_ENDPOINT, else api.openai.com */
  baseURL?: string | undefined;
  /** Overrides of the config's openai.finetune (model, nEpochs, suffix, ...). */
  finetune?: Partial<OpenAIConfig["finetune"]> | undefined;
  /** Dollars above which the user must confirm. @default config openai.maxCost */
  maxCost?: number | undefined;
  /** Confirmed in advance (`--yes`). @default false */
  yes?: boolean | undefined;
  /** Asks the user a question (the cost confirmation). @default a terminal prompt when there is one */
  ask?: ((question: string) => Promise<string>) | undefined;
  /** Create a new job even though the last one for this training file failed or was cancelled. @default false */
  newJob?: boolean | undefined;
  /** Milliseconds between two status requests. @default config openai.pollSeconds × 1000 */
  pollMs?: number | undefined;
  /** Stops polling (Ctrl-C); the job keeps running and the state stays. */
  signal?: AbortSignal | undefined;
  /** Bar or lines on stderr. @default silent */
  progress?: Progress | undefined;
  /** Messages for the user. @default nothing */
  log?: ((line: string) => void) | undefined;
}

export interface FinetuneContext {
  root: string;
  dataDir: string;
  outDir: string;
  stateFile: string;
  config: OpenAIConfig;
  settings: OpenAIConfig["finetune"];
  client: OpenAI;
  endpoint: string;
  progress: Progress;
  log: (line: string) => void;
  pollMs: number;
}

/** Resolves the folders, the config and the client once for a step. The key is read here and only handed to the SDK. */
export async function loadFinetuneContext(options: OpenAIFinetuneOptions): Promise<FinetuneContext> {
  const paths = projectPaths(options.root);
  const config = (await loadConfig({ file: paths.config })).openai;
  const outDir = options.outDir ?? paths.openaiModel;
  const client = createOpenAIClient({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    azureEndpoint: config.azure.endpoint,
    azureApiVersion: config.azure.apiVersion,
    maxRetries: config.maxRetries,
    timeoutMs: config.timeoutMs,
  });
  return {
    root: paths.root,
    dataDir: options.dataDir ?? paths.generated,
    outDir,
    stateFile: join(outDir, "job.json"),
    config,
    settings: { ...config.finetune, ...options.finetune },
    client,
    endpoint: describeEndpoint(client),
    progress: options.progress ?? silentProgress,
    log: options.log ?? (() => {}),
    pollMs: options.pollMs ?? config.pollSeconds * 1000,
  };
}
