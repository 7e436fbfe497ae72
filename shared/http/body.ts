// Reading input at the edge: a JSON body size-bounded and parsed before the route's schema sees it, and the
// validation hook that turns every schema failure into the project's error. Each failure a clear 4xx.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { z } from "zod";
import { bodyTooLarge, readLimitedBody, stallRelease } from "./body-stream.ts";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./errors.ts";

const jsonType = /^application\/(.+\+)?json\b/i;
const isJsonType = (type: string | undefined) => jsonType.test(type ?? "");

/**
 * Route middleware before the schema validator: a 415 for another content type, a 413 above MAX_JSON_BYTES,
 * a 400 for malformed JSON. The parsed body is handed to the validator through Hono's body cache.
 */
export const jsonBody = createMiddleware<AppEnv>(async (c, next) => {
  await readJsonBody(c);
  return next();
});

async function readJsonBody(c: Context<AppEnv>) {
  const maxBytes = c.var.settings.MAX_JSON_BYTES;
  const type = c.req.header("content-type") ?? "";
  if (!isJsonType(type))
    throw new HttpError(
      415,
      "unsupported_media_type",
      `expected Content-Type application/json, got ${type || "none"}`,
    );
  // Counted as it arrives: a chunked body is refused at the first byte past the limit, not after it is read.
  const raw = await readLimitedBody(c.req.raw, {
    maxBytes,
    tooLarge: bodyTooLarge(maxBytes),
    idleMs: c.var.settings.BODY_IDLE_TIMEOUT_MS,
    ...stallRelease(c),
  });
  let parsed: unknown;
  try {
    // PostgreSQL refuses NUL in text and jsonb: it leaves every string here, whatever the route stores.
    parsed = JSON.parse(new TextDecoder().decode(raw), (_key, value) =>
      typeof value === "string" && value.includes("\u0000") ? value.replaceAll("\u0000", "") : value,
    );
  } catch (error) {
    throw new HttpError(400, "malformed_json", `the body is not valid JSON: ${(error as Error).message}`);
  }
  // The validator reads c.req.json(), which parses the cached text: give it the cleaned body.
  // (Hono types the cache by value, but holds promises in it.)
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(JSON.stringify(parsed));
}

const where = {
  json: "body",
  form: "body",
  query: "query",
  param: "path",
  header: "header",
  cookie: "cookie",
};

/** A schema failure as a 422 listing every problem with its path (`body.title`, `query.limit`). */
export function invalid(target: keyof typeof where, error: z.ZodError): HttpError {
  const problems = error.issues.map((issue) => ({
    path: [where[target], ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  return new HttpError(422, "invalid", problems.map((p) => `${p.path}: ${p.message}`).join("; "), {
    problems,
  });
}

/**
 * The default hook of every route's validators. A path id that fails its schema is a 404 like an id of
 * another tenant (the schema's message names the resource); any other failure is invalid().
 */
export function validationHook(
  result: { target: keyof typeof where } & ({ success: true } | { success: false; error: z.ZodError }),
  c: Context,
): undefined {
  if (result.success) return undefined;
  if (result.target === "param") {
    const issue = result.error.issues[0];
    throw new HttpError(
      404,
      "not_found",
      `${issue?.message ?? "not found"} ${c.req.param("id") ?? ""}`.trim(),
    );
  }
  throw invalid(result.target, result.error);
}
