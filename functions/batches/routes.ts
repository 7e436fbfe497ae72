// The routes of the batches function: submit files for asynchronous ingestion, read a batch, follow it.
import { createRoute, z } from "@hono/zod-openapi";
import { idParams, jsonResponse } from "../../shared/http/schemas/common.ts";
import { bodyErrors, errorResponses, keyedErrors } from "../../shared/http/schemas/error.ts";
import { acceptedBatch, batchState, filesMultipart } from "./schemas.ts";

const tags = ["batches"];
const params = idParams("batch");

export const submitBatchRoute = createRoute({
  method: "post",
  path: "/",
  operationId: "submitBatch",
  tags,
  summary: "Submit files for asynchronous analysis",
  description:
    "Any number of multipart parts named `file` (at most QUEUE_MAX_BATCH_FILES, each at most MAX_UPLOAD_BYTES). Each file is written to the queue as it arrives; the answer comes as soon as the body is in. 503 with Retry-After while the queue's backlog is over QUEUE_MAX_BACKLOG.",
  request: {
    body: {
      required: true,
      content: {
        "multipart/form-data": filesMultipart,
      },
    },
  },
  responses: {
    202: jsonResponse(acceptedBatch, "accepted: the batch and its tasks"),
    ...errorResponses(...bodyErrors, 422, ...keyedErrors),
  },
});

export const getBatchRoute = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getBatch",
  tags,
  summary: "A batch's state",
  description: "Counts by state, and each file's state with its CV or its error.",
  request: { params },
  responses: { 200: jsonResponse(batchState, "the batch"), ...errorResponses(404, ...keyedErrors) },
});

export const batchEventsRoute = createRoute({
  method: "get",
  path: "/{id}/events",
  operationId: "batchEvents",
  tags,
  summary: "A batch's progress as Server-Sent Events",
  description:
    "One `task` event per file as it ends, in the order they ended (the event id grows; send Last-Event-ID to resume), each with the running counts; then one `completed` event, and the stream ends.",
  request: {
    params,
    headers: z.object({
      "last-event-id": z
        .string()
        .regex(/^\d{1,15}$/)
        .optional(),
    }),
  },
  responses: {
    200: {
      description: "the event stream",
      content: { "text/event-stream": { schema: z.string() } },
    },
    ...errorResponses(404, 422, ...keyedErrors),
  },
});
