import { chatRequestOf } from "./fake-chat.js";
import { type FakeContext, type FakeRoute, nextStatus } from "./fake-context.js";
import { cursorPage, FakeHttpError, jsonBody } from "./fake-http.js";

type Json = Record<string, unknown>;

interface FakeBatch {
  batch: Json & { id: string; status: string };
  index: number;
  statuses: string[];
}

/** POST /batches, GET /batches/{id} (advances the status; on `completed` every request is answered), GET /batches, cancel. */
export function batchRoutes(context: FakeContext): FakeRoute[] {
  const batches = new Map<string, FakeBatch>();
  const requireBatch = (id: string) => {
    const found = batches.get(id);
    if (!found) throw new FakeHttpError({ status: 404, message: `No batch found with id '${id}'.` });
    return found;
  };

  /** Answers every request line of the input file; successes go to the output file, failures to the error file. */
  const complete = async (record: FakeBatch) => {
    const input = context.requireFile(String(record.batch.input_file_id));
    const outputs: string[] = [];
    const errors: string[] = [];
    for (const line of input.bytes.toString("utf8").split("\n")) {
      if (line.trim() === "") continue;
      const request = JSON.parse(line) as { custom_id: string; body: Json };
      const id = context.newId("batch_req");
      try {
        const body = await context.chat(chatRequestOf(request.body));
        outputs.push(JSON.stringify({ id, custom_id: request.custom_id, response: { status_code: 200, request_id: id, body }, error: null }));
      } catch (error) {
        if (!(error instanceof FakeHttpError)) throw error;
        const failure = { message: error.message, type: "invalid_request_error", param: null, code: error.failure.code ?? null };
        errors.push(
          JSON.stringify({
            id,
            custom_id: request.custom_id,
            response: { status_code: error.failure.status, request_id: id, body: { error: failure } },
            error: null,
          }),
        );
      }
    }
    const write = (name: string, lines: string[]) =>
      lines.length === 0 ? null : context.addFile({ filename: name, purpose: "batch_output", bytes: Buffer.from(`${lines.join("\n")}\n`) }).id;
    Object.assign(record.batch, {
      output_file_id: write("batch_output.jsonl", outputs),
      error_file_id: write("batch_errors.jsonl", errors),
      completed_at: context.now(),
      request_counts: { total: outputs.length + errors.length, completed: outputs.length, failed: errors.length },
    });
  };

  return [
    {
      method: "POST",
      pattern: /^\/batches$/,
      handle: ({ body }) => {
        const params = jsonBody(body);
        const input = context.requireFile(String(params.input_file_id));
        if (input.purpose !== "batch") throw new FakeHttpError({ status: 400, message: `File ${input.id} does not have purpose 'batch'` });
        if (params.endpoint !== "/v1/chat/completions") throw new FakeHttpError({ status: 400, message: `the fake batches /v1/chat/completions only` });
        const lines = input.bytes
          .toString("utf8")
          .split("\n")
          .filter((line) => line.trim() !== "");
        const ids = new Set<string>();
        for (const [index, line] of lines.entries()) {
          const request = JSON.parse(line) as { custom_id?: string; url?: string };
          if (!request.custom_id || ids.has(request.custom_id))
            throw new FakeHttpError({ status: 400, message: `line ${index + 1}: custom_id missing or repeated` });
          ids.add(request.custom_id);
          if (request.url !== params.endpoint) throw new FakeHttpError({ status: 400, message: `line ${index + 1}: url must be ${String(params.endpoint)}` });
        }
        const id = context.newId("batch");
        const record: FakeBatch = {
          batch: {
            object: "batch",
            id,
            endpoint: params.endpoint,
            input_file_id: input.id,
            completion_window: params.completion_window ?? "24h",
            status: "validating",
            output_file_id: null,
            error_file_id: null,
            created_at: context.now(),
            completed_at: null,
            errors: null,
            metadata: params.metadata ?? null,
            request_counts: { total: lines.length, completed: 0, failed: 0 },
          },
          index: 0,
          statuses: context.options.batchStatuses ?? ["validating", "in_progress", "finalizing", "completed"],
        };
        record.batch.status = record.statuses[0] as string;
        batches.set(id, record);
        return { json: record.batch };
      },
    },
    {
      method: "GET",
      pattern: /^\/batches$/,
      handle: ({ query }) => ({ json: cursorPage([...batches.values()].map((record) => record.batch).reverse(), query) }),
    },
    {
      method: "GET",
      pattern: /^\/batches\/([^/]+)$/,
      handle: async ({ params }) => {
        const record = requireBatch(params[0] as string);
        if (["completed", "failed", "cancelled", "expired"].includes(record.batch.status)) return { json: record.batch };
        const next = nextStatus(record.statuses, record.index);
        record.index = next.index;
        record.batch.status = next.status;
        if (next.status === "completed") await complete(record);
        return { json: record.batch };
      },
    },
    {
      method: "POST",
      pattern: /^\/batches\/([^/]+)\/cancel$/,
      handle: ({ params }) => {
        const record = requireBatch(params[0] as string);
        record.batch.status = "cancelled";
        return { json: record.batch };
      },
    },
  ];
}
