import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { loadLinearModel } from "@hotel-intent/model";
import { HotelIntentError, UsageError } from "@hotel-intent/shared";
import autocannon from "autocannon";
import { cliCommand, PACKAGE_DIR } from "./cli-command.js";

/** Guest messages the load rotates through (written for this benchmark; none comes from an evaluation set). */
const MESSAGES = [
  "our flight isn't until nine tonight, any chance we can hang on to the room a bit longer?",
  "we've got three big suitcases and a pram, could somebody give us a hand getting up?",
  "the kids used every towel in the place, could we get a few more sent up",
  "is there somewhere nearby we could eat tonight that does gluten free?",
  "the air con is making a rattling noise and the room is still warm",
  "could you ring us at half six tomorrow, we can't miss the early train",
  "I think we were charged twice for the minibar on the bill",
  "what time do you stop serving breakfast in the morning?",
  "we need to push our arrival back two days, is that doable?",
  "is the pool still open at this hour?",
  "can I just talk to an actual person about this please",
  "how do I leave a review for the lovely lady on reception",
];

export interface BenchServeOptions {
  /** Seconds of load. @default 30 */
  duration?: number;
  /** Concurrent connections. @default 10 */
  connections?: number;
  /** `classify` (POST /v1/classify) or `chat` (POST /v1/chat/completions). @default "classify" */
  endpoint?: "classify" | "chat";
  /** The model the server loads. @default the model bundled in packages/classifier/model */
  modelDir?: string;
  /** Hostile requests a second (1 MB batches of the costliest words), sent beside the load. @default 0 */
  hostilePerSecond?: number;
}

export interface HostileResult {
  /** Hostile requests sent and answered with 200. */
  requests: number;
  /** Slowest hostile request, start to answer. */
  maxMs: number;
  /** Slowest `GET /healthz`, sent while a hostile request was being classified. */
  healthzMaxMs: number;
}

export interface BenchServeResult {
  server: string;
  endpoint: string;
  duration: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  hostile?: HostileResult;
}

/**
 * 1 MB of the costliest input found for the featurizer: a hundred 10,000-character messages of distinct 32-letter
 * words (longer words are cut to 32 letters, and every distinct word costs its character n-grams).
 */
export function hostileBatch(): string[] {
  const word = (n: number) => Array.from({ length: 32 }, (_, i) => String.fromCharCode(97 + ((n * 7_919 + i * i * 31) % 26))).join("");
  return Array.from({ length: 100 }, (_, m) =>
    Array.from({ length: 303 }, (_, w) => word(m * 303 + w))
      .join(" ")
      .slice(0, 10_000),
  );
}

/** Sends hostile batches at `perSecond` until stopped; each time, also times a /healthz sent while the batch is classified. */
function startHostile(url: string, perSecond: number): { stop: () => Promise<HostileResult> } {
  const body = JSON.stringify({ texts: hostileBatch() });
  const result: HostileResult = { requests: 0, maxMs: 0, healthzMaxMs: 0 };
  const pending: Promise<void>[] = [];
  const send = () => {
    const start = performance.now();
    pending.push(
      fetch(`${url}/v1/classify`, { method: "POST", body, headers: { "content-type": "application/json" } }).then(async (response) => {
        await response.arrayBuffer();
        if (response.ok) result.requests++;
        result.maxMs = Math.max(result.maxMs, performance.now() - start);
      }),
      new Promise((resolve) => setTimeout(resolve, 50)).then(async () => {
        const healthStart = performance.now();
        await (await fetch(`${url}/healthz`)).arrayBuffer();
        result.healthzMaxMs = Math.max(result.healthzMaxMs, performance.now() - healthStart);
      }),
    );
  };
  const timer = setInterval(send, 1000 / perSecond);
  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(pending);
      return { ...result, maxMs: Math.round(result.maxMs), healthzMaxMs: Math.round(result.healthzMaxMs * 10) / 10 };
    },
  };
}

/** Starts `hotel-intent serve` on 127.0.0.1 in a child process, puts bounded load on it with autocannon, and stops it. */
export async function benchServe({
  duration = 30,
  connections = 10,
  endpoint = "classify",
  modelDir = join(PACKAGE_DIR, "model"),
  hostilePerSecond = 0,
}: BenchServeOptions = {}) {
  if (!(duration > 0 && duration <= 600)) throw new UsageError(`--duration must be from 1 to 600 seconds, got ${duration}`);
  if (!(Number.isInteger(connections) && connections >= 1 && connections <= 1000))
    throw new UsageError(`--connections must be from 1 to 1000, got ${connections}`);
  await loadLinearModel({ dir: modelDir }).catch((error: Error) => {
    throw new HotelIntentError("E_MISSING_INPUT", `no model to serve: ${error.message}; run \`pnpm run pipeline\` or pass --model-dir`);
  });
  const { name: server, args } = cliCommand();
  const child = spawn(process.execPath, [...args, "serve", "--host", "127.0.0.1", "--port", "0", "--model-dir", modelDir], {
    cwd: PACKAGE_DIR,
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const url = await listeningUrl(child);
    let next = 0;
    const body = (text: string) => JSON.stringify(endpoint === "classify" ? { text } : { model: "hotel-intent", messages: [{ role: "user", content: text }] });
    /** Every 2xx response time in ms, as floats: autocannon's own histogram rounds to whole milliseconds. */
    const times: number[] = [];
    const hostile = hostilePerSecond > 0 ? startHostile(url, hostilePerSecond) : undefined;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          connections,
          duration,
          requests: [
            {
              method: "POST",
              path: endpoint === "classify" ? "/v1/classify" : "/v1/chat/completions",
              headers: { "content-type": "application/json" },
              setupRequest: (request) => ({ ...request, body: body(MESSAGES[next++ % MESSAGES.length] as string) }),
            },
          ],
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on("response", (_client, statusCode, _bytes, ms) => {
        if (statusCode >= 200 && statusCode < 300) times.push(ms);
      });
    });
    const hostileResult = await hostile?.stop();
    const sorted = Float64Array.from(times).sort();
    return {
      server,
      endpoint,
      duration,
      connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? 0 },
      errors: result.errors + result.timeouts + result.non2xx,
      ...(hostileResult ? { hostile: hostileResult } : {}),
    } satisfies BenchServeResult;
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new HotelIntentError("E_BENCH", "the server did not start within 30 s")), 30_000);
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new HotelIntentError("E_BENCH", `the server exited with code ${code} before listening`));
    });
  });
}

/** Nearest-rank percentile of ascending values, rounded to microseconds. */
function percentile(sorted: Float64Array, share: number): number {
  if (sorted.length === 0) return 0;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;
  return Math.round(value * 1000) / 1000;
}
