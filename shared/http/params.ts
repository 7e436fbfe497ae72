// Cursors handed out with pages, and the not-found error of a resource, checked at the edge.
import { HttpError } from "./errors.ts";

export const notFound = (what: "CV" | "job" | "batch" | "webhook", id: string) =>
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
