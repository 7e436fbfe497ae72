// The CV list's cursor: where the next page starts under the order it was made for. Newest first keeps the
// plain seq cursor every other list gives out; the other orders carry their sort key beside the seq, so a page
// starts right after the last row shown even when rows were added or removed since.
import { type CvSort, type ListPosition, type SortOrder, sortKeyTypes } from "../db/cvs-list.ts";
import { HttpError } from "./errors.ts";
import { decodeCursor, encodeCursor } from "./params.ts";

/** The longest cursor the list accepts: the key holds a name, which is a short line of a CV. */
export const MAX_LIST_CURSOR = 2_048;

const invalid = (why: string) => new HttpError(422, "invalid", `query.cursor: ${why}`);

const toBase64Url = (text: string) => {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

const fromBase64Url = (cursor: string) => {
  const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

const plain = (sort: CvSort, order: SortOrder) => sort === "recent" && order === "desc";

export function encodeListCursor(sort: CvSort, order: SortOrder, position: ListPosition): string {
  if (plain(sort, order)) return encodeCursor(position.seq);
  return `k${toBase64Url(JSON.stringify([sort, order, position.seq, ...position.key]))}`;
}

const valid: Record<"int" | "real" | "text", (value: string) => boolean> = {
  int: (value) => value === "0" || value === "1",
  real: (value) => /^-?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(value),
  text: (value) => value.length <= MAX_LIST_CURSOR,
};

/** The position a cursor gives, checked against the order asked for now; 422 when it is not one of ours. */
export function decodeListCursor(
  cursor: string | undefined,
  sort: CvSort,
  order: SortOrder,
): ListPosition | undefined {
  if (!cursor) return undefined;
  if (!cursor.startsWith("k")) {
    const seq = decodeCursor(cursor);
    if (!plain(sort, order)) throw invalid("this cursor is for newest first; ask with the sort it came with");
    return seq === undefined ? undefined : { seq, key: [] };
  }
  let parts: unknown;
  try {
    parts = JSON.parse(fromBase64Url(cursor.slice(1)));
  } catch {
    throw invalid("not a cursor this service gave out");
  }
  if (!Array.isArray(parts) || !parts.every((p) => typeof p === "string"))
    throw invalid("not a cursor this service gave out");
  const [givenSort, givenOrder, seq, ...key] = parts as string[];
  if (givenSort !== sort || givenOrder !== order)
    throw invalid(`this cursor is for sort=${givenSort}&order=${givenOrder}; ask with the sort it came with`);
  const types = sortKeyTypes(sort);
  if (
    !/^\d{1,19}$/.test(seq ?? "") ||
    key.length !== types.length ||
    !key.every((v, i) => valid[types[i]](v))
  )
    throw invalid("not a cursor this service gave out");
  return { seq, key };
}
