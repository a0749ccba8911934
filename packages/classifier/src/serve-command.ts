import { HotelIntentError, readEnv, UsageError } from "@hotel-intent/shared";
import { createClassifier } from "./create-classifier.js";
import { isLoopback, startServer } from "./serve/start-server.js";

export interface ServeCommandOptions {
  /** Port to listen on; 0 picks a free one. @default 8040 */
  port?: number | undefined;
  /** Address to listen on. @default "127.0.0.1" */
  host?: string | undefined;
  /** An embedded model folder. @default the model bundled in the package */
  modelDir?: string | undefined;
  /** Alternatives after the top intent in each prediction. @default 3 */
  topK?: number | undefined;
  /** Below this confidence predictions abstain (chat completions then answer "0"). @default 0 */
  threshold?: number | undefined;
  /** Largest request body, in bytes. @default 1048576 */
  bodyLimit?: number | undefined;
  /** Most connections open at once. @default 1000 */
  maxConnections?: number | undefined;
  /** Bearer token every request but /healthz must carry. @default the HOTEL_INTENT_API_KEY variable, else none */
  apiKey?: string | undefined;
  /** Stops the server gracefully when aborted. @default aborted by SIGTERM or SIGINT */
  signal?: AbortSignal | undefined;
  /** Where the "listening on URL" line goes. @default process.stdout */
  write?: (line: string) => void;
  /** Where the "stopped" line goes. @default process.stderr */
  log?: (line: string) => void;
}

/** `hotel-intent serve`: loads the classifier, serves it over HTTP until the signal, then lets requests in flight finish. */
export async function serveCommand({
  port = 8040,
  host = "127.0.0.1",
  modelDir,
  topK,
  threshold,
  bodyLimit,
  maxConnections,
  apiKey = readEnv().HOTEL_INTENT_API_KEY,
  signal = stopSignal(),
  write = (line) => process.stdout.write(line),
  log = (line) => process.stderr.write(line),
}: ServeCommandOptions): Promise<void> {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a whole number from 0 to 65535, got ${port}`);
  const classifier = await createClassifier({ modelDir, topK, threshold });
  const server = await startServer({ classifier, port, host, bodyLimit, maxConnections, apiKey });
  if (apiKey === undefined && !isLoopback(host))
    log(`hotel-intent serve: warning: listening on ${host} with no API key; set --api-key or HOTEL_INTENT_API_KEY\n`);
  write(`listening on ${server.url}\n`);
  if (!signal.aborted) await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
  await server.close();
  log("hotel-intent serve: stopped\n");
}

/** A signal that SIGTERM or SIGINT aborts. */
function stopSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return controller.signal;
}
