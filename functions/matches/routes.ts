// The routes of the matching function, each declared with its input and every answer it can give.
import { createRoute } from "@hono/zod-openapi";
import { jsonBody } from "../../shared/http/body.ts";
import { idParams, jsonBody as jsonRequest, jsonResponse } from "../../shared/http/schemas/common.ts";
import { bodyErrors, errorResponses, keyedErrors } from "../../shared/http/schemas/error.ts";
import { cvMatches, cvMatchesQuery, jobMatches, jobMatchesQuery, pairInput, pairMatch } from "./schemas.ts";

const tags = ["matching"];

export const matchCvsForJob = createRoute({
  method: "get",
  path: "/jobs/{id}/matches",
  operationId: "matchCvsForJob",
  tags,
  summary: "CVs ranked for a job, each score explained",
  request: { params: idParams("job"), query: jobMatchesQuery },
  responses: {
    200: jsonResponse(jobMatches, "the best CVs first"),
    ...errorResponses(404, 422, ...keyedErrors),
  },
});

export const matchJobsForCv = createRoute({
  method: "get",
  path: "/cvs/{id}/matches",
  operationId: "matchJobsForCv",
  tags,
  summary: "Jobs ranked for a CV, each score explained",
  request: { params: idParams("CV"), query: cvMatchesQuery },
  responses: {
    200: jsonResponse(cvMatches, "the best jobs first"),
    ...errorResponses(404, 422, ...keyedErrors),
  },
});

export const matchPair = createRoute({
  method: "post",
  path: "/match",
  operationId: "matchPair",
  tags,
  summary: "Score one CV against one job",
  description: "Either side may be stored (by id) or given as text; text is analysed but not stored.",
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(pairInput) },
  responses: {
    200: jsonResponse(pairMatch, "the score with its explanation"),
    ...errorResponses(...bodyErrors, 404, 422, ...keyedErrors),
  },
});
