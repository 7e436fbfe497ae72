import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpEmbedder, embeddingsEndpoint, type HttpEmbedderOptions } from "./openai.ts";

// A real HTTP server speaking the OpenAI embeddings protocol. The first path segment picks how it
// behaves, so one server covers the happy path and each failure: /ok, /reversed, /short, /denied, /hang.
interface Received {
  path: string;
  authorization: string | undefined;
  body: { model: string; input: string[]; dimensions?: number };
}
const received: Received[] = [];
const hanging = new Set<ServerResponse>();
let server: Server;
let base: string;

const vectorOf = (text: string, dimensions: number) =>
  Array.from({ length: dimensions }, (_, i) => (text.length + i) / 100);

async function answer(request: IncomingMessage, response: ServerResponse) {
  let raw = "";
  for await (const chunk of request) raw += chunk;
  const mode = request.url?.split("/")[1] ?? "";
  const known = ["ok", "reversed", "short", "denied", "hang"];
  if (request.method !== "POST" || !request.url?.endsWith("/v1/embeddings") || !known.includes(mode)) {
    response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
    return;
  }
  const body = JSON.parse(raw) as Received["body"];
  received.push({ path: request.url, authorization: request.headers.authorization, body });
  if (mode === "hang") {
    hanging.add(response);
    return;
  }
  if (mode === "denied") {
    response
      .writeHead(401, { "content-type": "application/json" })
      .end(
        JSON.stringify({ error: { message: "Incorrect API key provided", type: "invalid_request_error" } }),
      );
    return;
  }
  const dimensions = mode === "short" ? 3 : (body.dimensions ?? 4);
  let data = body.input.map((text, index) => ({
    object: "embedding",
    index,
    embedding: vectorOf(text, dimensions),
  }));
  if (mode === "reversed") data = data.reverse();
  response.writeHead(200, { "content-type": "application/json" }).end(
    JSON.stringify({
      object: "list",
      data,
      model: body.model,
      usage: { prompt_tokens: 1, total_tokens: 1 },
    }),
  );
}

beforeAll(async () => {
  server = createServer((request, response) => void answer(request, response));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of hanging) response.destroy();
  server.closeAllConnections();
  server.close();
});

const options = (mode: string, extra: Partial<HttpEmbedderOptions> = {}): HttpEmbedderOptions => ({
  url: `${base}/${mode}`,
  model: "nomic-embed-text",
  dimensions: 4,
  timeoutMs: 5_000,
  batchSize: 2,
  ...extra,
});

describe("embeddingsEndpoint", () => {
  it.each([
    ["http://localhost:11434", "http://localhost:11434/v1/embeddings"],
    ["http://localhost:11434/", "http://localhost:11434/v1/embeddings"],
    ["https://api.openai.com/v1", "https://api.openai.com/v1/embeddings"],
    ["https://api.openai.com/v1/", "https://api.openai.com/v1/embeddings"],
    ["http://tei:8080/v1/embeddings", "http://tei:8080/v1/embeddings"],
    ["http://proxy/openai", "http://proxy/openai/v1/embeddings"],
  ])("resolves %s to %s", (url, endpoint) => {
    expect(embeddingsEndpoint(url)).toBe(endpoint);
  });
});

describe("createHttpEmbedder against a real server", () => {
  it("sends the model and texts in batches, with the key, and returns vectors in input order", async () => {
    received.length = 0;
    const embedder = createHttpEmbedder(options("ok", { apiKey: "sk-test" }));
    const texts = ["a", "bb", "ccc", "dddd", "eeeee"];
    expect(await embedder.embed(texts)).toEqual(texts.map((text) => vectorOf(text, 4)));
    expect(received.map((r) => [r.path, r.authorization, r.body])).toEqual([
      ["/ok/v1/embeddings", "Bearer sk-test", { model: "nomic-embed-text", input: ["a", "bb"] }],
      ["/ok/v1/embeddings", "Bearer sk-test", { model: "nomic-embed-text", input: ["ccc", "dddd"] }],
      ["/ok/v1/embeddings", "Bearer sk-test", { model: "nomic-embed-text", input: ["eeeee"] }],
    ]);
    expect(embedder.name).toBe("http:nomic-embed-text");
  });

  it.each(["ok/v1", "ok/v1/embeddings", "ok/v1/"])("reaches the same endpoint from %s", async (suffix) => {
    received.length = 0;
    const embedder = createHttpEmbedder({ ...options("ok"), url: `${base}/${suffix}` });
    expect(await embedder.embed(["x"])).toEqual([vectorOf("x", 4)]);
    expect(received.map((r) => [r.path, r.authorization])).toEqual([["/ok/v1/embeddings", undefined]]);
  });

  it("puts vectors back in input order when the server answers out of order", async () => {
    const embedder = createHttpEmbedder(options("reversed", { batchSize: 10 }));
    expect(await embedder.embed(["a", "bb", "ccc"])).toEqual(["a", "bb", "ccc"].map((t) => vectorOf(t, 4)));
  });

  it("sends dimensions only when asked to", async () => {
    received.length = 0;
    const embedder = createHttpEmbedder(options("ok", { dimensions: 6, requestDimensions: true }));
    expect((await embedder.embed(["a"]))[0]).toHaveLength(6);
    expect(received[0]?.body).toEqual({ model: "nomic-embed-text", input: ["a"], dimensions: 6 });
  });

  it("gives blank texts the zero vector without sending them", async () => {
    received.length = 0;
    const embedder = createHttpEmbedder(options("ok"));
    expect(await embedder.embed(["", "a", "  "])).toEqual([[0, 0, 0, 0], vectorOf("a", 4), [0, 0, 0, 0]]);
    expect(received.map((r) => r.body.input)).toEqual([["a"]]);
    expect(await embedder.embed([])).toEqual([]);
    expect(received).toHaveLength(1);
  });

  it.each([
    ["short", /returns 3-dimensional vectors \(text 0\), but EMBEDDING_DIMENSIONS is 4: set it to 3/],
    ["denied", /answered 401 for model nomic-embed-text: Incorrect API key provided/],
    ["missing", /answered 404 for model nomic-embed-text: not found/],
  ])("fails clearly when the server is %s", async (mode, message) => {
    await expect(createHttpEmbedder(options(mode)).embed(["a"])).rejects.toThrow(message);
  });

  it("fails with a timeout error when the server does not answer in time", async () => {
    const embedder = createHttpEmbedder(options("hang", { timeoutMs: 200 }));
    await expect(embedder.embed(["a"])).rejects.toThrow(/\/hang\/v1\/embeddings timed out after 200 ms/);
  });

  it("fails clearly when nothing listens", async () => {
    const embedder = createHttpEmbedder({ ...options("ok"), url: "http://127.0.0.1:9" });
    await expect(embedder.embed(["a"])).rejects.toThrow(
      /embedding request to http:\/\/127.0.0.1:9\/v1\/embeddings failed/,
    );
  });

  it.each([
    [{ model: "" }, /needs a model name \(EMBEDDING_MODEL\)/],
    [{ dimensions: 0 }, /positive integer dimension/],
    [{ batchSize: 0 }, /positive batch size/],
  ])("refuses the options %j", (extra, message) => {
    expect(() => createHttpEmbedder(options("ok", extra))).toThrow(message);
  });
});
