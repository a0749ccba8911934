import type { IncomingMessage } from "node:http";
import { HttpError } from "./http-error.js";

export interface ReadJsonBodyOptions {
  /** The request whose body to read. */
  request: IncomingMessage;
  /** Largest body accepted, in bytes; a larger one is refused with 413 as soon as it is known to be larger. */
  limit: number;
  /** How long the client has to send the whole body before a 408. */
  timeoutMs: number;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Reads a request body as UTF-8 JSON, refusing one that is missing, too large, too slow, not UTF-8 or not JSON, with an {@link HttpError}. */
export async function readJsonBody({ request, limit, timeoutMs }: ReadJsonBodyOptions): Promise<unknown> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: Error | undefined) => {
      clearTimeout(timer);
      request.off("data", onData).off("end", onEnd).off("error", onError).off("close", onClose);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(tooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(undefined);
    const onError = (error: Error) =>
      finish(new HttpError({ status: 400, message: `the request body could not be read: ${error.message}`, reason: "aborted" }));
    const onClose = () => finish(new HttpError({ status: 400, message: "the client closed the connection before sending the whole body", reason: "aborted" }));
    const timer = setTimeout(
      () => finish(new HttpError({ status: 408, message: `the request body did not arrive within ${timeoutMs} ms`, reason: "request_timeout" })),
      timeoutMs,
    );
    request.on("data", onData).on("end", onEnd).on("error", onError).on("close", onClose);
  });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new HttpError({ status: 400, message: "the request body is not valid UTF-8", reason: "invalid_encoding" });
  }
  if (text.trim() === "") throw new HttpError({ status: 400, message: "the request has no body; send a JSON object", reason: "missing_body" });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError({ status: 400, message: `the request body is not valid JSON: ${(error as Error).message}`, reason: "invalid_json" });
  }
}

function tooLarge(limit: number): HttpError {
  return new HttpError({ status: 413, message: `the request body is larger than the limit of ${limit} bytes`, reason: "request_too_large" });
}
