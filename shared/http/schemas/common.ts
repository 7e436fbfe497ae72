// Pieces every function's schemas share: path ids, cursor pages, repeatable query values, JSON bodies.
import { z } from "@hono/zod-openapi";

// Written without flags: the document carries the pattern as it stands.
const uuid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The `{id}` of a path. An id that cannot exist answers the same 404 as one of another tenant: the
 * validation hook turns a failure here into not_found, with this message and the id.
 */
export const idParams = (what: "CV" | "job" | "batch" | "webhook") =>
  z.object({
    id: z
      .string()
      .regex(uuid, `no ${what}`)
      .transform((id) => id.toLowerCase())
      .openapi({ format: "uuid", description: `the ${what}'s id`, param: { name: "id", in: "path" } }),
  });

/** a query value that may be given once or repeated (?skill=a&skill=b), always read as a list */
export const repeatable = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max));

/**
 * A number given in the query string, read from its text. Its type is stated for the document: the
 * generator cannot see through coercion and would describe it as number or null.
 */
export const queryNumber = (min: number, max: number, integer = false) =>
  (integer ? z.coerce.number().int() : z.coerce.number())
    .min(min)
    .max(max)
    .openapi({ type: integer ? "integer" : "number", minimum: min, maximum: max });

/** queryNumber with the value taken when the query leaves it out */
export const queryNumberOr = (fallback: number, min: number, max: number, integer = false) =>
  queryNumber(min, max, integer)
    .default(fallback)
    .openapi({ type: integer ? "integer" : "number", minimum: min, maximum: max, default: fallback });

export const cursorQuery = z
  .string()
  .max(64)
  .optional()
  .openapi({ description: "nextCursor of the previous page" });

export const pageQuery = z.object({
  limit: queryNumberOr(20, 1, 100, true),
  cursor: cursorQuery,
});

/** a page of a list, newest first */
export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: "pass as cursor for the next page; null at the end" }),
    })
    .openapi(name);

/** a required JSON request body */
export const jsonBody = <T extends z.ZodType>(schema: T, description?: string) => ({
  required: true,
  ...(description ? { description } : {}),
  content: { "application/json": { schema } },
});

/** a JSON response */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
