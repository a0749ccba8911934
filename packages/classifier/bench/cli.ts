import { HotelIntentError, runCli, UsageError } from "@hotel-intent/shared";
import { cac } from "cac";
import { benchInput } from "./bench-input.js";
import { type BenchServeOptions, benchServe } from "./bench-serve.js";

const cli = cac("bench:serve");
cli
  .command("", "Load-test `hotel-intent serve` over loopback and print requests/s, p50/p99 latency and errors")
  .option("--duration <s>", "seconds of load", { default: "30" })
  .option("--connections <n>", "concurrent connections", { default: "10" })
  .option("--endpoint <name>", "classify (POST /v1/classify) or chat (POST /v1/chat/completions)", { default: "classify" })
  .option("--model-dir <dir>", "model to serve (default: packages/classifier/model)")
  .option("--hostile", "run twice: plain, then with one 1 MB request of the costliest words a second; print both and the p99 ratio")
  .option("--json", "print the result as one JSON line")
  .action(async (options: { duration: string; connections: string; endpoint: string; modelDir?: string; hostile?: boolean; json?: boolean }) => {
    if (options.endpoint !== "classify" && options.endpoint !== "chat") {
      throw new UsageError(`--endpoint must be classify or chat, got ${options.endpoint}`);
    }
    const common: BenchServeOptions = {
      duration: Number(options.duration),
      connections: Number(options.connections),
      endpoint: options.endpoint,
      ...(options.modelDir ? { modelDir: options.modelDir } : {}),
    };
    const results = [await benchServe(common)];
    if (options.hostile) results.push(await benchServe({ ...common, hostilePerSecond: 1 }));
    for (const result of results) {
      if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else {
        const hostile = result.hostile;
        process.stdout.write(
          [
            `bench:serve ${result.endpoint} on ${result.server}, ${result.connections} connections for ${result.duration} s over loopback${hostile ? ", plus one hostile 1 MB request a second" : ""}:`,
            `  requests/s  ${result.requestsPerSecond.toFixed(0)} (${result.requests} requests)`,
            `  latency     p50 ${result.latencyMs.p50.toFixed(2)} ms, p99 ${result.latencyMs.p99.toFixed(2)} ms, max ${result.latencyMs.max.toFixed(2)} ms`,
            `  errors      ${result.errors}`,
            ...(hostile
              ? [`  hostile     ${hostile.requests} answered, slowest ${hostile.maxMs} ms; slowest /healthz meanwhile ${hostile.healthzMaxMs} ms`]
              : []),
            "",
          ].join("\n"),
        );
      }
    }
    const [plain, withHostile] = results;
    if (plain && withHostile && !options.json) {
      process.stdout.write(`p99 with hostile requests / without: ${(withHostile.latencyMs.p99 / plain.latencyMs.p99).toFixed(2)}x\n`);
    }
    const errors = results.reduce((sum, result) => sum + result.errors, 0);
    if (errors > 0) throw new HotelIntentError("E_BENCH", `${errors} requests failed (errors, timeouts or non-2xx answers)`);
  });
cli
  .command("input", "Run `hotel-intent classify --input` on a large generated file and print its time and peak memory")
  .option("--lines <n>", "lines in the input file", { default: "2400000" })
  .option("--model-dir <dir>", "model to load (default: packages/classifier/model)")
  .option("--json", "print the result as one JSON line")
  .action(async (options: { lines: string; modelDir?: string; json?: boolean }) => {
    const result = await benchInput({ lines: Number(options.lines), ...(options.modelDir ? { modelDir: options.modelDir } : {}) });
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(
        [
          `bench:input: hotel-intent classify --input on ${result.lines} lines (${(result.inputBytes / 1e6).toFixed(1)} MB), ${result.cli}:`,
          `  predictions  ${result.predictions}`,
          `  time         ${result.seconds.toFixed(1)} s (${((result.seconds / result.lines) * 1e6).toFixed(1)} µs a line, process start included)`,
          `  peak RSS     ${result.peakRssMb.toFixed(0)} MB`,
          "",
        ].join("\n"),
      );
    }
    if (result.predictions !== result.lines) throw new HotelIntentError("E_BENCH", `${result.lines} lines but ${result.predictions} predictions`);
  });
cli.help();
await runCli(cli);
