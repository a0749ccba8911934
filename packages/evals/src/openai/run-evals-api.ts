import { createHash } from "node:crypto";
import { basename, join } from "node:path";
import { buildMessages, type EvalItem, type LabelledExample, OpenAIRequestError, parseAnswer, writeJsonl } from "@hotel-intent/shared";
import { parseResponse, pollUntil, toOpenAIError } from "@hotel-intent/shared/openai";
import { type Progress, silentProgress } from "@hotel-intent/shared/progress";
import { toFile } from "openai";
import { z } from "zod";
import { computeMetrics, type ScoredItem } from "../compute-metrics.js";
import type { Report } from "../report.js";
import { summarizeLatency } from "../summarize-latency.js";
import { readEvalsApiEntry, saveEvalsApiEntry } from "./evals-api-state.js";
import type { OpenAIEvalsContext } from "./openai-evals-context.js";
import { modelSlug, promptFor, reportCost } from "./report-cost.js";

const FINAL = new Set(["completed", "failed", "canceled", "cancelled"]);

const runSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  report_url: z.string().nullish(),
  error: z.looseObject({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
  result_counts: z.looseObject({ total: z.number(), passed: z.number(), failed: z.number(), errored: z.number() }).nullish(),
  per_model_usage: z.array(z.looseObject({ prompt_tokens: z.number(), completion_tokens: z.number(), cached_tokens: z.number().nullish() })).nullish(),
});

const outputItemSchema = z.looseObject({
  status: z.string(),
  datasource_item_id: z.number(),
  datasource_item: z.looseObject({ input_text: z.string(), correct_label: z.string() }),
  results: z.array(z.looseObject({ passed: z.boolean() })).nullish(),
  sample: z
    .looseObject({
      output: z.array(z.looseObject({ content: z.string().nullish() })).nullish(),
      error: z.looseObject({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
    })
    .nullish(),
});
type OutputItem = z.infer<typeof outputItemSchema>;

export interface RunEvalsApiOptions {
  context: OpenAIEvalsContext;
  models: readonly string[];
  rows: readonly LabelledExample[];
  dataset: string;
  pollMs: number;
  signal?: AbortSignal | undefined;
  progress?: Progress | undefined;
  log?: ((line: string) => void) | undefined;
}

/** The scored item of one output item: the parsed answer, or an error (an errored sample is never a pass). */
function scoredItem(item: OutputItem): ScoredItem {
  const text = item.datasource_item.input_text;
  const intent = Number(item.datasource_item.correct_label);
  const error = item.sample?.error?.message ?? (item.status === "error" ? "the sample errored" : undefined);
  if (error) return { text, intent, predicted: null, confidence: null, error };
  const answer = item.sample?.output?.[0]?.content ?? "";
  try {
    return { text, intent, predicted: parseAnswer(answer), confidence: null };
  } catch (parseError) {
    return { text, intent, predicted: null, confidence: null, error: (parseError as Error).message };
  }
}

/**
 * The OpenAI Evals API, as the original project used it: the items uploaded with purpose `evals`, one eval with a
 * custom data source (`input_text`, `correct_label`) and a `string_check` `eq` grader, then one run per model (the
 * compact prompt for fine-tuned models, the full one for base models), polled to the end. Each run gives a report with
 * the same metrics as the local harness, computed from its output items; the grader's counts are kept beside them.
 * File, eval and run ids are saved as soon as they exist, so a rerun polls instead of paying again.
 */
export async function runEvalsApi({
  context,
  models,
  rows,
  dataset,
  pollMs,
  signal,
  progress = silentProgress,
  log = () => {},
}: RunEvalsApiOptions): Promise<Report[]> {
  const { client, paths } = context;
  const items: EvalItem[] = rows.map((row) => ({ item: { input_text: row.text, correct_label: String(row.intent) } }));
  const itemsFile = join(paths.reports, "openai-evals", `${basename(dataset).replace(/\.jsonl$/, "")}.items.jsonl`);
  await writeJsonl({ file: itemsFile, rows: items });
  const body = `${items.map((item) => JSON.stringify(item)).join("\n")}\n`;
  const stateFile = join(paths.reports, "openai-evals", "state.json");
  const key = createHash("sha256").update(context.endpoint).update("\0").update(body).digest("hex");
  const reports: Report[] = [];
  try {
    const entry = (await readEvalsApiEntry({ file: stateFile, key })) ?? {
      endpoint: context.endpoint,
      fileId: (await client.files.create({ file: await toFile(Buffer.from(body), basename(itemsFile)), purpose: "evals" })).id,
      evalId: null,
      runs: {},
    };
    await saveEvalsApiEntry({ file: stateFile, key, entry });
    if (!entry.evalId) {
      const created = await client.evals.create({
        name: `hotel-intent ${basename(dataset)}`,
        data_source_config: {
          type: "custom",
          item_schema: {
            type: "object",
            properties: { input_text: { type: "string" }, correct_label: { type: "string" } },
            required: ["input_text", "correct_label"],
          },
          include_sample_schema: true,
        },
        testing_criteria: [
          { type: "string_check", name: "intent matches", input: "{{sample.output_text}}", reference: "{{item.correct_label}}", operation: "eq" },
        ],
        metadata: { dataset: basename(dataset) },
      });
      entry.evalId = created.id;
      await saveEvalsApiEntry({ file: stateFile, key, entry });
    }
    const evalId = entry.evalId;
    for (const model of models) {
      const prompt = promptFor(model);
      let runId = entry.runs[model];
      if (!runId) {
        const system = buildMessages({ text: "-", style: prompt })[0]?.content ?? "";
        const run = await client.evals.runs.create(evalId, {
          name: `${model} on ${basename(dataset)}`,
          data_source: {
            type: "completions",
            model,
            input_messages: {
              type: "template",
              template: [
                { role: "system", content: system },
                { role: "user", content: "{{item.input_text}}" },
              ],
            },
            source: { type: "file_id", id: entry.fileId },
            sampling_params: { temperature: 0, max_completion_tokens: 16, seed: 42 },
          },
        });
        runId = run.id;
        entry.runs[model] = runId;
        await saveEvalsApiEntry({ file: stateFile, key, entry });
        log(`evals API: started the run ${runId} of ${model}`);
      } else log(`evals API: resuming the run ${runId} of ${model}`);
      const id = runId;
      progress.start(`evals API ${model}`);
      const run = await pollUntil({
        read: async (readSignal) => parseResponse(runSchema, await client.evals.runs.retrieve(id, { eval_id: evalId }, { signal: readSignal }), "eval run"),
        done: (value) => FINAL.has(value.status),
        onUpdate: (value) => progress.update(value.result_counts?.total ?? 0, value.status),
        intervalMs: pollMs,
        signal,
        resumeHint: "rerun `pnpm evals --provider openai --method evals-api` to pick the run up again",
      }).finally(() => progress.stop());
      if (run.status !== "completed") {
        delete entry.runs[model];
        await saveEvalsApiEntry({ file: stateFile, key, entry });
        const reason = run.error?.message ? `: ${run.error.code ? `${run.error.code}: ` : ""}${run.error.message}` : "";
        log(`evals API: the run ${id} of ${model} ${run.status}${reason}`);
        throw new OpenAIRequestError({ status: null, apiCode: run.error?.code ?? null, message: `the eval run ${id} of ${model} ${run.status}${reason}` });
      }
      const outputs: OutputItem[] = [];
      for await (const raw of client.evals.runs.outputItems.list(id, { eval_id: evalId, limit: 100 }))
        outputs.push(parseResponse(outputItemSchema, raw, "eval output item"));
      outputs.sort((a, b) => a.datasource_item_id - b.datasource_item_id);
      const scored = outputs.map(scoredItem);
      const usage = (run.per_model_usage ?? []).reduce(
        (sum, entry) => ({ promptTokens: sum.promptTokens + entry.prompt_tokens, completionTokens: sum.completionTokens + entry.completion_tokens }),
        { promptTokens: 0, completionTokens: 0 },
      );
      reports.push({
        name: `openai-evals-${modelSlug(model)}-${basename(dataset).replace(/\.jsonl$/, "")}`,
        createdAt: new Date().toISOString(),
        provider: "openai",
        model,
        dataset,
        metrics: computeMetrics({ items: scored }),
        latency: summarizeLatency({ microseconds: [] }),
        modelBytes: null,
        items: scored,
        cost: reportCost({ model, usage, count: scored.length, prices: context.config.prices }),
        api: {
          method: "evals-api",
          endpoint: context.endpoint,
          prompt,
          evalId,
          runId: id,
          reportUrl: run.report_url ?? undefined,
          resultCounts: run.result_counts ?? undefined,
        },
      });
    }
  } catch (error) {
    throw toOpenAIError(error, { doing: "the Evals API run" });
  }
  return reports;
}
