import type { IncomingMessage, ServerResponse } from "node:http";

/** An error answer, in the API's own shape: `{"error": {"message", "type", "param", "code"}}`. */
export interface FakeApiFailure {
  status: number;
  /** The `error.code` field, e.g. `model_not_found`, `rate_limit_exceeded`. */
  code?: string | undefined;
  message?: string | undefined;
  /** Seconds, sent as the `retry-after` header. */
  retryAfter?: number | undefined;
  /** Milliseconds, sent as the `retry-after-ms` header (the SDK prefers it). */
  retryAfterMs?: number | undefined;
}

/** Thrown inside a route to answer with an API error. */
export class FakeHttpError extends Error {
  readonly failure: FakeApiFailure;
  constructor(failure: FakeApiFailure) {
    super(failure.message ?? `HTTP ${failure.status}`);
    this.failure = failure;
  }
}

const TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "invalid_request_error",
  403: "invalid_request_error",
  404: "invalid_request_error",
  429: "requests",
  500: "server_error",
};

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let requestCounter = 0;

export function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "x-request-id": `req_fake_${++requestCounter}`,
    ...headers,
  });
  response.end(body);
}

export function sendBytes(response: ServerResponse, bytes: Buffer): void {
  response.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length, "x-request-id": `req_fake_${++requestCounter}` });
  response.end(bytes);
}

export function sendFailure(response: ServerResponse, failure: FakeApiFailure): void {
  const headers: Record<string, string> = {};
  if (failure.retryAfter !== undefined) headers["retry-after"] = String(failure.retryAfter);
  if (failure.retryAfterMs !== undefined) headers["retry-after-ms"] = String(failure.retryAfterMs);
  sendJson(
    response,
    failure.status,
    {
      error: {
        message: failure.message ?? `fake failure ${failure.status}`,
        type: TYPES[failure.status] ?? (failure.status >= 500 ? "server_error" : "invalid_request_error"),
        param: null,
        code: failure.code ?? null,
      },
    },
    headers,
  );
}

/** Parses a JSON request body into an object; anything else is a 400 like the API's. */
export function jsonBody(bytes: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {}
  throw new FakeHttpError({ status: 400, message: "We could not parse the JSON body of your request." });
}

/** A cursor page as the API returns it: `{object: "list", data, first_id, last_id, has_more}`, `after` being an id. */
export function cursorPage<T extends { id: string }>(items: readonly T[], query: URLSearchParams, defaultLimit = 20): Record<string, unknown> {
  const limit = Math.max(1, Math.min(100, Number(query.get("limit") ?? defaultLimit) || defaultLimit));
  const after = query.get("after");
  const start = after ? items.findIndex((item) => item.id === after) + 1 : 0;
  const data = items.slice(start, start + limit);
  return { object: "list", data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: start + limit < items.length };
}
