import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { trainFixtureModel } from "@hotel-intent/finetune/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Classifier } from "../create-classifier.js";
import { createLocalClassifier } from "../local-classifier.js";
import type { Prediction } from "../prediction.js";
import { type RunningServer, startServer } from "./start-server.js";

let server: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  const classifier = await createLocalClassifier({ modelDir: await trainFixtureModel() });
  server = await startServer({ classifier, port: 0, bodyLimit: 64 * 1024, log: (line) => logged.push(line) });
});
afterAll(() => server.close());

async function post(path: string, body: string, url = server.url) {
  const response = await fetch(`${url}${path}`, { method: "POST", body, headers: { "content-type": "application/json" } });
  return { status: response.status, type: response.headers.get("content-type"), json: (await response.json()) as Record<string, unknown> };
}

function errorOf(json: Record<string, unknown>) {
  return json.error as { message: string; type: string; param: string | null; code: string };
}

/** Sends a body in chunks without a content-length, as a client streaming a large upload would. */
function postChunked(url: string, chunks: number, chunkSize: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/v1/classify`,
      { method: "POST", headers: { "transfer-encoding": "chunked", "content-type": "application/json" } },
      (response) => {
        let body = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    for (let i = 0; i < chunks; i++) req.write("a".repeat(chunkSize));
    req.end();
  });
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const prediction = (intent: number): Prediction => ({ intent, label: "x", confidence: 1, alternatives: [] });

describe("startServer", () => {
  it("listens on a free loopback port when given port 0", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toBe("http://127.0.0.1:0");
  });

  it("returns the intent of one text and of a batch of texts in order", async () => {
    const one = await post("/v1/classify", JSON.stringify({ text: "could someone carry our heavy suitcases up to the room?" }));
    expect(one.status).toBe(200);
    expect(one.type).toBe("application/json; charset=utf-8");
    expect((one.json.prediction as Prediction).intent).toBe(10);
    const many = await post(
      "/v1/classify",
      JSON.stringify({ texts: ["the shampoo ran out, can we have more", "our flight is late, can we keep the room past noon?"] }),
    );
    expect((many.json.predictions as Prediction[]).map((p) => p.intent)).toEqual([17, 7]);
  });

  it("answers /healthz and lists the one model at /v1/models", async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", provider: "local", model: "hotel-intent" });
    const models = (await (await fetch(`${server.url}/v1/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((model) => model.id)).toEqual(["hotel-intent"]);
  });

  it("returns 400 JSON errors in OpenAI's shape for no body, wrong JSON, an empty text and a wrong shape", async () => {
    const cases = [
      { body: "", code: "missing_body", param: null },
      { body: "{not json", code: "invalid_json", param: null },
      { body: JSON.stringify({ text: "   " }), code: "invalid_message", param: "text" },
      { body: JSON.stringify({ text: 42 }), code: "invalid_request", param: "text" },
      { body: JSON.stringify({ txt: "typo" }), code: "invalid_request", param: "text" },
      { body: JSON.stringify({ texts: ["fine", ""] }), code: "invalid_message", param: "texts.1" },
      { body: "[]", code: "invalid_request", param: null },
    ];
    for (const { body, code, param } of cases) {
      const { status, type, json } = await post("/v1/classify", body);
      expect({ body, status, type }).toEqual({ body, status: 400, type: "application/json; charset=utf-8" });
      expect(errorOf(json)).toMatchObject({ type: "invalid_request_error", code, param });
    }
  });

  it("returns 413 for a 2 MB body, declared or streamed, and keeps serving", async () => {
    const declared = await post("/v1/classify", JSON.stringify({ text: "a".repeat(2_000_000) }));
    expect(declared.status).toBe(413);
    expect(errorOf(declared.json).code).toBe("request_too_large");
    const streamed = await postChunked(server.url, 32, 64 * 1024);
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.code).toBe("request_too_large");
    expect((await post("/v1/classify", JSON.stringify({ text: "more towels please" }))).status).toBe(200);
  });

  it("returns 404 for an unknown route and 405 with Allow for a wrong method", async () => {
    const missing = await fetch(`${server.url}/v2/nothing`);
    expect(missing.status).toBe(404);
    expect(errorOf((await missing.json()) as Record<string, unknown>).type).toBe("not_found_error");
    const wrong = await fetch(`${server.url}/v1/classify`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("POST");
    await wrong.body?.cancel();
  });

  it("refuses a batch over maxBatch", async () => {
    const small = await startServer({ classifier: fakeClassifier(async () => prediction(1)), port: 0, maxBatch: 2 });
    try {
      const { status, json } = await post("/v1/classify", JSON.stringify({ texts: ["a", "b", "c"] }), small.url);
      expect(status).toBe(400);
      expect(errorOf(json)).toMatchObject({ param: "texts", code: "batch_too_large" });
    } finally {
      await small.close();
    }
  });

  it("returns 408 when the body does not arrive in time and 504 when classifying takes too long", async () => {
    const lines: string[] = [];
    const stuck = await startServer({
      classifier: fakeClassifier(() => new Promise(() => {})),
      port: 0,
      requestTimeoutMs: 200,
      classifyTimeoutMs: 100,
      log: (line) => lines.push(line),
    });
    try {
      const slowBody = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          `${stuck.url}/v1/classify`,
          { method: "POST", headers: { "content-length": "100", "content-type": "application/json" } },
          (response) => {
            let body = "";
            response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
          },
        );
        req.on("error", reject);
        req.write('{"text": "hel');
      });
      expect(slowBody.status).toBe(408);
      expect(JSON.parse(slowBody.body).error.code).toBe("request_timeout");
      const slowClassifier = await post("/v1/classify", JSON.stringify({ text: "hello" }), stuck.url);
      expect(slowClassifier.status).toBe(504);
      expect(errorOf(slowClassifier.json)).toMatchObject({ type: "server_error", code: "timeout" });
      expect(lines).toEqual(["hotel-intent serve: POST /v1/classify: classifying took longer than 100 ms"]);
    } finally {
      await stuck.close({ graceMs: 0 });
    }
  });

  it("returns 500 without internals when the classifier throws, logs the stack, and keeps serving", async () => {
    const lines: string[] = [];
    let calls = 0;
    const flaky = await startServer({
      classifier: fakeClassifier(async () => {
        calls += 1;
        if (calls === 1) throw new Error("secret internal detail");
        return prediction(3);
      }),
      port: 0,
      log: (line) => lines.push(line),
    });
    try {
      const failed = await post("/v1/classify", JSON.stringify({ text: "hello" }), flaky.url);
      expect(failed.status).toBe(500);
      expect(errorOf(failed.json)).toMatchObject({ type: "server_error", code: "internal_error" });
      expect(errorOf(failed.json).message).not.toContain("secret");
      expect(lines.join("\n")).toContain("secret internal detail");
      expect((await post("/v1/classify", JSON.stringify({ text: "hello" }), flaky.url)).json.prediction).toEqual(prediction(3));
    } finally {
      await flaky.close();
    }
  });

  it("asks for the API key when it has one, except on /healthz", async () => {
    const locked = await startServer({ classifier: fakeClassifier(async () => prediction(5)), port: 0, apiKey: "s3cret" });
    try {
      const send = (authorization?: string) =>
        fetch(`${locked.url}/v1/classify`, {
          method: "POST",
          body: JSON.stringify({ text: "hello" }),
          headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        });
      const missing = await send();
      expect(missing.status).toBe(401);
      expect(missing.headers.get("www-authenticate")).toBe("Bearer");
      expect((await send("Bearer wrong")).status).toBe(401);
      expect((await send("Bearer s3cret")).status).toBe(200);
      expect((await fetch(`${locked.url}/healthz`)).status).toBe(200);
    } finally {
      await locked.close();
    }
  });

  it("answers a connection over maxConnections with a JSON 503 and a slow header with a JSON 408", async () => {
    const small = await startServer({ classifier: fakeClassifier(async () => prediction(5)), port: 0, maxConnections: 1, requestTimeoutMs: 300 });
    try {
      const { port } = new URL(small.url);
      const idle = connect(Number(port), "127.0.0.1");
      const slowHeaders = new Promise<string>((resolve) => {
        let received = "";
        idle.setEncoding("utf8").on("data", (chunk: string) => (received += chunk));
        idle.on("close", () => resolve(received));
        idle.write("GET /healthz HTTP/1.1\r\nHo");
      });
      await new Promise((resolve) => idle.once("connect", resolve));
      const over = await rawRequest(small.url, "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
      expect(over).toMatch(/^HTTP\/1\.1 503/);
      expect(over).toContain('"code":"too_many_connections"');
      const timedOut = await slowHeaders;
      expect(timedOut).toMatch(/^HTTP\/1\.1 408/);
      expect(timedOut).toContain('"code":"request_timeout"');
    } finally {
      await small.close({ graceMs: 0 });
    }
  });

  it("finishes a request in flight when closed, and refuses new connections meanwhile", async () => {
    const started = deferred<void>();
    const release = deferred<Prediction>();
    const slow = await startServer({
      classifier: fakeClassifier(() => {
        started.resolve();
        return release.promise;
      }),
      port: 0,
    });
    const inFlight = post("/v1/classify", JSON.stringify({ text: "hello" }), slow.url);
    await started.promise;
    let closed = false;
    const closing = slow.close().then(() => (closed = true));
    await expect(fetch(`${slow.url}/healthz`)).rejects.toThrow();
    expect(closed).toBe(false);
    release.resolve(prediction(12));
    expect(await inFlight).toMatchObject({ status: 200, json: { prediction: prediction(12) } });
    await closing;
    expect(closed).toBe(true);
  });

  it("keeps serving, and logs nothing, when a client drops the connection halfway through a body", async () => {
    const { port } = new URL(server.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write('POST /v1/classify HTTP/1.1\r\nHost: test\r\nContent-Length: 500\r\n\r\n{"text": "half a');
        setTimeout(() => {
          socket.resetAndDestroy();
          resolve();
        }, 50);
      });
      socket.on("error", reject);
    });
    expect((await post("/v1/classify", JSON.stringify({ text: "more towels please" }))).status).toBe(200);
  });

  it("refuses a body that is not declared JSON (415), a foreign Host header (403), and counts characters as code points", async () => {
    const form = await fetch(`${server.url}/v1/classify`, {
      method: "POST",
      body: "text=hello",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    expect(errorOf((await form.json()) as Record<string, unknown>).code).toBe("unsupported_media_type");
    const rebound = await rawRequest(server.url, `GET /healthz HTTP/1.1\r\nHost: attacker.example:${new URL(server.url).port}\r\n\r\n`);
    expect(rebound).toMatch(/^HTTP\/1\.1 403/);
    expect(rebound).toContain('"code":"host_not_allowed"');
    expect((await post("/v1/classify", JSON.stringify({ text: "\u{1F600}".repeat(10_000) }))).status).toBe(200);
    const invisible = await post("/v1/classify", JSON.stringify({ text: "\u0000\u200b\u200d \ufeff" }));
    expect(invisible.status).toBe(400);
    expect(errorOf(invisible.json)).toMatchObject({ code: "invalid_message", message: "text: the message is empty" });
  });

  it("answers Node's own refusals (bad HTTP, headers too large) with JSON bodies", async () => {
    const garbage = await rawRequest(server.url, "NOT HTTP AT ALL\r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(garbage.slice(garbage.indexOf("\r\n\r\n") + 4)).error.code).toBe("bad_request");
    const huge = await rawRequest(server.url, `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431/);
    expect(huge).toContain('"code":"headers_too_large"');
  });

  it("answers /healthz while a large batch of the worst words is being classified", async () => {
    const local = await createLocalClassifier({ modelDir: await trainFixtureModel() });
    const started = deferred<void>();
    const watched: Classifier = {
      ...local,
      classifyMany: (texts, options) => {
        started.resolve();
        return local.classifyMany(texts, options);
      },
    };
    const big = await startServer({ classifier: watched, port: 0 });
    try {
      // 1 MB: a hundred 10,000-character messages of distinct 32-letter words, the costliest words after the cut
      const word = (n: number) => Array.from({ length: 32 }, (_, i) => String.fromCharCode(97 + ((n * 7_919 + i * i * 31) % 26))).join("");
      const batch = Array.from({ length: 100 }, (_, m) =>
        Array.from({ length: 303 }, (_, w) => word(m * 303 + w))
          .join(" ")
          .slice(0, 10_000),
      );
      const order: string[] = [];
      const classifying = post("/v1/classify", JSON.stringify({ texts: batch }), big.url).then((response) => {
        order.push("batch");
        return response;
      });
      await started.promise;
      const health = await fetch(`${big.url}/healthz`);
      order.push("healthz");
      expect(health.status).toBe(200);
      expect((await classifying).status).toBe(200);
      expect(order).toEqual(["healthz", "batch"]);
    } finally {
      await big.close();
    }
  });

  it("has logged no error for the requests above", () => {
    expect(logged).toEqual([]);
  });
});

/** Sends raw bytes on a new connection and returns everything the server sends back before it closes. */
function rawRequest(url: string, data: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    let received = "";
    const socket = connect(Number(port), "127.0.0.1", () => socket.end(data));
    socket.setEncoding("utf8").on("data", (chunk: string) => (received += chunk));
    socket.on("close", () => resolve(received));
    socket.on("error", reject);
  });
}

function fakeClassifier(classify: (text: string) => Promise<Prediction>): Classifier {
  return { provider: "fake", classify, classifyMany: (texts) => Promise.all(texts.map(classify)) };
}
