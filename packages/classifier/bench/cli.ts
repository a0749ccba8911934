import { HotelIntentError, runMain } from "@hotel-intent/shared";
import { cac } from "cac";
import { benchServe } from "./bench-serve.js";

const cli = cac("bench:serve");
cli
  .command("", "Load-test `hotel-intent serve` over loopback and print requests/s, p50/p99 latency and errors")
  .option("--duration <s>", "seconds of load", { default: "30" })
  .option("--connections <n>", "concurrent connections", { default: "10" })
  .option("--endpoint <name>", "classify (POST /v1/classify) or chat (POST /v1/chat/completions)", { default: "classify" })
  .option("--model-dir <dir>", "model to serve (default: packages/classifier/model)")
  .option("--json", "print the result as one JSON line")
  .action((options: { duration: string; connections: string; endpoint: string; modelDir?: string; json?: boolean }) =>
    runMain(async () => {
      if (options.endpoint !== "classify" && options.endpoint !== "chat") {
        throw new HotelIntentError("E_USAGE", `--endpoint must be classify or chat, got ${options.endpoint}`);
      }
      const result = await benchServe({
        duration: Number(options.duration),
        connections: Number(options.connections),
        endpoint: options.endpoint,
        ...(options.modelDir ? { modelDir: options.modelDir } : {}),
      });
      if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        process.stdout.write(
          [
            `bench:serve ${result.endpoint} on ${result.server}, ${result.connections} connections for ${result.duration} s over loopback:`,
            `  requests/s  ${result.requestsPerSecond.toFixed(0)} (${result.requests} requests)`,
            `  latency     p50 ${result.latencyMs.p50.toFixed(2)} ms, p99 ${result.latencyMs.p99.toFixed(2)} ms, max ${result.latencyMs.max.toFixed(2)} ms`,
            `  errors      ${result.errors}`,
            "",
          ].join("\n"),
        );
      }
      if (result.errors > 0) throw new HotelIntentError("E_BENCH", `${result.errors} requests failed (errors, timeouts or non-2xx answers)`);
    }),
  );
cli.help();
cli.parse();
