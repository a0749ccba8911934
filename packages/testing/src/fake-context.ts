import { completeChat } from "./fake-chat.js";
import { FakeHttpError } from "./fake-http.js";
import type { FakeChatRequest, FakeFile, FakeOpenAIOptions } from "./fake-openai-types.js";

/** What a route answers: JSON, or raw bytes (file content). */
export type FakeAnswer = { json: unknown; status?: number } | { bytes: Buffer };

export interface FakeRouteInput {
  /** Capture groups of the route's pattern. */
  params: string[];
  query: URLSearchParams;
  body: Buffer;
  contentType: string;
}

export interface FakeRoute {
  method: string;
  pattern: RegExp;
  handle: (input: FakeRouteInput) => FakeAnswer | Promise<FakeAnswer>;
}

const DEFAULT_MODELS = ["gpt-4o-mini", "gpt-4o-mini-2024-07-18", "gpt-4.1", "gpt-4.1-mini"];

/** The server's memory and the helpers its routes share. */
export class FakeContext {
  readonly options: FakeOpenAIOptions;
  readonly files = new Map<string, FakeFile>();
  readonly models: Set<string>;
  private counter = 0;
  private clock = 1_760_000_000;

  constructor(options: FakeOpenAIOptions) {
    this.options = options;
    this.models = new Set(options.models ?? DEFAULT_MODELS);
  }

  newId(prefix: string): string {
    return `${prefix}-fake${String(++this.counter).padStart(4, "0")}`;
  }

  /** Unix seconds, one later at every call, so objects sort by creation. */
  now(): number {
    return ++this.clock;
  }

  addFile({ filename, purpose, bytes }: { filename: string; purpose: string; bytes: Buffer }): FakeFile {
    const file = { id: this.newId("file"), filename, purpose, bytes, created_at: this.now() };
    this.files.set(file.id, file);
    return file;
  }

  fileObject(file: FakeFile): Record<string, unknown> {
    return {
      id: file.id,
      object: "file",
      bytes: file.bytes.length,
      created_at: file.created_at,
      filename: file.filename,
      purpose: file.purpose,
      status: "processed",
      status_details: null,
      expires_at: null,
    };
  }

  requireFile(id: string): FakeFile {
    const file = this.files.get(id);
    if (!file) throw new FakeHttpError({ status: 404, message: `No such File object: ${id}` });
    return file;
  }

  requireModel(model: string): void {
    if (!this.models.has(model)) {
      throw new FakeHttpError({ status: 404, code: "model_not_found", message: `The model \`${model}\` does not exist or you do not have access to it.` });
    }
  }

  /** A chat completion by a model that must exist. */
  async chat(request: FakeChatRequest): Promise<Record<string, unknown>> {
    this.requireModel(request.model);
    return completeChat({ handler: this.options.chat, request });
  }
}

/** Steps a lifecycle: the status after `current`, or `current` when it is the last. */
export function nextStatus(statuses: readonly string[], index: number): { status: string; index: number } {
  const next = Math.min(index + 1, statuses.length - 1);
  return { status: statuses[next] as string, index: next };
}
