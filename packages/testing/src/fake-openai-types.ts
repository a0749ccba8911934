import type { FakeApiFailure } from "./fake-http.js";

export interface FakeChatMessage {
  role: string;
  content: string;
}

/** What a chat handler sees of one chat completion (direct, inside an eval run, or inside a batch). */
export interface FakeChatRequest {
  model: string;
  messages: FakeChatMessage[];
  /** `response_format.json_schema.name` for structured outputs, else null. */
  schemaName: string | null;
  logprobs: boolean;
  topLogprobs: number;
  /** The request body as sent. */
  body: Record<string, unknown>;
}

export interface FakeTokenLogprob {
  token: string;
  logprob: number;
  /** The alternatives sent as `top_logprobs` when the request asks for them. */
  top?: { token: string; logprob: number }[];
}

/** A handler's answer: the content, optionally with its token logprobs and usage; or an API failure. */
export type FakeChatReply =
  | string
  | {
      content: string;
      /** Sent only when the request asks for logprobs; without them the response carries `logprobs: null`. */
      logprobs?: FakeTokenLogprob[] | undefined;
      usage?: { prompt_tokens: number; completion_tokens: number } | undefined;
      finishReason?: "stop" | "length" | undefined;
    }
  | { failure: FakeApiFailure };

export type FakeChatHandler = (request: FakeChatRequest) => FakeChatReply | Promise<FakeChatReply>;

/** A failure the server sends instead of the normal answer, for requests that match. */
export interface FakeFailureRule extends FakeApiFailure {
  /** @default any method */
  method?: string | undefined;
  /** Matched against the path without the query (a string matches when the path ends with it). */
  path: string | RegExp;
  /** How many matching requests fail. @default 1 */
  times?: number | undefined;
}

export interface FakeOpenAIOptions {
  /** Requests must carry it (`Authorization: Bearer` or Azure's `api-key`), or get 401. @default "sk-fake-test-key" */
  apiKey?: string;
  /** Model ids that exist, besides the fine-tuned models the server makes. @default gpt-4o-mini(-2024-07-18), gpt-4.1, gpt-4.1-mini */
  models?: string[];
  /** Models a fine-tuning job accepts; other existing models get 400 `model_not_available`. @default ["gpt-4o-mini-2024-07-18"] */
  fineTunableModels?: string[];
  /** How every model answers chat completions. @default a 500 saying no handler is configured */
  chat?: FakeChatHandler;
  /** Creating a fine-tuning job answers 403 (the wind-down: the organisation may not fine-tune). @default false */
  refuseFineTuning?: boolean;
  /** The statuses a job walks through, one step per retrieve. @default validating_files, queued, running, running, succeeded */
  jobStatuses?: string[];
  /** `error` of a job whose statuses end in `failed`. @default {code: "server_error", ...} */
  jobError?: { code: string; message: string };
  /** Fails every job in validation with `invalid_training_file`, even when the file looks right. @default false */
  invalidTrainingFile?: boolean;
  /** Tokens of one training example (one JSONL line) as the server bills them. @default ceil(characters / 4) */
  countTokens?: (line: string) => number;
  /** Statuses of an eval run, one step per retrieve. @default queued, in_progress, completed */
  runStatuses?: string[];
  /** Statuses of a batch, one step per retrieve. @default validating, in_progress, finalizing, completed */
  batchStatuses?: string[];
  /** Failures sent before routing, in order of the list. */
  failures?: FakeFailureRule[];
}

export interface FakeRequestRecord {
  method: string;
  /** The path as sent, without the query. */
  path: string;
  query: string;
  /** Parsed JSON body, or the multipart fields other than the file. */
  body: Record<string, unknown> | null;
}

export interface FakeFile {
  id: string;
  filename: string;
  purpose: string;
  bytes: Buffer;
  created_at: number;
}
