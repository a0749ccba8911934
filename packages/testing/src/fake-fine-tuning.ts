import { type FakeContext, type FakeRoute, nextStatus } from "./fake-context.js";
import { cursorPage, FakeHttpError, jsonBody } from "./fake-http.js";

type Json = Record<string, unknown>;

interface FakeJob {
  job: Json & { id: string; status: string; model: string };
  index: number;
  statuses: string[];
  events: (Json & { id: string })[];
  checkpoints: (Json & { id: string })[];
  examples: number;
  tokensPerEpoch: number;
  problem: string | null;
  runningSeen: number;
}

/** Training loss the fake reports at `step` of `total`: falls from 3.4 towards 0.2. Exported so tests can compute expected values. */
export function fakeTrainLoss(step: number, total: number): number {
  return Number((3.2 * Math.exp((-3 * step) / total) + 0.2).toFixed(4));
}

/** Token accuracy the fake reports at `step` of `total`: rises from 0.2 towards 0.95. */
export function fakeTokenAccuracy(step: number, total: number): number {
  return Number((0.95 - 0.75 * Math.exp((-3 * step) / total)).toFixed(4));
}

/** The first reason OpenAI would refuse this training file, or null. */
function trainingFileProblem(text: string): string | null {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 10) return `Training file has ${lines.length} example(s), but must have at least 10 examples`;
  for (const [index, line] of lines.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return `Invalid file format. Line ${index + 1} is not valid JSON.`;
    }
    const messages = (value as { messages?: unknown }).messages;
    if (!Array.isArray(messages)) return `Invalid file format. Line ${index + 1}, key "messages": is missing.`;
    if ((messages.at(-1) as { role?: string } | undefined)?.role !== "assistant") return `Line ${index + 1}: the last message must be from the assistant.`;
  }
  return null;
}

function hyperparametersOf(body: Json, examples: number) {
  const method = body.method as { supervised?: { hyperparameters?: Json } } | undefined;
  const given = (method?.supervised?.hyperparameters ?? body.hyperparameters ?? {}) as Json;
  const pick = (key: string, auto: number) => (typeof given[key] === "number" ? (given[key] as number) : auto);
  return {
    n_epochs: pick("n_epochs", 3),
    batch_size: pick("batch_size", Math.max(1, Math.min(256, Math.ceil(examples * 0.002)))),
    learning_rate_multiplier: pick("learning_rate_multiplier", 1.8),
  };
}

/** POST/GET /fine_tuning/jobs, GET /fine_tuning/jobs/{id} (advances the lifecycle), events, checkpoints, cancel. */
export function fineTuningRoutes(context: FakeContext): FakeRoute[] {
  const jobs = new Map<string, FakeJob>();
  const options = context.options;
  const event = (record: FakeJob, message: string, extra: Json = {}) =>
    record.events.unshift({
      object: "fine_tuning.job.event",
      id: context.newId("ftevent"),
      created_at: context.now(),
      level: "info",
      message,
      type: "message",
      ...extra,
    });
  const require = (id: string) => {
    const record = jobs.get(id);
    if (!record) throw new FakeHttpError({ status: 404, message: `Could not find fine-tune job: ${id}` });
    return record;
  };

  const enter = (record: FakeJob, status: string) => {
    const job = record.job;
    const hyper = job.hyperparameters as { n_epochs: number; batch_size: number };
    const total = Math.ceil(record.examples / hyper.batch_size) * hyper.n_epochs;
    const running = record.statuses.filter((name) => name === "running").length;
    if (record.problem && status !== "validating_files") status = "failed";
    job.status = status;
    if (status === "queued") event(record, "Files validated, moving job to queued state");
    else if (status === "running") {
      if (record.runningSeen === 0) event(record, "Fine-tuning job started");
      record.runningSeen++;
      const step = Math.max(1, Math.round((total * record.runningSeen) / Math.max(1, running)));
      event(record, `Step ${step}/${total}: training loss=${fakeTrainLoss(step, total)}`, {
        type: "metrics",
        data: { step, total_steps: total, train_loss: fakeTrainLoss(step, total), train_mean_token_accuracy: fakeTokenAccuracy(step, total) },
      });
    } else if (status === "paused") event(record, "Fine-tuning job paused");
    else if (status === "cancelled") event(record, "Fine-tuning job cancelled");
    else if (status === "failed") {
      job.error = record.problem
        ? { code: "invalid_training_file", message: `The job failed due to an invalid training file. ${record.problem}`, param: "training_file" }
        : { param: null, ...(options.jobError ?? { code: "server_error", message: "The job failed due to an internal error." }) };
      job.finished_at = context.now();
      event(record, `The job failed: ${(job.error as { message: string }).message}`, { level: "error" });
    } else if (status === "succeeded") succeed(record, total);
    else if (status !== "validating_files") event(record, `Job status: ${status}`);
  };

  const succeed = (record: FakeJob, total: number) => {
    const job = record.job;
    const model = `ft:${job.model}:fake-org:${String(job.user_provided_suffix ?? "")}:${job.id.slice(-8)}`;
    const epochs = (job.hyperparameters as { n_epochs: number }).n_epochs;
    const hasValidation = job.validation_file !== null;
    const rows = ["step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy"];
    for (let step = 1; step <= total; step++) {
      const valid = hasValidation && (step % 10 === 0 || step === total);
      const validLoss = valid ? String(fakeTrainLoss(step, total) + 0.1) : "";
      const validAccuracy = valid ? String(fakeTokenAccuracy(step, total) - 0.05) : "";
      rows.push(`${step},${fakeTrainLoss(step, total)},${fakeTokenAccuracy(step, total)},${validLoss},${validAccuracy}`);
    }
    const csv = `${rows.join("\n")}\n`;
    const result = context.addFile({ filename: "step_metrics.csv", purpose: "fine-tune-results", bytes: Buffer.from(Buffer.from(csv).toString("base64")) });
    for (let epoch = Math.max(1, epochs - 2); epoch <= epochs; epoch++) {
      const step = Math.round((total * epoch) / epochs);
      const checkpoint = `${model}:ckpt-step-${step}`;
      record.checkpoints.unshift({
        object: "fine_tuning.job.checkpoint",
        id: context.newId("ftckpt"),
        created_at: context.now(),
        fine_tuned_model_checkpoint: epoch === epochs ? model : checkpoint,
        fine_tuning_job_id: job.id,
        step_number: step,
        metrics: { step, train_loss: fakeTrainLoss(step, total), train_mean_token_accuracy: fakeTokenAccuracy(step, total) },
      });
      if (epoch < epochs) event(record, `Checkpoint created at step ${step}`);
    }
    Object.assign(job, { fine_tuned_model: model, trained_tokens: record.tokensPerEpoch * epochs, result_files: [result.id], finished_at: context.now() });
    context.models.add(model);
    event(record, `New fine-tuned model created: ${model}`);
    event(record, "The job has successfully completed");
  };

  return [
    {
      method: "POST",
      pattern: /^\/fine_tuning\/jobs$/,
      handle: ({ body }) => {
        const params = jsonBody(body);
        const model = String(params.model ?? "");
        if (options.refuseFineTuning) {
          throw new FakeHttpError({ status: 403, code: "permission_denied", message: "This organization is not allowed to create new fine-tuning jobs." });
        }
        context.requireModel(model);
        if (!(options.fineTunableModels ?? ["gpt-4o-mini-2024-07-18"]).includes(model)) {
          throw new FakeHttpError({ status: 400, code: "model_not_available", message: `Model ${model} is not available for fine-tuning or does not exist.` });
        }
        const training = context.requireFile(String(params.training_file));
        if (training.purpose !== "fine-tune")
          throw new FakeHttpError({ status: 400, code: "invalid_training_file", message: `File ${training.id} has purpose ${training.purpose}` });
        const validation = params.validation_file ? context.requireFile(String(params.validation_file)) : null;
        const text = training.bytes.toString("utf8");
        const lines = text.split("\n").filter((line) => line.trim() !== "");
        const count = options.countTokens ?? ((line: string) => Math.ceil(line.length / 4));
        const id = context.newId("ftjob");
        const record: FakeJob = {
          job: {
            object: "fine_tuning.job",
            id,
            model,
            created_at: context.now(),
            status: "validating_files",
            error: null,
            fine_tuned_model: null,
            finished_at: null,
            estimated_finish: null,
            hyperparameters: hyperparametersOf(params, lines.length),
            method: params.method ?? { type: "supervised" },
            organization_id: "org-fake",
            result_files: [],
            seed: typeof params.seed === "number" ? params.seed : 0,
            trained_tokens: null,
            training_file: training.id,
            validation_file: validation?.id ?? null,
            user_provided_suffix: params.suffix ?? null,
            metadata: params.metadata ?? null,
            integrations: null,
          },
          index: 0,
          statuses: options.jobStatuses ?? ["validating_files", "queued", "running", "running", "succeeded"],
          events: [],
          checkpoints: [],
          examples: lines.length,
          tokensPerEpoch: lines.reduce((sum, line) => sum + count(line), 0),
          problem: options.invalidTrainingFile ? "Invalid file format." : trainingFileProblem(text),
          runningSeen: 0,
        };
        (record.job.method as Json).type ??= "supervised";
        jobs.set(id, record);
        event(record, `Validating training file: ${training.id}${validation ? ` and validation file: ${validation.id}` : ""}`);
        event(record, `Created fine-tuning job: ${id}`);
        if (record.statuses[0] !== "validating_files") enter(record, record.statuses[0] as string);
        return { json: record.job };
      },
    },
    {
      method: "GET",
      pattern: /^\/fine_tuning\/jobs$/,
      handle: ({ query }) => {
        const filters = [...query.entries()].filter(([key]) => key.startsWith("metadata[")).map(([key, value]) => [key.slice(9, -1), value] as const);
        const matching = [...jobs.values()]
          .map((record) => record.job)
          .filter((job) => filters.every(([key, value]) => (job.metadata as Record<string, string> | null)?.[key] === value))
          .reverse();
        return { json: cursorPage(matching, query) };
      },
    },
    {
      method: "GET",
      pattern: /^\/fine_tuning\/jobs\/([^/]+)$/,
      handle: ({ params }) => {
        const record = require(params[0] as string);
        const terminal = ["succeeded", "failed", "cancelled"].includes(record.job.status);
        if (!terminal) {
          const next = nextStatus(record.statuses, record.index);
          if (next.index !== record.index || record.problem) {
            record.index = next.index;
            enter(record, next.status);
          }
        }
        return { json: record.job };
      },
    },
    {
      method: "GET",
      pattern: /^\/fine_tuning\/jobs\/([^/]+)\/events$/,
      handle: ({ params, query }) => ({ json: cursorPage(require(params[0] as string).events, query) }),
    },
    {
      method: "GET",
      pattern: /^\/fine_tuning\/jobs\/([^/]+)\/checkpoints$/,
      handle: ({ params, query }) => ({ json: cursorPage(require(params[0] as string).checkpoints, query, 10) }),
    },
    {
      method: "POST",
      pattern: /^\/fine_tuning\/jobs\/([^/]+)\/cancel$/,
      handle: ({ params }) => {
        const record = require(params[0] as string);
        if (["succeeded", "failed", "cancelled"].includes(record.job.status)) {
          throw new FakeHttpError({ status: 400, message: `Job ${record.job.id} has already ${record.job.status}` });
        }
        enter(record, "cancelled");
        return { json: record.job };
      },
    },
  ];
}
