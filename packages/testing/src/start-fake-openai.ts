import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { batchRoutes } from "./fake-batches.js";
import { chatRequestOf } from "./fake-chat.js";
import { FakeContext, type FakeRoute } from "./fake-context.js";
import { evalRoutes } from "./fake-evals.js";
import { fileRoutes } from "./fake-files.js";
import { fineTuningRoutes } from "./fake-fine-tuning.js";
import { FakeHttpError, readBody, sendBytes, sendFailure, sendJson } from "./fake-http.js";
import type { FakeFailureRule, FakeOpenAIOptions, FakeRequestRecord } from "./fake-openai-types.js";

export interface FakeOpenAI {
  /** `http://127.0.0.1:PORT/v1`: give it to the SDK as baseURL (or OPENAI_BASE_URL). */
  baseURL: string;
  /** `http://127.0.0.1:PORT`: the Azure endpoint form. */
  origin: string;
  /** The key requests must carry. */
  apiKey: string;
  /** Every request received, in order, with the status it was answered with. */
  requests: (FakeRequestRecord & { status: number })[];
  /** `"POST /v1/files"` lines of the requests so far. */
  sequence(): string[];
  /** Adds failures at run time (see FakeOpenAIOptions.failures). */
  fail(...rules: FakeFailureRule[]): void;
  /** Makes a model exist (as if fine-tuned elsewhere). */
  addModel(model: string): void;
  /** Files uploaded so far, by id. */
  files: FakeContext["files"];
  close(): Promise<void>;
}

function matches(rule: FakeFailureRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  return typeof rule.path === "string" ? path.endsWith(rule.path) : rule.path.test(path);
}

/** `/v1/x`, `/openai/x` and Azure's `/openai/deployments/NAME/x` all route as `/x`. */
function routePath(path: string): string {
  return path.replace(/^\/(?:v1|openai)(?=\/)/, "").replace(/^\/deployments\/[^/]+(?=\/)/, "");
}

function modelRoutes(context: FakeContext): FakeRoute[] {
  const model = (id: string) => ({ id, object: "model", created: 1_700_000_000, owned_by: id.startsWith("ft:") ? "fake-org" : "openai" });
  return [
    { method: "GET", pattern: /^\/models$/, handle: () => ({ json: { object: "list", data: [...context.models].map(model) } }) },
    {
      method: "GET",
      pattern: /^\/models\/(.+)$/,
      handle: ({ params }) => {
        const id = decodeURIComponent(params[0] as string);
        context.requireModel(id);
        return { json: model(id) };
      },
    },
    {
      method: "POST",
      pattern: /^\/chat\/completions$/,
      handle: async ({ body }) => ({ json: await context.chat(chatRequestOf(JSON.parse(body.toString("utf8")))) }),
    },
  ];
}

/**
 * Starts an OpenAI API look-alike on 127.0.0.1 (a free port) for tests: files, fine-tuning jobs with events and
 * checkpoints, chat completions with logprobs and structured outputs, evals with runs and output items, and batches.
 * Job, run and batch statuses advance one step per retrieve; failures (429 with retry-after, 500, 403, 404
 * model_not_found, invalid training file, failed job) are configured through the options. Never touches the network.
 */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const apiKey = options.apiKey ?? "sk-fake-test-key";
  const context = new FakeContext(options);
  const failures: (FakeFailureRule & { left: number })[] = (options.failures ?? []).map((rule) => ({ ...rule, left: rule.times ?? 1 }));
  const routes = [...fileRoutes(context), ...fineTuningRoutes(context), ...evalRoutes(context), ...batchRoutes(context), ...modelRoutes(context)];
  const requests: FakeOpenAI["requests"] = [];

  const handle = async (request: IncomingMessage, response: ServerResponse, record: FakeOpenAI["requests"][number]) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const body = await readBody(request);
    const contentType = request.headers["content-type"] ?? "";
    if (contentType.startsWith("application/json") && body.length > 0) {
      try {
        record.body = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
      } catch {}
    }
    const authorization = request.headers.authorization;
    if (authorization !== `Bearer ${apiKey}` && request.headers["api-key"] !== apiKey) {
      const shown = (authorization ?? "").replace(/^Bearer /, "");
      throw new FakeHttpError({
        status: 401,
        code: "invalid_api_key",
        message: `Incorrect API key provided: ${shown.slice(0, 3)}***${shown.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      });
    }
    const rule = failures.find((candidate) => candidate.left > 0 && matches(candidate, record.method, url.pathname));
    if (rule) {
      rule.left--;
      throw new FakeHttpError(rule);
    }
    const path = routePath(url.pathname);
    for (const route of routes) {
      const match = route.method === record.method ? route.pattern.exec(path) : null;
      if (!match) continue;
      const answer = await route.handle({ params: match.slice(1), query: url.searchParams, body, contentType });
      if ("bytes" in answer) sendBytes(response, answer.bytes);
      else sendJson(response, answer.status ?? 200, answer.json);
      return;
    }
    throw new FakeHttpError({ status: 404, message: `Invalid URL (${record.method} ${url.pathname})` });
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const record = { method: request.method ?? "GET", path: url.pathname, query: url.search, body: null, status: 0 };
    requests.push(record);
    response.on("finish", () => {
      record.status = response.statusCode;
    });
    handle(request, response, record).catch((error: unknown) => {
      if (error instanceof FakeHttpError) sendFailure(response, error.failure);
      else sendFailure(response, { status: 500, message: `fake server error: ${error instanceof Error ? error.message : String(error)}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseURL: `${origin}/v1`,
    origin,
    apiKey,
    requests,
    sequence: () => requests.map((request) => `${request.method} ${request.path}`),
    fail: (...rules) => failures.push(...rules.map((rule) => ({ ...rule, left: rule.times ?? 1 }))),
    addModel: (model) => context.models.add(model),
    files: context.files,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
