import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../shared/http/env.ts";
import { defineDocs } from "./index.ts";

const app = new Hono<AppEnv>().route("/api", defineDocs());

describe("API description", () => {
  it("lists every route with its methods", async () => {
    const res = await app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const document = await res.json();
    expect(document.openapi).toBe("3.1.0");
    const operations = Object.entries(document.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        "GET /api/health",
        "GET /api/health/ready",
        "GET /api/metrics",
        "POST /api/cvs",
        "GET /api/cvs",
        "GET /api/cvs/{id}",
        "DELETE /api/cvs/{id}",
        "GET /api/cvs/{id}/file",
        "GET /api/cvs/{id}/matches",
        "POST /api/jobs",
        "GET /api/jobs",
        "GET /api/jobs/{id}",
        "PUT /api/jobs/{id}",
        "DELETE /api/jobs/{id}",
        "GET /api/jobs/{id}/matches",
        "POST /api/match",
        "POST /api/search",
      ].sort(),
    );
  });

  it("derives request bodies and query parameters from the validation schemas", async () => {
    const document = await (await app.request("/api/openapi.json")).json();
    const job = document.paths["/api/jobs"].post.requestBody.content["application/json"].schema;
    expect(job.required).toEqual(["title", "description"]);
    expect(Object.keys(job.properties.requirements.properties).sort()).toEqual(
      ["educationLevel", "location", "minYears", "preferred", "remote", "required"].sort(),
    );
    const list = document.paths["/api/cvs"].get.parameters.map((p: { name: string }) => p.name);
    expect(list).toEqual(["limit", "cursor", "skill", "minYears", "location", "language", "q"]);
  });

  it("serves a readable page", async () => {
    const res = await app.request("/api/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("<code>/api/jobs/{id}/matches</code>");
  });
});
