import { join } from "node:path";
import { loadConfig, projectPaths } from "@hotel-intent/shared";
import { createOpenAIClientFromConfig, describeEndpoint, type OpenAIConfig, type OpenAIRunOptions } from "@hotel-intent/shared/openai";
import { type Progress, silentProgress } from "@hotel-intent/shared/progress";
import type OpenAI from "openai";

/** Options every `finetune --provider openai` step takes. */
export interface OpenAIFinetuneOptions extends OpenAIRunOptions {
  /** Folder of train.jsonl and validation.jsonl. @default datasets/generated */
  dataDir?: string | undefined;
  /** Where the SFT files, job.json and analysis.json go. @default datasets/models/openai */
  outDir?: string | undefined;
  /** Overrides of the config's openai.finetune (model, nEpochs, suffix, ...). */
  finetune?: Partial<OpenAIConfig["finetune"]> | undefined;
  /** Create a new job even though the last one for this training file failed or was cancelled. @default false */
  newJob?: boolean | undefined;
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
  const client = createOpenAIClientFromConfig({ config, apiKey: options.apiKey, baseURL: options.baseURL });
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
