import { HotelIntentError, INTENTS, parseIdListFlag, parseNumberFlag, UsageError } from "@hotel-intent/shared";
import { parseCountFlag, parseMaxCostFlag, refuseOpenAIFlags, runInterruptible } from "@hotel-intent/shared/openai";
import { createProgress } from "@hotel-intent/shared/progress";
import type { Command } from "cac";
import { runOpenAIDatagen } from "./run-openai-datagen.js";

/** Flags of `datagen --provider openai`, as cac parses them. */
export interface OpenAIDatagenFlags {
  seed?: string;
  exclude?: string | string[];
  out?: string;
  json?: boolean;
  quiet?: boolean;
  teacher?: string;
  student?: string;
  perIntent?: string;
  perRequest?: string;
  concurrency?: string;
  intents?: string;
  batch?: boolean;
  adversarial?: boolean;
  hardOnly?: boolean;
  maxCost?: string;
  yes?: boolean;
}

/** Adds the `--provider openai` flags to the datagen command. */
export function withOpenAIDatagenOptions(command: Command): Command {
  return command
    .option("--teacher <model>", "openai: the model that writes the messages (default: config openai.datagen.teacher, gpt-4.1)")
    .option("--per-intent <n>", "openai: messages kept per intent (default: config openai.datagen.perIntent, 60)")
    .option("--per-request <n>", "openai: messages asked for in one teacher request (default: 15)")
    .option("--concurrency <n>", "openai: requests in flight at once (default: 4)")
    .option("--intents <ids>", "openai: only these intents, e.g. 7,10,17 (default: all 40)")
    .option("--batch", "openai: send the requests through the Batch API (half price, within 24 hours; resumable)")
    .option("--adversarial", "openai: let the student classify every new message and record the ones it gets wrong")
    .option("--hard-only", "openai: keep only the messages the student gets wrong (implies --adversarial)")
    .option("--student <model>", "openai: the student model (default: config openai.datagen.student, gpt-4o-mini)")
    .option("--max-cost <dollars>", "openai: ask before spending more than this (default: config openai.maxCost, 5)")
    .option("--yes", "openai: do not ask about the cost")
    .example("pnpm datagen --provider openai --per-intent 60 --adversarial --yes")
    .example("pnpm datagen --provider openai --batch --hard-only");
}

const OPENAI_ONLY = ["teacher", "student", "perIntent", "perRequest", "concurrency", "intents", "batch", "adversarial", "hardOnly", "maxCost", "yes"] as const;

/** Refuses OpenAI-only flags given to the local provider, which would otherwise be silently ignored. */
export function assertNoOpenAIFlags(flags: OpenAIDatagenFlags): void {
  refuseOpenAIFlags({ flags, names: OPENAI_ONLY });
}

/** `datagen --provider openai`: runs the teacher (and the student), prints a summary or the manifest, and returns the exit code (130 after Ctrl-C). */
export async function openaiDatagenCommand(flags: OpenAIDatagenFlags, write: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  const seed = parseNumberFlag({ name: "seed", value: flags.seed, integer: true });
  const intents = parseIdListFlag({ name: "intents", value: flags.intents });
  if (intents?.some((id) => !INTENTS.some((intent) => intent.id === id)))
    throw new UsageError(`--intents must be intent ids of the catalog separated by commas, got ${JSON.stringify(String(flags.intents))}`);
  const maxCost = parseMaxCostFlag(flags.maxCost);
  const settings = {
    ...(flags.teacher ? { teacher: flags.teacher } : {}),
    ...(flags.student ? { student: flags.student } : {}),
    ...(flags.perIntent ? { perIntent: parseCountFlag("per-intent", flags.perIntent) } : {}),
    ...(flags.perRequest ? { messagesPerRequest: parseCountFlag("per-request", flags.perRequest) } : {}),
    ...(flags.concurrency ? { concurrency: parseCountFlag("concurrency", flags.concurrency) } : {}),
  };
  const progress = createProgress({ quiet: flags.quiet || flags.json });
  return runInterruptible(async (signal) => {
    const { manifest, outDir, summary } = await runOpenAIDatagen({
      seed,
      exclude: flags.exclude === undefined ? undefined : [flags.exclude].flat(),
      outDir: flags.out,
      settings,
      intents,
      batch: flags.batch,
      adversarial: flags.adversarial,
      hardOnly: flags.hardOnly,
      maxCost,
      yes: flags.yes,
      signal,
      progress,
      log: (line) => progress.log(line),
    });
    if (flags.json) write(`${JSON.stringify(manifest)}\n`);
    else if (!flags.quiet) {
      const { train, validation, test } = manifest.splits;
      const student = summary.student
        ? `, the student ${summary.student} got ${((summary.studentAccuracy ?? 0) * 100).toFixed(1)}% right (${summary.hard} hard kept)`
        : "";
      write(
        `datagen (openai ${summary.teacher}${summary.batch ? ", batch" : ""}): ${train.count} train / ${validation.count} validation / ${test.count} test messages in ${outDir}` +
          `${student}; cost ${summary.dollars === null ? "unknown" : `$${summary.dollars.toFixed(4)}`}\n`,
      );
    }
  });
}
