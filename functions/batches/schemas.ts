// Request and response shapes of the batches function: an accepted batch, its state, and its files.
import { z } from "@hono/zod-openapi";

const taskError = z.object({ code: z.string(), message: z.string() }).nullable();

export const acceptedBatch = z
  .object({
    id: z.string().openapi({ format: "uuid", description: "the batch's id" }),
    total: z.number().int(),
    tasks: z.array(z.object({ id: z.string().openapi({ format: "uuid" }), filename: z.string().nullable() })),
    status: z.string().openapi({ description: "where to read the batch's state" }),
    events: z.string().openapi({ description: "where to follow its progress as Server-Sent Events" }),
  })
  .openapi("AcceptedBatch", { description: "stored and queued; the files are analysed in the background" });

export const batchTask = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    position: z.number().int().openapi({ description: "the file's place in the upload, from 0" }),
    filename: z.string().nullable(),
    state: z.enum(["queued", "running", "done", "failed"]),
    attempts: z.number().int(),
    cvId: z
      .string()
      .nullable()
      .openapi({ description: "the stored CV when done (an earlier one for the same bytes)" }),
    error: taskError,
  })
  .openapi("BatchTask");

export const batchState = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    createdAt: z.string().openapi({ format: "date-time" }),
    completedAt: z.string().nullable().openapi({ format: "date-time" }),
    total: z.number().int(),
    queued: z.number().int(),
    running: z.number().int(),
    done: z.number().int(),
    failed: z.number().int(),
    tasks: z.array(batchTask),
  })
  .openapi("Batch");

/** The multipart body of file uploads, described for the document (files are read by the handler). */
export const filesMultipart = {
  schema: {
    type: "object" as const,
    required: ["file"],
    properties: {
      file: {
        type: "array" as const,
        items: { type: "string" as const, contentMediaType: "application/octet-stream" },
        description: "one part named file per document: PDF, DOCX, plain text, Markdown or HTML",
      },
    },
  },
};
