// The routes of the CV function, each declared with its input and every answer it can give.
import { createRoute, z } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import { jsonBody } from "../../shared/http/body.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { idParams, jsonResponse } from "../../shared/http/schemas/common.ts";
import { bodyErrors, errorResponses, errorSchema, keyedErrors } from "../../shared/http/schemas/error.ts";
import { acceptedBatch, filesMultipart } from "../batches/schemas.ts";
import {
  cvDetail,
  cvPage,
  jsonResume,
  listQuery,
  storedCv,
  textUpload,
  uploadBatch,
  viewQuery,
} from "./schemas.ts";

const tags = ["cvs"];
const params = idParams("CV");

// Anything but multipart is read as JSON text, so a wrong content type gets the JSON body's 415. A multipart
// body is read by the handler as it streams in, under the per-file and per-request limits.
const textWhenNotMultipart = createMiddleware<AppEnv>((c, next) =>
  /^multipart\/form-data/i.test(c.req.header("content-type") ?? "") ? next() : jsonBody(c, next),
);

export const uploadCvs = createRoute({
  method: "post",
  path: "/",
  operationId: "uploadCvs",
  tags,
  summary: "Upload CVs",
  description:
    "One or more files as multipart parts named `file` (at most MAX_FILES_PER_UPLOAD, each at most MAX_UPLOAD_BYTES), or one CV as JSON text. One file answers the stored CV; several answer one item per file, each with its own status. With async=true the files are queued instead and the answer (202) is their batch, as POST /api/batches gives.",
  middleware: [textWhenNotMultipart] as const,
  request: {
    query: z.object({
      async: z
        .enum(["true", "false"])
        .optional()
        .openapi({ description: "true: queue the files and answer 202 at once (see /api/batches)" }),
    }),
    body: {
      description: "multipart files, or JSON text",
      content: {
        "multipart/form-data": filesMultipart,
        "application/json": { schema: textUpload },
      },
    },
  },
  responses: {
    200: jsonResponse(storedCv, "these exact bytes were stored before: the stored CV"),
    201: jsonResponse(z.union([storedCv, uploadBatch]), "stored: the CV, or one item per file"),
    202: jsonResponse(acceptedBatch, "async=true: queued as a batch"),
    422: jsonResponse(
      z.union([errorSchema, uploadBatch]),
      "invalid input or an unreadable document; with several files, none could be stored",
    ),
    ...errorResponses(...bodyErrors, ...keyedErrors),
  },
});

export const listCvs = createRoute({
  method: "get",
  path: "/",
  operationId: "listCvs",
  tags,
  summary: "List CVs, with their count",
  description:
    "Filters combine: every skill, at least minYears, the location, the language, the words of q. Newest first unless sort and order say otherwise; total counts every CV that passes the filters. A cursor pages on under the sort it was given with.",
  request: { query: listQuery },
  responses: { 200: jsonResponse(cvPage, "a page of CVs"), ...errorResponses(422, ...keyedErrors) },
});

export const getCv = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getCv",
  tags,
  summary: "A stored CV's analysis",
  description:
    "As stored, with contact details left out (redact=true), or as a JSON Resume (format=jsonresume).",
  request: { params, query: viewQuery },
  responses: {
    200: jsonResponse(z.union([cvDetail, jsonResume]), "the CV, or its JSON Resume"),
    ...errorResponses(404, 422, ...keyedErrors),
  },
});

const binary = { schema: z.string().openapi({ format: "binary" }) };

export const getCvFile = createRoute({
  method: "get",
  path: "/{id}/file",
  operationId: "getCvFile",
  tags,
  summary: "The original file",
  description:
    "The bytes as uploaded, as an attachment, in the type they were stored with; HTML and SVG go out as application/octet-stream.",
  request: { params },
  responses: {
    200: {
      description: "the stored file",
      headers: {
        "Content-Disposition": { description: "attachment with the file name", schema: { type: "string" } },
      },
      content: {
        "application/pdf": binary,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": binary,
        "text/plain": binary,
        "text/markdown": binary,
        "application/octet-stream": binary,
      },
    },
    ...errorResponses(404, ...keyedErrors),
  },
});

export const deleteCv = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "deleteCv",
  tags,
  summary: "Delete a CV everywhere",
  description: "From the database, the vector store, the ranking index and the caches.",
  request: { params },
  responses: { 204: { description: "deleted" }, ...errorResponses(404, ...keyedErrors) },
});
