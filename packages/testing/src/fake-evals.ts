import { chatRequestOf } from "./fake-chat.js";
import { type FakeContext, type FakeRoute, nextStatus } from "./fake-context.js";
import { cursorPage, FakeHttpError, jsonBody } from "./fake-http.js";

type Json = Record<string, unknown>;

interface FakeRun {
  run: Json & { id: string; status: string };
  index: number;
  statuses: string[];
  items: (Json & { id: string })[];
  failure: Json | null;
  /** result_counts and usage, shown once the run has completed. */
  final: Json;
}

/** Replaces `{{item.x}}` and `{{sample.output_text}}` (spaces allowed inside the braces) like the Evals API's templates. */
function render(template: string, values: { item: Json; outputText?: string }): string {
  return template.replace(/\{\{\s*(item|sample)\.([a-zA-Z0-9_]+)\s*\}\}/g, (_, scope: string, key: string) => {
    if (scope === "sample") return key === "output_text" ? (values.outputText ?? "") : "";
    const value = values.item[key];
    return value === undefined ? "" : String(value);
  });
}

function stringCheck(criterion: Json, item: Json, outputText: string): boolean {
  const input = render(String(criterion.input ?? ""), { item, outputText });
  const reference = render(String(criterion.reference ?? ""), { item, outputText });
  switch (criterion.operation) {
    case "eq":
      return input === reference;
    case "ne":
      return input !== reference;
    case "like":
      return input.includes(reference);
    case "ilike":
      return input.toLowerCase().includes(reference.toLowerCase());
    default:
      throw new FakeHttpError({ status: 400, message: `unsupported string_check operation ${String(criterion.operation)}` });
  }
}

function itemsOf(context: FakeContext, source: Json): Json[] {
  if (source.type === "file_content") return ((source.content as Json[]) ?? []).map((entry) => entry.item as Json);
  if (source.type !== "file_id") throw new FakeHttpError({ status: 400, message: `unsupported data source ${String(source.type)}` });
  const file = context.requireFile(String(source.id));
  return file.bytes
    .toString("utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { item: Json }).item);
}

/** POST/GET /evals, POST /evals/{id}/runs (runs every item at once), GET a run (advances its status), GET its output_items. */
export function evalRoutes(context: FakeContext): FakeRoute[] {
  const evals = new Map<string, Json & { id: string }>();
  const runs = new Map<string, FakeRun>();
  const requireEval = (id: string) => {
    const found = evals.get(id);
    if (!found) throw new FakeHttpError({ status: 404, message: `Eval with id '${id}' not found.` });
    return found;
  };
  const requireRun = (evalId: string, runId: string) => {
    const found = runs.get(runId);
    if (!found || found.run.eval_id !== evalId) throw new FakeHttpError({ status: 404, message: `Eval run with id '${runId}' not found.` });
    return found;
  };

  const execute = async (evaluation: Json, dataSource: Json, record: FakeRun) => {
    const model = String(dataSource.model ?? "");
    const template = ((dataSource.input_messages as Json | undefined)?.template ?? []) as { role: string; content: string }[];
    const sampling = (dataSource.sampling_params ?? {}) as Json;
    const criteria = (evaluation.testing_criteria ?? []) as Json[];
    const counts = { total: 0, passed: 0, failed: 0, errored: 0 };
    const usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, cached_tokens: 0, invocation_count: 0 };
    const perCriterion = criteria.map((criterion) => ({ testing_criteria: String(criterion.name), passed: 0, failed: 0 }));
    if (!context.models.has(model)) {
      record.failure = { code: "model_not_found", message: `The model \`${model}\` does not exist or you do not have access to it.` };
      return;
    }
    for (const [index, item] of itemsOf(context, dataSource.source as Json).entries()) {
      counts.total++;
      const messages = template.map((message) => ({ role: message.role, content: render(message.content, { item }) }));
      const base = {
        object: "eval.run.output_item",
        id: context.newId("outputitem"),
        created_at: context.now(),
        run_id: record.run.id,
        eval_id: record.run.eval_id,
      };
      let sample: Json;
      let results: Json[] = [];
      let status: string;
      try {
        const completion = await context.chat(chatRequestOf({ model, messages, temperature: sampling.temperature ?? 1 }));
        const choice = (completion.choices as { message: { content: string }; finish_reason: string }[])[0];
        const outputText = choice?.message.content ?? "";
        const used = completion.usage as { prompt_tokens: number; completion_tokens: number; total_tokens: number };
        usage.prompt_tokens += used.prompt_tokens;
        usage.completion_tokens += used.completion_tokens;
        usage.total_tokens += used.total_tokens;
        usage.invocation_count++;
        results = criteria.map((criterion, at) => {
          const passed = stringCheck(criterion, item, outputText);
          const tally = perCriterion[at] as { passed: number; failed: number };
          if (passed) tally.passed++;
          else tally.failed++;
          return { name: criterion.name, type: criterion.type, passed, score: passed ? 1 : 0, sample: null };
        });
        const passed = results.every((result) => result.passed === true);
        if (passed) counts.passed++;
        else counts.failed++;
        status = passed ? "pass" : "fail";
        sample = {
          input: messages,
          output: [{ role: "assistant", content: outputText }],
          finish_reason: choice?.finish_reason ?? "stop",
          model,
          usage: { ...used, cached_tokens: 0 },
          error: null,
          temperature: sampling.temperature ?? 1,
          max_completion_tokens: sampling.max_completion_tokens ?? null,
          top_p: 1,
          seed: sampling.seed ?? null,
        };
      } catch (error) {
        if (!(error instanceof FakeHttpError)) throw error;
        counts.errored++;
        status = "error";
        sample = { input: messages, output: [], model, usage: null, error: { code: error.failure.code ?? "server_error", message: error.message } };
      }
      record.items.push({ ...base, status, datasource_item_id: index, datasource_item: item, results, sample });
    }
    record.final = { result_counts: counts, per_model_usage: [{ model_name: model, ...usage }], per_testing_criteria_results: perCriterion };
  };

  return [
    {
      method: "POST",
      pattern: /^\/evals$/,
      handle: ({ body }) => {
        const params = jsonBody(body);
        const config = params.data_source_config as Json | undefined;
        if (config?.type !== "custom") throw new FakeHttpError({ status: 400, message: "the fake supports data_source_config.type custom only" });
        const criteria = params.testing_criteria as Json[] | undefined;
        if (!Array.isArray(criteria) || criteria.length === 0) throw new FakeHttpError({ status: 400, message: "testing_criteria must be a non-empty array" });
        for (const criterion of criteria) {
          if (criterion.type !== "string_check")
            throw new FakeHttpError({ status: 400, message: `the fake grades string_check only, got ${String(criterion.type)}` });
        }
        const id = context.newId("eval");
        const evaluation = {
          object: "eval",
          id,
          name: params.name ?? id,
          created_at: context.now(),
          metadata: params.metadata ?? null,
          data_source_config: { type: "custom", schema: { type: "object", properties: { item: config.item_schema } } },
          testing_criteria: criteria,
        };
        evals.set(id, evaluation);
        return { json: evaluation };
      },
    },
    { method: "GET", pattern: /^\/evals\/([^/]+)$/, handle: ({ params }) => ({ json: requireEval(params[0] as string) }) },
    {
      method: "POST",
      pattern: /^\/evals\/([^/]+)\/runs$/,
      handle: async ({ params, body }) => {
        const evaluation = requireEval(params[0] as string);
        const request = jsonBody(body);
        const dataSource = request.data_source as Json | undefined;
        if (dataSource?.type !== "completions") throw new FakeHttpError({ status: 400, message: "the fake supports completions data sources only" });
        const id = context.newId("evalrun");
        const record: FakeRun = {
          run: {
            object: "eval.run",
            id,
            eval_id: evaluation.id,
            name: request.name ?? id,
            created_at: context.now(),
            status: "queued",
            model: dataSource.model ?? null,
            data_source: dataSource,
            metadata: request.metadata ?? null,
            error: null,
            report_url: `https://platform.openai.com/evaluations/${evaluation.id}?run_id=${id}`,
            result_counts: { total: 0, passed: 0, failed: 0, errored: 0 },
            per_model_usage: null,
            per_testing_criteria_results: null,
          },
          index: 0,
          statuses: context.options.runStatuses ?? ["queued", "in_progress", "completed"],
          items: [],
          failure: null,
          final: {},
        };
        await execute(evaluation, dataSource, record);
        record.run.status = record.statuses[0] as string;
        if (record.run.status === "completed") Object.assign(record.run, record.final);
        runs.set(id, record);
        return { json: record.run };
      },
    },
    {
      method: "GET",
      pattern: /^\/evals\/([^/]+)\/runs\/([^/]+)$/,
      handle: ({ params }) => {
        const record = requireRun(params[0] as string, params[1] as string);
        const next = nextStatus(record.statuses, record.index);
        record.index = next.index;
        if (record.failure && next.status === "completed") {
          record.run.status = "failed";
          record.run.error = record.failure;
        } else if (!["failed", "canceled"].includes(record.run.status)) {
          record.run.status = next.status;
          if (next.status === "completed") Object.assign(record.run, record.final);
        }
        return { json: record.run };
      },
    },
    {
      method: "GET",
      pattern: /^\/evals\/([^/]+)\/runs\/([^/]+)\/output_items$/,
      handle: ({ params, query }) => {
        const record = requireRun(params[0] as string, params[1] as string);
        const status = query.get("status");
        const items = record.run.status === "completed" ? record.items.filter((item) => !status || item.status === status) : [];
        return { json: cursorPage(items, query) };
      },
    },
  ];
}
