// Every error a caller sees is JSON { error: { code, message, details? } } with the right status. Errors are
// mapped here alone: HTTP errors, analysis errors and dependency failures, each by its type.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AnalysisError } from "../analysis/errors.ts";
import type { AnalysisErrorCode } from "../analysis/types.ts";
import { DependencyUnavailableError } from "../clients/errors.ts";
import type { AppEnv } from "./env.ts";

export const errorBody = (code: string, message: string, details?: unknown) => ({
  error: { code, message, ...(details === undefined ? {} : { details }) },
});

/** An error meant for the caller: a status, a stable code, a sentence and optional details and headers. */
export class HttpError extends HTTPException {
  constructor(
    override readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(status, { message });
    this.name = "HttpError";
  }

  override getResponse(): Response {
    return Response.json(errorBody(this.code, this.message, this.details), {
      status: this.status,
      headers: this.headers,
    });
  }
}

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

const analysisStatus: Record<AnalysisErrorCode, 413 | 415 | 422> = {
  unsupported_type: 415,
  too_large: 413,
  too_many_pages: 413,
  encrypted: 422,
  corrupt: 422,
  no_text_layer: 422,
  timeout: 422,
};

/**
 * The error a caller sees for anything a route can throw, or null for a fault of ours. Uploads of many
 * files use it per file; onError for the rest.
 */
export function toHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  if (error instanceof AnalysisError)
    return new HttpError(analysisStatus[error.code], error.code, error.message);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const message = error.message || (status === 504 ? "the request took too long" : "request failed");
    return new HttpError(status, codeForStatus[status] ?? "error", message);
  }
  if (error instanceof DependencyUnavailableError)
    return new HttpError(
      503,
      "dependency_unavailable",
      `a backing service is unavailable: ${error.dependency}`,
      undefined,
      { "Retry-After": "5" },
    );
  return null;
}

export function onError(error: Error, c: Context<AppEnv>) {
  const failure = toHttpError(error);
  if (failure) {
    if (error instanceof DependencyUnavailableError) c.var.log?.warn("dependency unavailable", { error });
    for (const [name, value] of Object.entries(failure.headers ?? {})) c.header(name, value);
    return c.json(errorBody(failure.code, failure.message, failure.details), failure.status);
  }
  // Anything else is our fault: log it whole, tell the caller only that it happened and under which id.
  c.var.log?.error("unhandled error", { error, stack: error.stack });
  return c.json(errorBody("internal", `internal error (request ${c.var.requestId ?? "unknown"})`), 500);
}

export function onNotFound(c: Context<AppEnv>) {
  return c.json(errorBody("not_found", `no route for ${c.req.method} ${new URL(c.req.url).pathname}`), 404);
}
