// Every error a caller sees is JSON { error: { code, message, details? } } with the right status.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./env.ts";

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const errorBody = (code: string, message: string, details?: unknown) => ({
  error: { code, message, ...(details === undefined ? {} : { details }) },
});

const codeForStatus: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  408: "timeout",
  413: "too_large",
  415: "unsupported_media_type",
  422: "invalid",
  429: "too_many_requests",
  503: "unavailable",
  504: "timeout",
};

export function onError(error: Error, c: Context<AppEnv>) {
  if (error instanceof HttpError) {
    for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const message = error.message || (status === 504 ? "the request took too long" : "request failed");
    return c.json(errorBody(codeForStatus[status] ?? "error", message), status);
  }
  if (isDependencyFailure(error)) {
    c.var.log?.warn("dependency unavailable", { error });
    c.header("Retry-After", "5");
    return c.json(
      errorBody("dependency_unavailable", `a backing service is unavailable: ${dependencyName(error)}`),
      503,
    );
  }
  // Anything else is our fault: log it whole, tell the caller only that it happened and under which id.
  c.var.log?.error("unhandled error", { error, stack: error.stack });
  return c.json(errorBody("internal", `internal error (request ${c.var.requestId ?? "unknown"})`), 500);
}

export function onNotFound(c: Context<AppEnv>) {
  return c.json(errorBody("not_found", `no route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
}

// Errors of a backing service (database, Redis, Qdrant, embedding endpoint) are 503s, not bugs of ours.
const dependencyErrorNames = new Set([
  "DatabaseUnavailableError",
  "VectorStoreError",
  "EmbeddingError",
  "QdrantClientTimeoutError",
  "RedisUnavailableError",
]);
const connectionCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "57P01",
  "57P03",
  // too_many_connections: the server is full; an overload, answered 503 + Retry-After like the others
  "53300",
]);

function isDependencyFailure(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    dependencyErrorNames.has(error.name) ||
    (typeof code === "string" && connectionCodes.has(code)) ||
    /timeout exceeded when trying to connect|Connection terminated/i.test(error.message)
  );
}

function dependencyName(error: Error): string {
  if (error.name === "EmbeddingError") return "embeddings";
  if (error.name === "DatabaseUnavailableError") return "database";
  if (error.name.startsWith("Qdrant") || error.name === "VectorStoreError") return "vector store";
  return "database or cache";
}
