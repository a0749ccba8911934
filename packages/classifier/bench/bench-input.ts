import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { HotelIntentError, UsageError } from "@hotel-intent/shared";
import { cliCommand, PACKAGE_DIR } from "./cli-command.js";

/** Short guest messages the input file cycles through (written for this benchmark). */
const LINES = ["more towels please", "can we stay till 2?", "is the pool open", "wifi password?", "taxi at 6am", "bill looks wrong", "late checkout pls"];

export interface BenchInputOptions {
  /** Lines in the input file. @default 2400000 */
  lines?: number;
  /** The model the CLI loads. @default the model bundled in packages/classifier/model */
  modelDir?: string;
}

export interface BenchInputResult {
  cli: string;
  lines: number;
  inputBytes: number;
  predictions: number;
  seconds: number;
  peakRssMb: number;
}

/** Writes a file of `lines` short messages, runs `hotel-intent classify --input` on it as a process, and reports its peak RSS. */
export async function benchInput({ lines = 2_400_000, modelDir = join(PACKAGE_DIR, "model") }: BenchInputOptions = {}): Promise<BenchInputResult> {
  if (!(Number.isInteger(lines) && lines >= 1 && lines <= 50_000_000)) throw new UsageError(`--lines must be from 1 to 50000000, got ${lines}`);
  const work = await mkdtemp(join(tmpdir(), "hotel-intent-bench-input-"));
  try {
    const input = join(work, "messages.txt");
    const out = createWriteStream(input);
    for (let index = 0; index < lines; index++) if (!out.write(`${LINES[index % LINES.length]}\n`)) await once(out, "drain");
    out.end();
    await finished(out);
    const { name: cli, args } = cliCommand();
    const timeFile = join(work, "time.txt");
    const start = performance.now();
    // GNU time reports the process's peak resident set size ("%M", in KiB)
    const child = spawn("/usr/bin/time", ["-f", "%M", "-o", timeFile, process.execPath, ...args, "classify", "--input", input, "--model-dir", modelDir], {
      cwd: PACKAGE_DIR,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let predictions = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) predictions++;
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    if (code !== 0) throw new HotelIntentError("E_BENCH", `hotel-intent classify exited with ${code}`);
    return {
      cli,
      lines,
      inputBytes: (await stat(input)).size,
      predictions,
      seconds: (performance.now() - start) / 1000,
      peakRssMb: Number((await readFile(timeFile, "utf8")).trim().split("\n").at(-1)) / 1024,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
