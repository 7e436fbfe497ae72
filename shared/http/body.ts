// Reading a JSON body at the edge: size-bounded, parsed, validated; each failure a clear 4xx.
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./errors.ts";

export async function readJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
  const maxBytes = c.var.clients.settings.MAX_JSON_BYTES;
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type))
    throw new HttpError(
      415,
      "unsupported_media_type",
      `expected Content-Type application/json, got ${type || "none"}`,
    );
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > maxBytes) throw new HttpError(413, "too_large", `the body is larger than ${maxBytes} bytes`);
  const raw = await c.req.arrayBuffer();
  if (raw.byteLength > maxBytes)
    throw new HttpError(413, "too_large", `the body is larger than ${maxBytes} bytes`);
  let parsed: unknown;
  try {
    // PostgreSQL refuses NUL in text and jsonb: it leaves every string here, whatever the route stores.
    parsed = JSON.parse(new TextDecoder().decode(raw), (_key, value) =>
      typeof value === "string" && value.includes("\u0000") ? value.replaceAll("\u0000", "") : value,
    );
  } catch (error) {
    throw new HttpError(400, "malformed_json", `the body is not valid JSON: ${(error as Error).message}`);
  }
  return validate(schema, parsed, "body");
}

/** Validates input against a schema; a failure is a 422 listing every problem with its path. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  where: "body" | "query" | "path",
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  throw new HttpError(422, "invalid", problems.map((p) => `${p.path}: ${p.message}`).join("; "), {
    problems,
  });
}
