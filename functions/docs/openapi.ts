// The OpenAPI 3.1 document, generated from the same zod schemas the functions validate with.
import { z } from "zod";
import { listQuery, textUpload, viewQuery } from "../cvs/schemas.ts";
import { jobInput, pageQuery } from "../jobs/schemas.ts";
import { cvMatchesQuery, jobMatchesQuery, pairInput } from "../matches/schemas.ts";
import { searchInput } from "../search/index.ts";

type Schema = z.ZodType;

const json = (schema: Schema) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });

function queryParameters(schema: z.ZodObject) {
  const shape = json(schema) as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(shape.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: shape.required?.includes(name) ?? false,
    schema: property,
    ...("type" in property && property.type === "array" ? { style: "form", explode: true } : {}),
  }));
}

const idParameter = (what: string) => ({
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", format: "uuid" },
  description: `the ${what}'s id`,
});

const error = {
  description: "an error",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: { code: { type: "string" }, message: { type: "string" }, details: {} },
          },
        },
      },
    },
  },
};

const ok = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const body = (schema: Schema) => ({
  required: true,
  content: { "application/json": { schema: json(schema) } },
});
const errors = { "4XX": error, "5XX": error };

export function buildOpenApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "cv-analyzer",
      version,
      description:
        "CV analysis, semantic search and explainable ranking. Every route but health, metrics and this document needs `Authorization: Bearer <api key>`.",
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer" } },
    },
    security: [{ apiKey: [] }],
    paths: {
      "/api/health": { get: { summary: "Liveness", security: [], responses: { 200: ok("alive") } } },
      "/api/health/ready": {
        get: {
          summary: "Readiness of each dependency",
          security: [],
          responses: { 200: ok("ready"), 503: error },
        },
      },
      "/api/metrics": {
        get: {
          summary: "Prometheus exposition (bearer METRICS_TOKEN when set)",
          security: [],
          responses: { 200: { description: "text/plain; version=0.0.4" } },
        },
      },
      "/api/cvs": {
        post: {
          summary: "Upload one or more CVs (multipart `file` parts) or JSON text",
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  properties: { file: { type: "array", items: { type: "string", format: "binary" } } },
                },
              },
              "application/json": { schema: json(textUpload) },
            },
          },
          responses: { 200: ok("these bytes were stored before"), 201: ok("stored"), ...errors },
        },
        get: {
          summary: "List CVs, newest first",
          parameters: queryParameters(listQuery),
          responses: { 200: ok("a page"), ...errors },
        },
      },
      "/api/cvs/{id}": {
        get: {
          summary: "A stored CV's analysis (redacted, or as JSON Resume)",
          parameters: [idParameter("CV"), ...queryParameters(viewQuery)],
          responses: { 200: ok("the CV"), ...errors },
        },
        delete: {
          summary: "Delete a CV everywhere",
          parameters: [idParameter("CV")],
          responses: { 204: { description: "deleted" }, ...errors },
        },
      },
      "/api/cvs/{id}/file": {
        get: {
          summary: "The original file",
          parameters: [idParameter("CV")],
          responses: { 200: { description: "the bytes" }, ...errors },
        },
      },
      "/api/cvs/{id}/matches": {
        get: {
          summary: "Jobs ranked for a CV",
          parameters: [idParameter("CV"), ...queryParameters(cvMatchesQuery)],
          responses: { 200: ok("ranked jobs"), ...errors },
        },
      },
      "/api/jobs": {
        post: {
          summary: "Describe a job",
          requestBody: body(jobInput),
          responses: { 201: ok("the job with parsed requirements"), ...errors },
        },
        get: {
          summary: "List jobs",
          parameters: queryParameters(pageQuery),
          responses: { 200: ok("a page"), ...errors },
        },
      },
      "/api/jobs/{id}": {
        get: {
          summary: "A job",
          parameters: [idParameter("job")],
          responses: { 200: ok("the job"), ...errors },
        },
        put: {
          summary: "Replace a job",
          parameters: [idParameter("job")],
          requestBody: body(jobInput),
          responses: { 200: ok("the job"), ...errors },
        },
        delete: {
          summary: "Delete a job",
          parameters: [idParameter("job")],
          responses: { 204: { description: "deleted" }, ...errors },
        },
      },
      "/api/jobs/{id}/matches": {
        get: {
          summary: "CVs ranked for a job, each score explained",
          parameters: [idParameter("job"), ...queryParameters(jobMatchesQuery)],
          responses: { 200: ok("ranked CVs"), ...errors },
        },
      },
      "/api/match": {
        post: {
          summary: "Score one CV against one job",
          requestBody: body(pairInput),
          responses: { 200: ok("the score"), ...errors },
        },
      },
      "/api/search": {
        post: {
          summary: "Hybrid search by meaning, keywords and skills",
          requestBody: body(searchInput),
          responses: { 200: ok("results"), ...errors },
        },
      },
    },
  };
}
