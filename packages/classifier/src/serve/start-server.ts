import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HotelIntentError } from "@hotel-intent/shared";
import type { Classifier } from "../create-classifier.js";
import { InvalidMessageError } from "../errors.js";
import { handleChatCompletion, SERVED_MODEL } from "./handle-chat-completion.js";
import { handleClassify } from "./handle-classify.js";
import { HttpError } from "./http-error.js";
import { readJsonBody } from "./read-json-body.js";

export interface StartServerOptions {
  /** What answers the requests, e.g. `await createClassifier()`. */
  classifier: Classifier;
  /** Port to listen on; 0 picks a free one. @default 8040 */
  port?: number;
  /** Address to listen on. @default "127.0.0.1" (this machine only) */
  host?: string;
  /** Largest request body, in bytes; larger ones get 413. @default 1048576 (1 MiB) */
  bodyLimit?: number;
  /** How long a client has to send a whole request (headers and body) before a 408. @default 10000 */
  requestTimeoutMs?: number;
  /** How long one classification may take before a 504. @default 30000 */
  classifyTimeoutMs?: number;
  /** Most messages in one `POST /v1/classify` `texts` array. @default 1000 */
  maxBatch?: number;
  /** Where unexpected errors (500s) are reported; never request bodies. @default a line on stderr */
  log?: (line: string) => void;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8040`; the OpenAI-compatible base URL is this plus `/v1`. */
  url: string;
  /** Stops accepting connections, lets requests in flight finish (closing every connection after `graceMs`), then resolves. */
  close(options?: { graceMs?: number }): Promise<void>;
}

const ROUTES: Record<string, string> = { "/healthz": "GET", "/v1/models": "GET", "/v1/classify": "POST", "/v1/chat/completions": "POST" };

/**
 * Serves a classifier over HTTP: `POST /v1/classify`, OpenAI-compatible `POST /v1/chat/completions` (model
 * `hotel-intent`), `GET /v1/models` and `GET /healthz`. Every error is JSON in OpenAI's error shape.
 */
export async function startServer({
  classifier,
  port = 8040,
  host = "127.0.0.1",
  bodyLimit = 1_048_576,
  requestTimeoutMs = 10_000,
  classifyTimeoutMs = 30_000,
  maxBatch = 1000,
  log = (line) => process.stderr.write(`${line}\n`),
}: StartServerOptions): Promise<RunningServer> {
  let closing = false;

  const route = async (request: IncomingMessage, pathname: string): Promise<unknown> => {
    const method = ROUTES[pathname];
    if (method === undefined)
      throw new HttpError({ status: 404, message: `no route ${request.method} ${pathname}`, type: "not_found_error", reason: "not_found" });
    if (request.method !== method && !(method === "GET" && request.method === "HEAD")) {
      throw new HttpError({ status: 405, message: `${pathname} takes ${method}, not ${request.method}`, reason: "method_not_allowed" });
    }
    if (pathname === "/healthz") return { status: closing ? "stopping" : "ok", provider: classifier.provider, model: SERVED_MODEL };
    if (pathname === "/v1/models") return { object: "list", data: [{ id: SERVED_MODEL, object: "model", created: 0, owned_by: "hotel-intent" }] };
    const body = await readJsonBody({ request, limit: bodyLimit, timeoutMs: requestTimeoutMs });
    const work = pathname === "/v1/classify" ? handleClassify({ body, classifier, maxBatch }) : handleChatCompletion({ body, classifier });
    return withTimeout(work, classifyTimeoutMs);
  };

  const server = createServer(
    { requestTimeout: requestTimeoutMs + 5_000, headersTimeout: requestTimeoutMs, keepAliveTimeout: 5_000 },
    (request: IncomingMessage, response: ServerResponse) => {
      const pathname = pathOf(request.url);
      route(request, pathname).then(
        (result) => send(response, pathname === "/healthz" && closing ? 503 : 200, result, closing ? { connection: "close" } : {}),
        (error: unknown) => {
          const httpError = toHttpError(error);
          const detail = error instanceof HttpError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
          if (httpError.status >= 500) log(`hotel-intent serve: ${request.method} ${pathname}: ${detail}`);
          const close = closing || httpError.status === 408 || httpError.status === 413;
          send(response, httpError.status, httpError.toBody(), {
            ...(httpError.status === 405 ? { allow: ROUTES[pathname] === "GET" ? "GET, HEAD" : "POST" } : {}),
            ...(close ? { connection: "close" } : {}),
          });
        },
      );
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;

  return {
    url: `http://${shownHost}:${address.port}`,
    close: async ({ graceMs = 10_000 } = {}) => {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
    },
  };
}

/** The path of a request target, without its query; "" for a target that is not a URL path (it then gets a 404). */
function pathOf(target: string | undefined): string {
  try {
    return new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    return "";
  }
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (response.headersSent || response.destroyed) return;
  const json = JSON.stringify(body);
  response.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(json) });
  response.end(json);
}

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof InvalidMessageError) return new HttpError({ status: 400, message: error.message, reason: "invalid_message" });
  const message = error instanceof HotelIntentError ? `the classifier failed: ${error.message}` : "the server failed to answer; see its log";
  return new HttpError({ status: 500, message, type: "server_error", reason: "internal_error" });
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpError({ status: 504, message: `classifying took longer than ${ms} ms`, type: "server_error", reason: "timeout" })),
      ms,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
