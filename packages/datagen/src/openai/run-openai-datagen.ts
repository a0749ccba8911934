import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import {
  anyLabelledSchema,
  DataError,
  loadConfig,
  type Manifest,
  OpenAIRequestError,
  parseAnswer,
  projectPaths,
  readJsonl,
  type SplitName,
  writeJson,
} from "@hotel-intent/shared";
import {
  confirmCost,
  createOpenAIClientFromConfig,
  describeEndpoint,
  formatDollars,
  type OpenAIConfig,
  type OpenAIRunOptions,
  usageCost,
} from "@hotel-intent/shared/openai";
import { silentProgress } from "@hotel-intent/shared/progress";
import type { DatasetRow } from "../local/generate-local.js";
import { prepareSources } from "../prepare-sources.js";
import { splitStratified } from "../split-stratified.js";
import { writeDataset } from "../write-dataset.js";
import { openDatagenState } from "./datagen-state.js";
import { estimateDatagenCost } from "./estimate-datagen-cost.js";
import type { OpenAIAnswer, OpenAIRequest } from "./openai-request.js";
import { OVERSHOOT, planHash, planTeacherRequests, studentRequest } from "./plan-requests.js";
import { sendBatch } from "./send-batch.js";
import { sendDirect } from "./send-direct.js";
import { guestMessagesSchema } from "./teacher-prompt.js";

export interface RunOpenAIDatagenOptions extends OpenAIRunOptions {
  /** Seed of the split and of the teacher's requests. @default config datagen.seed (42) */
  seed?: number | undefined;
  /** Labelled files whose messages must never be generated. @default VagueIntent-Eval when ../shared/seed-data has it */
  exclude?: string[] | undefined;
  /** @default datasets/generated */
  outDir?: string | undefined;
  /** Overrides of config openai.datagen: teacher, student, perIntent, messagesPerRequest, concurrency, temperature. */
  settings?: Partial<OpenAIConfig["datagen"]> | undefined;
  /** Only these intent ids. @default all 40 */
  intents?: number[] | undefined;
  /** Send the requests through the Batch API (half price, up to 24 hours). @default false */
  batch?: boolean | undefined;
  /** Let the student classify every new message and record the ones it gets wrong. @default false (true with hardOnly) */
  adversarial?: boolean | undefined;
  /** Keep only the messages the student gets wrong. @default false */
  hardOnly?: boolean | undefined;
}

/** `openai-datagen.json`: what the teacher and the student did, and what it cost. */
export interface OpenAIDatagenSummary {
  endpoint: string;
  teacher: string;
  student: string | null;
  batch: boolean;
  plan: string;
  requests: { teacher: number; student: number; failed: number };
  generated: number;
  kept: number;
  hard: number | null;
  /** Share of kept messages the student classified right; null without the student. */
  studentAccuracy: number | null;
  usage: Record<string, { promptTokens: number; completionTokens: number; dollars: number | null }>;
  dollars: number | null;
  perIntent: Record<string, { generated: number; kept: number; hard: number | null }>;
}

type OpenAIRow = DatasetRow & { student?: number | null; hard?: boolean };

/**
 * The OpenAI provider of datagen: a teacher model writes vague guest messages per intent with structured outputs,
 * directly (bounded concurrency) or through the Batch API; optionally a student model classifies each new message with
 * the full prompt and the ones it gets wrong are marked hard (`hardOnly` keeps only those). Then the same dedupe,
 * leakage check, per-intent balance, stratified split and atomic writes as the local provider. Every answer is cached
 * under datasets/cache/openai-datagen, so a rerun after a crash or Ctrl-C pays only for what is missing.
 */
export async function runOpenAIDatagen(
  options: RunOpenAIDatagenOptions = {},
): Promise<{ manifest: Manifest; outDir: string; summary: OpenAIDatagenSummary; warnings: string[] }> {
  const { batch = false, hardOnly = false, progress = silentProgress, log = () => {} } = options;
  const adversarial = options.adversarial === true || hardOnly;
  const paths = projectPaths(options.root);
  const fullConfig = await loadConfig({ file: paths.config });
  const config = fullConfig.openai;
  const settings = { ...config.datagen, ...options.settings };
  const seed = options.seed ?? fullConfig.datagen.seed;
  const client = createOpenAIClientFromConfig({ config, apiKey: options.apiKey, baseURL: options.baseURL });
  const defaultExclude = paths.vagueIntentEval;
  const excludeFiles = options.exclude ?? (existsSync(defaultExclude) ? [defaultExclude] : []);
  const excludeTexts: string[] = [];
  for (const file of excludeFiles) excludeTexts.push(...(await readJsonl({ file, schema: anyLabelledSchema })).map((row) => row.text));

  const teacherRequests = planTeacherRequests({ ...settings, seed, intents: options.intents });
  const plan = planHash(teacherRequests);
  const store = await openDatagenState({ file: join(paths.root, "datasets", "cache", "openai-datagen", `${plan}.json`) });
  const send = (requests: OpenAIRequest[], label: string) =>
    batch
      ? sendBatch({ client, requests, store, progress, label, pollMs: options.pollMs ?? config.pollSeconds * 1000, signal: options.signal, log })
      : sendDirect({ client, requests, store, concurrency: settings.concurrency, progress, label, signal: options.signal });

  const unanswered = teacherRequests.filter((request) => !store.state.answers[request.customId]);
  const intentCount = new Set(teacherRequests.map((request) => request.customId.split("-")[1])).size;
  const studentCount = adversarial ? Math.ceil(settings.perIntent * OVERSHOOT) * intentCount : 0;
  const dollars = estimateDatagenCost({
    teacher: unanswered,
    messagesPerRequest: settings.messagesPerRequest,
    studentCount,
    studentSample: adversarial ? studentRequest({ student: settings.student, text: "x".repeat(120) }) : undefined,
    batch,
    prices: config.prices,
  });
  const what = `generating ${settings.perIntent} messages × ${intentCount} intents with ${settings.teacher}${adversarial ? `, checked by ${settings.student}` : ""}${batch ? " (Batch API)" : ""}`;
  log(`${what}: ${unanswered.length} of ${teacherRequests.length} teacher requests to send, estimated ${formatDollars(dollars)} (${describeEndpoint(client)})`);
  if (unanswered.length > 0) await confirmCost({ what, dollars, maxCost: options.maxCost ?? config.maxCost, yes: options.yes, ask: options.ask });

  const warnings: string[] = [];
  const teacherAnswers = await send(teacherRequests, `teacher ${settings.teacher}`);
  const generated: (OpenAIRow & { voice: string; stage: string })[] = [];
  let failed = 0;
  for (const request of teacherRequests) {
    const answer = teacherAnswers.get(request.customId) as OpenAIAnswer;
    const intent = Number(request.customId.split("-")[1]);
    const parsed = "content" in answer ? guestMessagesSchema.safeParse(safeJson(answer.content)) : undefined;
    if (!parsed?.success) {
      failed++;
      warnings.push(`${request.customId}: ${"error" in answer ? answer.error : "the answer does not match the guest_messages schema"}`);
      continue;
    }
    parsed.data.messages.forEach((message, index) => {
      generated.push({
        text: message.text.trim(),
        intent,
        source: "openai",
        origin: `${request.customId}#${index}`,
        voice: message.voice,
        stage: message.stage,
      });
    });
  }
  if (generated.length === 0 && failed > 0) {
    const first = teacherRequests.map((request) => teacherAnswers.get(request.customId)).find((answer) => answer && "error" in answer);
    throw new OpenAIRequestError({
      status: null,
      message: `all ${failed} teacher requests failed (${describeEndpoint(client)}); the first: ${first && "error" in first ? first.error : "an answer that does not match the guest_messages schema"}`,
    });
  }
  const prepared = prepareSources({ messages: generated.filter((row) => row.text !== "" && row.text.length <= 10_000), excludeTexts });
  for (const match of prepared.benchmarkMatches)
    warnings.push(`${match.origin}: refused, ${Math.round(match.similarity * 100)}% similar to a benchmark message`);
  for (const conflict of prepared.conflicts) warnings.push(`${conflict.origin}: near-duplicate of ${conflict.other} with a different intent; dropped`);
  let rows: OpenAIRow[] = prepared.kept;
  let studentAccuracy: number | null = null;
  let studentRequests: OpenAIRequest[] = [];

  if (adversarial) {
    studentRequests = rows.map((row) => studentRequest({ student: settings.student, text: row.text }));
    const answers = await send(studentRequests, `student ${settings.student}`);
    rows = rows.map((row, index) => {
      const answer = answers.get((studentRequests[index] as OpenAIRequest).customId) as OpenAIAnswer;
      if ("error" in answer) {
        failed++;
        warnings.push(`${row.origin}: the student gave no answer (${answer.error}); counted as hard`);
        return { ...row, student: null, hard: true };
      }
      let student: number | null = null;
      try {
        student = parseAnswer(answer.content);
      } catch {}
      return { ...row, student, hard: student !== row.intent };
    });
    studentAccuracy = rows.length === 0 ? null : rows.filter((row) => row.student === row.intent).length / rows.length;
    if (hardOnly) rows = rows.filter((row) => row.hard);
  }

  const perIntent: OpenAIDatagenSummary["perIntent"] = {};
  const countsOf = (intent: number) => {
    perIntent[intent] ??= { generated: 0, kept: 0, hard: adversarial ? 0 : null };
    return perIntent[intent];
  };
  const balanced: OpenAIRow[] = [];
  for (const row of rows) {
    const counts = countsOf(row.intent);
    if (counts.kept >= settings.perIntent) continue;
    counts.kept++;
    if (row.hard && counts.hard !== null) counts.hard++;
    balanced.push(row);
  }
  for (const row of generated) countsOf(row.intent).generated++;
  for (const [intent, counts] of Object.entries(perIntent)) {
    if (counts.kept < settings.perIntent) warnings.push(`intent ${intent}: ${counts.kept} of ${settings.perIntent} messages kept`);
  }
  const splits = splitStratified({
    items: balanced,
    intentOf: (row) => row.intent,
    seed,
    validationShare: fullConfig.datagen.validationShare,
    testShare: fullConfig.datagen.testShare,
  }) as Record<SplitName, DatasetRow[]>;
  if (splits.train.length === 0)
    throw new DataError({
      file: paths.config,
      message: "the teacher's messages left the train split empty; see the warnings, or raise openai.datagen.perIntent",
    });

  const target = options.outDir ?? paths.generated;
  const manifest = await writeDataset({
    dir: target,
    splits,
    manifest: {
      provider: "openai",
      seed,
      createdBy: "@hotel-intent/datagen",
      corpusHash: plan,
      dropped: { duplicates: prepared.duplicates, nearDuplicates: prepared.nearDuplicates, benchmarkMatches: prepared.benchmarkMatches.length },
      excludeFiles: excludeFiles.map((file) => relative(paths.root, file)),
    },
  });
  const usage: OpenAIDatagenSummary["usage"] = {};
  let total: number | null = 0;
  for (const request of [...teacherRequests, ...studentRequests]) {
    const answer = store.state.answers[request.customId];
    if (!answer) continue;
    const model = request.body.model;
    usage[model] ??= { promptTokens: 0, completionTokens: 0, dollars: 0 };
    const entry = usage[model];
    entry.promptTokens += answer.usage.promptTokens;
    entry.completionTokens += answer.usage.completionTokens;
    const cost = usageCost({ model, usage: answer.usage, prices: config.prices, batch: answer.batch });
    entry.dollars = cost === null || entry.dollars === null ? null : entry.dollars + cost;
    total = cost === null || total === null ? null : total + cost;
  }
  const summary: OpenAIDatagenSummary = {
    endpoint: describeEndpoint(client),
    teacher: settings.teacher,
    student: adversarial ? settings.student : null,
    batch,
    plan,
    requests: { teacher: teacherRequests.length, student: adversarial ? prepared.kept.length : 0, failed },
    generated: generated.length,
    kept: balanced.length,
    hard: adversarial ? balanced.filter((row) => row.hard).length : null,
    studentAccuracy,
    usage,
    dollars: total,
    perIntent,
  };
  await writeJson({ file: join(target, "openai-datagen.json"), value: { ...summary, warnings } });
  for (const warning of warnings) log(`warning: ${warning}`);
  return { manifest, outDir: target, summary, warnings };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
