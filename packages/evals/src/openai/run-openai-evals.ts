import { existsSync } from "node:fs";
import { join } from "node:path";
import { countChatTokens, readJobState } from "@hotel-intent/finetune";
import { anyLabelledSchema, buildMessages, type LabelledExample, MissingInputError, readJsonl } from "@hotel-intent/shared";
import { confirmCost, formatDollars, type OpenAIRunOptions, usageCost } from "@hotel-intent/shared/openai";
import { silentProgress } from "@hotel-intent/shared/progress";
import type { Report } from "../report.js";
import { writeReport } from "../write-report.js";
import { loadOpenAIEvalsContext, type OpenAIEvalsContext } from "./openai-evals-context.js";
import { promptFor } from "./report-cost.js";
import { runEvalsApi } from "./run-evals-api.js";
import { scoreWithChat } from "./score-with-chat.js";
import { writeComparison } from "./write-comparison.js";

/** Stands for the model recorded in datasets/models/openai/job.json. */
export const FINE_TUNED = "fine-tuned";

export interface RunOpenAIEvalsOptions extends OpenAIRunOptions {
  /** Model ids; `fine-tuned` is the model of job.json. @default config openai.evals.models */
  models?: string[] | undefined;
  /** A labelled file in any of the three shapes. @default datasets/generated/test.jsonl */
  dataset?: string | undefined;
  /** Also VagueIntent-Eval, when ../shared/seed-data has it. @default false */
  benchmark?: boolean | undefined;
  /** `chat` (the local harness over chat completions), `evals-api`, or `both`. @default "chat" */
  method?: "chat" | "evals-api" | "both" | undefined;
  /** Only the first N messages of each set (a cheap trial). */
  limit?: number | undefined;
  /** Chat requests in flight at once. @default config openai.evals.concurrency */
  concurrency?: number | undefined;
}

export interface RunOpenAIEvalsResult {
  reports: { report: Report; dir: string }[];
  comparison: string;
  /** Models left out, and why (no fine-tuned model yet). */
  skipped: string[];
}

/** The models to evaluate: `fine-tuned` becomes job.json's model; when it has none, it is skipped (default list) or an error (asked for). */
async function resolveModels(context: OpenAIEvalsContext, requested: string[] | undefined, skipped: string[]): Promise<string[]> {
  const models = requested ?? context.config.evals.models;
  if (!models.includes(FINE_TUNED)) return [...new Set(models)];
  const state = await readJobState({ file: join(context.paths.openaiModel, "job.json") });
  const fineTuned = state.current ? state.jobs[state.current]?.fineTunedModel : undefined;
  if (!fineTuned) {
    const reason = "no fine-tuned model in datasets/models/openai/job.json yet (run `pnpm finetune --provider openai all`)";
    if (requested) throw new MissingInputError(reason);
    skipped.push(`${FINE_TUNED}: ${reason}`);
  }
  return [...new Set(models.flatMap((model) => (model === FINE_TUNED ? (fineTuned ? [fineTuned] : []) : [model])))];
}

/** Dollars the chat requests should cost: o200k prompt tokens of every message with its prompt, 2 answer tokens; null without a price. */
function estimate(
  models: readonly string[],
  sets: readonly { rows: readonly LabelledExample[] }[],
  prices: OpenAIEvalsContext["config"]["prices"],
): number | null {
  let dollars = 0;
  for (const model of models) {
    for (const { rows } of sets) {
      const promptTokens = rows.reduce((sum, row) => sum + countChatTokens(buildMessages({ text: row.text, style: promptFor(model) })), 0);
      const cost = usageCost({ model, usage: { promptTokens, completionTokens: 2 * rows.length }, prices });
      if (cost === null) return null;
      dollars += cost;
    }
  }
  return dollars;
}

/**
 * `evals --provider openai`: every model (by default the fine-tuned one, gpt-4o-mini and gpt-4.1) on the test split
 * (and VagueIntent-Eval with `benchmark`), through chat completions with the local harness and/or the OpenAI Evals API;
 * a report per model and set, then the comparison of every model side by side, the embedded one included.
 */
export async function runOpenAIEvals(options: RunOpenAIEvalsOptions = {}): Promise<RunOpenAIEvalsResult> {
  const { method = "chat", progress = silentProgress, log = () => {} } = options;
  const context = await loadOpenAIEvalsContext(options);
  const skipped: string[] = [];
  const models = await resolveModels(context, options.models, skipped);
  for (const reason of skipped) log(`skipping ${reason}`);
  const files = [options.dataset ?? join(context.paths.generated, "test.jsonl")];
  const benchmark = context.paths.vagueIntentEval;
  if (options.benchmark && existsSync(benchmark)) files.push(benchmark);
  const sets: { file: string; rows: LabelledExample[] }[] = [];
  for (const file of files) {
    const rows = await readJsonl({ file, schema: anyLabelledSchema, missingHint: options.dataset ? undefined : "generate it with `pnpm datagen`" });
    sets.push({ file, rows: options.limit === undefined ? rows : rows.slice(0, options.limit) });
  }
  const runs = method === "both" ? 2 : 1;
  const perRun = estimate(models, sets, context.config.prices);
  const dollars = perRun === null ? null : perRun * runs;
  const what = `evaluating ${models.join(", ")} on ${sets.map((set) => `${set.rows.length} messages`).join(" + ")} (${method})`;
  log(`${what}: estimated ${formatDollars(dollars)} (${context.endpoint})`);
  if (models.length > 0) await confirmCost({ what, dollars, maxCost: options.maxCost ?? context.config.maxCost, yes: options.yes, ask: options.ask });

  const reports: RunOpenAIEvalsResult["reports"] = [];
  const save = async (report: Report) => {
    reports.push({ report, dir: await writeReport({ dir: join(context.paths.reports, report.name), report }) });
  };
  for (const set of sets) {
    if (method !== "evals-api") {
      for (const model of models) {
        await save(
          await scoreWithChat({
            context,
            model,
            rows: set.rows,
            dataset: set.file,
            concurrency: options.concurrency ?? context.config.evals.concurrency,
            progress,
          }),
        );
      }
    }
    if (method !== "chat" && models.length > 0) {
      const apiReports = await runEvalsApi({
        context,
        models,
        rows: set.rows,
        dataset: set.file,
        pollMs: options.pollMs ?? context.config.pollSeconds * 1000,
        signal: options.signal,
        progress,
        log,
      });
      for (const report of apiReports) await save(report);
    }
  }
  const { dir } = await writeComparison({ reportsDir: context.paths.reports });
  return { reports, comparison: dir, skipped };
}
