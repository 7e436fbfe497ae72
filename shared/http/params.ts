// Path ids, cursors and repeatable query values, checked at the edge.
import type { Context } from "hono";
import { AnalysisError } from "../analysis/errors.ts";
import type { AnalysisErrorCode } from "../analysis/types.ts";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./errors.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `:id` of the path; an id that cannot exist is the same 404 as one of another tenant. */
export function idParam(c: Context<AppEnv>, what: "CV" | "job"): string {
  const id = c.req.param("id") ?? "";
  if (!uuid.test(id)) throw new HttpError(404, "not_found", `no ${what} ${id}`);
  return id.toLowerCase();
}

export const notFound = (what: "CV" | "job", id: string) =>
  new HttpError(404, "not_found", `no ${what} ${id}`);

export const encodeCursor = (seq: string) => btoa(`s:${seq}`).replace(/=+$/, "");

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  try {
    const decoded = atob(cursor);
    if (/^s:\d{1,19}$/.test(decoded)) return decoded.slice(2);
  } catch {}
  throw new HttpError(422, "invalid", "query.cursor: not a cursor this service gave out");
}

const analysisStatus: Record<AnalysisErrorCode, 413 | 415 | 422> = {
  unsupported_type: 415,
  too_large: 413,
  too_many_pages: 413,
  encrypted: 422,
  corrupt: 422,
  no_text_layer: 422,
  timeout: 422,
};

/** An analysis that could not be made, as the error a caller sees. */
export function analysisHttpError(error: AnalysisError): HttpError {
  return new HttpError(analysisStatus[error.code], error.code, error.message);
}

export const isAnalysisError = (error: unknown): error is AnalysisError => error instanceof AnalysisError;
