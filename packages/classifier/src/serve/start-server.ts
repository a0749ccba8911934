import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Duplex } from "node:stream";
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
  /** Most connections open at once; a connection over it gets a JSON 503 and is closed. @default 1000 */
  maxConnections?: number;
  /**
   * A bearer token every request but `GET /healthz` must carry (`authorization: Bearer TOKEN`), else 401.
   * Set it whenever the server is reachable beyond this machine. @default none (no authentication)
   */
  apiKey?: string | undefined;
  /**
   * Host names (without port) the `Host` header may carry, against DNS rebinding.
   * @default when bound to loopback: localhost, 127.0.0.1 and ::1; otherwise any
   */
  allowedHosts?: readonly string[] | undefined;
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
  maxConnections = 1000,
  apiKey,
  allowedHosts = isLoopback(host) ? LOOPBACK_NAMES : undefined,
  log = (line) => process.stderr.write(`${line}\n`),
}: StartServerOptions): Promise<RunningServer> {
  let closing = false;
  const hosts = allowedHosts && new Set(allowedHosts.map((name) => name.toLowerCase()));

  const route = async (request: IncomingMessage, pathname: string): Promise<unknown> => {
    const method = ROUTES[pathname];
    if (method === undefined)
      throw new HttpError({ status: 404, message: `no route ${request.method} ${pathname}`, type: "not_found_error", reason: "not_found" });
    if (request.method !== method && !(method === "GET" && request.method === "HEAD")) {
      throw new HttpError({ status: 405, message: `${pathname} takes ${method}, not ${request.method}`, reason: "method_not_allowed" });
    }
    checkHost(request.headers.host, hosts);
    if (pathname === "/healthz") return { status: closing ? "stopping" : "ok", provider: classifier.provider, model: SERVED_MODEL };
    checkApiKey(request.headers.authorization, apiKey);
    if (pathname === "/v1/models") return { object: "list", data: [{ id: SERVED_MODEL, object: "model", created: 0, owned_by: "hotel-intent" }] };
    checkContentType(request.headers["content-type"]);
    const body = await readJsonBody({ request, limit: bodyLimit, timeoutMs: requestTimeoutMs });
    return withTimeout(classifyTimeoutMs, (signal) =>
      pathname === "/v1/classify" ? handleClassify({ body, classifier, maxBatch, signal }) : handleChatCompletion({ body, classifier }),
    );
  };

  const server = createServer(
    // Node checks these timeouts every connectionsCheckingInterval (30 s by default): every second, they hold to a second.
    { requestTimeout: requestTimeoutMs + 5_000, headersTimeout: requestTimeoutMs, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 },
    (request: IncomingMessage, response: ServerResponse) => {
      if (request.socket.writableEnded) return; // refused on connection (over maxConnections)
      const pathname = pathOf(request.url);
      route(request, pathname).then(
        (result) => send(response, pathname === "/healthz" && closing ? 503 : 200, result, closing ? { connection: "close" } : {}),
        (error: unknown) => {
          const httpError = toHttpError(error);
          const detail = error instanceof HttpError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
          if (httpError.status >= 500) log(`hotel-intent serve: ${request.method} ${pathname}: ${detail}`);
          const close = closing || httpError.status === 408 || httpError.status === 413 || httpError.status === 415;
          send(response, httpError.status, httpError.toBody(), {
            ...(httpError.status === 405 ? { allow: ROUTES[pathname] === "GET" ? "GET, HEAD" : "POST" } : {}),
            ...(httpError.status === 401 ? { "www-authenticate": "Bearer" } : {}),
            ...(close ? { connection: "close" } : {}),
          });
        },
      );
    },
  );

  // Node's own refusals (malformed request, header timeout, headers too large) get the same JSON errors as the routes.
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    const status = error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    const reason = status === 408 ? "request_timeout" : status === 431 ? "headers_too_large" : "bad_request";
    const message =
      status === 408 ? "the request did not arrive in time" : status === 431 ? "the request headers are too large" : "the request is not valid HTTP";
    if (socket.writable && !(error.code === "ECONNRESET")) socket.end(rawResponse(status, new HttpError({ status, message, reason }).toBody()));
    else socket.destroy();
  });
  let open = 0;
  server.on("connection", (socket: Socket) => {
    open++;
    socket.once("close", () => open--);
    if (open > maxConnections) {
      const error = new HttpError({
        status: 503,
        message: `the server has ${maxConnections} connections open; try again shortly`,
        type: "server_error",
        reason: "too_many_connections",
      });
      socket.end(rawResponse(503, error.toBody()));
    }
  });

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

/** Runs `work` with a signal that aborts after `ms`, answering 504 then (the classifier stops at its next slice). */
async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new HttpError({ status: 504, message: `classifying took longer than ${ms} ms`, type: "server_error", reason: "timeout" });
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1"];

/** Whether an address to listen on is this machine only. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

/** The host name of a `Host` header, without port or IPv6 brackets. */
function hostName(header: string): string {
  const match = /^\[([^\]]+)\](?::\d+)?$/.exec(header) ?? /^([^:]+)(?::\d+)?$/.exec(header);
  return (match?.[1] ?? header).toLowerCase();
}

function checkHost(header: string | undefined, hosts: ReadonlySet<string> | undefined): void {
  if (!hosts) return;
  if (header === undefined || !hosts.has(hostName(header))) {
    throw new HttpError({
      status: 403,
      message: `the Host header ${JSON.stringify(header ?? "")} is not one this server answers to (${[...hosts].join(", ")})`,
      reason: "host_not_allowed",
    });
  }
}

function checkApiKey(header: string | undefined, apiKey: string | undefined): void {
  if (apiKey === undefined) return;
  const given = /^Bearer\s+(.+)$/i.exec(header ?? "")?.[1]?.trim() ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(apiKey);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new HttpError({ status: 401, message: "missing or wrong API key: send authorization: Bearer KEY", reason: "invalid_api_key" });
  }
}

function checkContentType(header: string | undefined): void {
  if (!/^application\/json\s*(;|$)/i.test(header ?? "")) {
    throw new HttpError({
      status: 415,
      message: `send the body as JSON with content-type: application/json (got ${JSON.stringify(header ?? "none")})`,
      reason: "unsupported_media_type",
    });
  }
}

/** A complete HTTP/1.1 response with a JSON body, for sockets that Node's request handling does not reach. */
function rawResponse(status: number, body: unknown): string {
  const json = JSON.stringify(body);
  const reasons: Record<number, string> = { 400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large", 503: "Service Unavailable" };
  return `HTTP/1.1 ${status} ${reasons[status] ?? "Error"}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(json)}\r\nconnection: close\r\n\r\n${json}`;
}
