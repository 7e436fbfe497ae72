// The routes of the jobs function, each declared with its input and every answer it can give.
import { createRoute } from "@hono/zod-openapi";
import { jsonBody } from "../../shared/http/body.ts";
import {
  idParams,
  jsonBody as jsonRequest,
  jsonResponse,
  pageQuery,
} from "../../shared/http/schemas/common.ts";
import { bodyErrors, errorResponses, keyedErrors } from "../../shared/http/schemas/error.ts";
import { jobInput, jobPage, jobSchema } from "./schemas.ts";

const tags = ["jobs"];
const params = idParams("job");

export const createJob = createRoute({
  method: "post",
  path: "/",
  operationId: "createJob",
  tags,
  summary: "Describe a job",
  description: "Requirements are read from the title and description; `requirements` overrides them.",
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(jobInput) },
  responses: {
    201: jsonResponse(jobSchema, "the job with its requirements"),
    ...errorResponses(...bodyErrors, 422, ...keyedErrors),
  },
});

export const listJobs = createRoute({
  method: "get",
  path: "/",
  operationId: "listJobs",
  tags,
  summary: "List jobs, newest first",
  request: { query: pageQuery },
  responses: { 200: jsonResponse(jobPage, "a page of jobs"), ...errorResponses(422, ...keyedErrors) },
});

export const getJob = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getJob",
  tags,
  summary: "A job",
  request: { params },
  responses: { 200: jsonResponse(jobSchema, "the job"), ...errorResponses(404, ...keyedErrors) },
});

export const replaceJob = createRoute({
  method: "put",
  path: "/{id}",
  operationId: "replaceJob",
  tags,
  summary: "Replace a job",
  middleware: [jsonBody] as const,
  request: { params, body: jsonRequest(jobInput) },
  responses: {
    200: jsonResponse(jobSchema, "the job as replaced"),
    ...errorResponses(...bodyErrors, 404, 422, ...keyedErrors),
  },
});

export const deleteJob = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "deleteJob",
  tags,
  summary: "Delete a job",
  request: { params },
  responses: { 204: { description: "deleted" }, ...errorResponses(404, ...keyedErrors) },
});
