// Test-only stand-in for Qdrant: a node:http server answering exactly the REST calls the Qdrant vector store makes.
// Every request and response body is checked against Qdrant's OpenAPI schemas (qdrant-openapi.subset.json):
// a request that breaks them gets 400, and every problem is kept in `violations` for the tests to assert on.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type EmulatedCollection, type Json, NotEmulated, QdrantRefusal } from "./_emulated-collection.ts";
import { handlers } from "./_emulator-handlers.ts";
import { OpenApiValidator, type Schema } from "./_openapi-validator.ts";

interface Operation {
  operationId: string;
  parameters?: { name: string; in: "path" | "query"; required?: boolean; schema: Schema }[];
  requestBody?: { content: { "application/json": { schema: Schema } } };
  responses: Record<string, { content?: { "application/json"?: { schema: Schema } } }>;
}

interface OpenApiSubset {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const subset = JSON.parse(
  readFileSync(new URL("./qdrant-openapi.subset.json", import.meta.url), "utf8"),
) as OpenApiSubset;
const validator = new OpenApiValidator(subset.components.schemas);

/** Path templates as regular expressions, e.g. /collections/{collection_name}/points/query. */
const routes = Object.entries(subset.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, operation]) => {
    const names: string[] = [];
    const pattern = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { method: method.toUpperCase(), regex: new RegExp(`^${pattern}$`), names, operation };
  }),
);

export interface QdrantEmulator {
  url: string;
  /** every request or response that broke the schemas, and every call the emulator cannot answer faithfully */
  violations: string[];
  /** operationIds in the order they were received */
  calls: string[];
  /** milliseconds to wait before answering each request (to test client timeouts) */
  delayMs: number;
  /** while true every call is answered 503, as by a Qdrant that is overloaded or restarting */
  unavailable: boolean;
  collections: Map<string, EmulatedCollection>;
  close(): Promise<void>;
}

export async function startQdrantEmulator(options: { delayMs?: number } = {}): Promise<QdrantEmulator> {
  const collections = new Map<string, EmulatedCollection>();
  const violations: string[] = [];
  const calls: string[] = [];

  const server = createServer((request, response) => {
    const finish = () =>
      answer(request, response).catch((error: unknown) => {
        violations.push(`emulator failure: ${error instanceof Error ? error.stack : String(error)}`);
        send(response, 500, { status: { error: String(error) }, time: 0 });
      });
    if (emulator.delayMs > 0) setTimeout(finish, emulator.delayMs);
    else void finish();
  });

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(request.url ?? "/", "http://emulator");
    const route = routes
      .map((r) => ({ ...r, match: request.method === r.method ? r.regex.exec(url.pathname) : null }))
      .find((r) => r.match);
    if (!route?.match) {
      violations.push(`not emulated: ${request.method} ${url.pathname}`);
      return send(response, 404, {
        status: { error: `not emulated: ${request.method} ${url.pathname}` },
        time: 0,
      });
    }
    const { operation } = route;
    calls.push(operation.operationId);
    if (emulator.unavailable)
      return reply(operation, response, 503, { status: { error: "Service Unavailable" }, time: 0 });
    const text = await readBody(request);
    const problems: string[] = [];
    const pathParams = Object.fromEntries(
      route.names.map((name, i) => [name, decodeURIComponent(route.match![i + 1])]),
    );
    const query = checkQuery(operation, url.searchParams, problems);
    let body: unknown;
    if (operation.requestBody) {
      if (!String(request.headers["content-type"]).startsWith("application/json"))
        problems.push("content-type is not application/json");
      try {
        body = JSON.parse(text);
        problems.push(
          ...validator.validate(operation.requestBody.content["application/json"].schema, body, "body"),
        );
      } catch (error) {
        problems.push(`body is not JSON: ${(error as Error).message}`);
      }
    } else if (text !== "") problems.push("a body was sent to an operation that takes none");
    if (problems.length > 0) {
      violations.push(`request ${operation.operationId}: ${problems.join("; ")}`);
      return reply(operation, response, 400, {
        status: { error: `Format error in JSON body: ${problems.join("; ")}` },
        time: 0,
      });
    }
    try {
      const result = handlers[operation.operationId]({
        collections,
        collection: pathParams.collection_name,
        query,
        body: body as Json,
      });
      const envelope =
        operation.operationId === "root"
          ? result
          : { result, status: "ok", time: (performance.now() - started) / 1000 };
      return reply(operation, response, 200, envelope);
    } catch (error) {
      if (error instanceof QdrantRefusal)
        return reply(operation, response, error.status, { status: { error: error.message }, time: 0 });
      if (error instanceof NotEmulated) {
        violations.push(`${operation.operationId}: ${error.message}`);
        return reply(operation, response, 501, { status: { error: error.message }, time: 0 });
      }
      throw error;
    }
  }

  /** Sends a body only after checking it against the operation's response schema for that status. */
  function reply(operation: Operation, response: ServerResponse, status: number, body: unknown): void {
    const declared =
      operation.responses[String(status)] ??
      operation.responses[`${String(status)[0]}XX`] ??
      operation.responses.default;
    const schema = declared?.content?.["application/json"]?.schema;
    const problems = schema
      ? validator.validate(schema, body, "response")
      : [`no response declared for ${status}`];
    if (problems.length > 0) {
      violations.push(`response ${operation.operationId} ${status}: ${problems.join("; ")}`);
      send(response, 500, {
        status: { error: `emulator sent an invalid response: ${problems.join("; ")}` },
        time: 0,
      });
    } else send(response, status, body);
  }

  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const emulator: QdrantEmulator = {
    url: `http://127.0.0.1:${port}`,
    violations,
    calls,
    delayMs: options.delayMs ?? 0,
    unavailable: false,
    collections,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
  return emulator;
}

/** Query strings carry text: booleans and integers are read as such, then checked against the parameter schemas. */
function checkQuery(
  operation: Operation,
  params: URLSearchParams,
  problems: string[],
): Record<string, unknown> {
  const declared = new Map(
    (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => [p.name, p]),
  );
  const values: Record<string, unknown> = {};
  for (const [name, text] of params) {
    const parameter = declared.get(name);
    if (!parameter) {
      problems.push(`unknown query parameter "${name}"`);
      continue;
    }
    const value =
      text === "true" ? true : text === "false" ? false : /^-?\d+$/.test(text) ? Number(text) : text;
    problems.push(...validator.validate(parameter.schema, value, `query.${name}`));
    values[name] = value;
  }
  for (const [name, parameter] of declared)
    if (parameter.required && !params.has(name)) problems.push(`missing query parameter "${name}"`);
  return values;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}
