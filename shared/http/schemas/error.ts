// The one error shape every route answers with, and the error responses each route declares.
import { z } from "@hono/zod-openapi";

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid" }),
      message: z
        .string()
        .openapi({ example: "body.title: Too small: expected string to have >=1 characters" }),
      details: z
        .unknown()
        .optional()
        .openapi({ description: "more about the error, e.g. every problem found" }),
    }),
  })
  .openapi("Error", { description: "what went wrong: a stable code, a sentence for people, details" });

const meaning = {
  400: "the body could not be read (malformed JSON or multipart)",
  401: "no API key, or an unknown or revoked one",
  404: "no such resource for this tenant",
  408: "the body stopped arriving: no new bytes for BODY_IDLE_TIMEOUT_MS",
  413: "the body or a file is larger than the limits allow (refused as it streams in)",
  415: "a content type this route does not take",
  422: "the input does not satisfy the schema; details.problems lists each problem with its path",
  429: "too many requests",
  500: "a fault of the service; the message names the request id",
  503: "overloaded or a backing service is down; Retry-After says when to try again",
  504: "the request took longer than the request timeout",
} as const;

export type ErrorStatus = keyof typeof meaning;

const errorResponse = (status: ErrorStatus) => ({
  description: meaning[status],
  content: { "application/json": { schema: errorSchema } },
});

/** the error responses of a route, each with the shared error body */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((status) => [status, errorResponse(status)])) as {
    [K in S]: ReturnType<typeof errorResponse>;
  };
}

/** what any route behind load shedding and the request timeout can answer besides its own (the docs) */
export const shedErrors = [500, 503, 504] as const;

/** what any route behind the API key, load shedding and the request timeout can answer besides its own */
export const keyedErrors = [401, ...shedErrors] as const;

/** what any route that reads a request body can answer: unreadable, stalled, too large, of the wrong type */
export const bodyErrors = [400, 408, 413, 415] as const;
