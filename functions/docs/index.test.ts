// The document is generated from the routes: it agrees with the app's real route list both ways, every
// response has a schema, and /api/docs serves Swagger UI with its files from this origin.
import { afterAll, describe, expect, it } from "vitest";
import { nodeAppWith } from "../../test/support/node-app.ts";
import type { AppOptions } from "../app.ts";
import { compareRoutes, routedOperations } from "./agreement.ts";
import { swaggerAssetsFromPackage } from "./assets.node.ts";

/** the composed app as the Node entry builds it, embedded in memory */
const composedApp = (extend?: AppOptions["extend"]) =>
  nodeAppWith({}, { docsAssets: swaggerAssetsFromPackage, ...(extend ? { extend } : {}) });

const { app, clients } = composedApp();
afterAll(() => clients.close());

type Operation = {
  operationId?: string;
  security?: object[];
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
};
type Document = {
  openapi: string;
  servers: { url: string }[];
  info: { license: { name: string } };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

const documentOf = async (target = app) =>
  (await (await target.request("/api/openapi.json")).json()) as Document;
const operations = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );

describe("API description", () => {
  it("documents every route the app answers, and nothing else", async () => {
    const document = await documentOf();
    expect(compareRoutes(app, document)).toEqual({ undocumented: [], unrouted: [] });
    // the real list, read from the router: the check above compared something
    expect([...routedOperations(app)].sort()).toEqual(
      [
        "GET /api/health",
        "GET /api/health/ready",
        "GET /api/metrics",
        "GET /api/openapi.json",
        "GET /api/docs",
        "GET /api/docs/{asset}",
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
        "POST /api/batches",
        "GET /api/batches/{id}",
        "GET /api/batches/{id}/events",
        "POST /api/webhooks",
        "GET /api/webhooks",
        "DELETE /api/webhooks/{id}",
        "GET /api/webhooks/{id}/deliveries",
        "GET /api/skills",
      ].sort(),
    );
  });

  it("reports a route added without a schema, and a documented route that is not there", async () => {
    const extended = composedApp((a) => {
      // a plain Hono route: answered, but declared nowhere
      a.get("/api/undeclared/:id", (c) => c.json({}));
      // the reverse mistake: described, but no route answers it
      a.openAPIRegistry.registerPath({
        method: "get",
        path: "/api/ghost",
        responses: { 204: { description: "gone" } },
      });
    });
    try {
      expect(compareRoutes(extended.app, await documentOf(extended.app))).toEqual({
        undocumented: ["GET /api/undeclared/{id}"],
        unrouted: ["GET /api/ghost"],
      });
    } finally {
      await extended.clients.close();
    }
  });

  it("gives every operation an id, a typed schema for each JSON answer, and the shared error", async () => {
    const document = await documentOf();
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "http://localhost", description: "this instance" }]);
    expect(document.info.license.name).toBe("Apache-2.0");
    const ids = operations(document).map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { name, op } of operations(document)) {
      expect(op.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.responses["500"]?.content?.["application/json"]?.schema, name).toEqual({
        $ref: "#/components/schemas/Error",
      });
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = response.content?.["application/json"]?.schema;
        if (!schema) continue;
        // a typed object, a reference to one, or a choice of them; never the bare {"type":"object"}
        expect(
          "$ref" in schema || "anyOf" in schema || "properties" in schema,
          `${name} ${status}: ${JSON.stringify(schema)}`,
        ).toBe(true);
      }
    }
  });

  it("describes the analysis, ranking and search answers field by field", async () => {
    const document = await documentOf();
    const schemas = document.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    expect(Object.keys(schemas.Analysis.properties)).toEqual([
      "contact",
      "headline",
      "summary",
      "sections",
      "experience",
      "totals",
      "education",
      "skills",
      "languages",
      "certifications",
      "projects",
      "quality",
      "document",
    ]);
    expect(Object.keys(schemas.JobMatches.properties)).toEqual([
      "jobId",
      "requirements",
      "weights",
      "considered",
      "matches",
    ]);
    expect(Object.keys(schemas.SearchResults.properties)).toEqual(["results", "total", "degraded"]);
    const list = document.paths["/api/cvs"].get as unknown as { parameters: { name: string }[] };
    expect(list.parameters.map((p) => p.name)).toEqual([
      "limit",
      "cursor",
      "sort",
      "order",
      "skill",
      "minYears",
      "location",
      "language",
      "q",
    ]);
    const upload = document.paths["/api/cvs"].post as unknown as {
      requestBody: { content: Record<string, unknown> };
    };
    expect(Object.keys(upload.requestBody.content)).toEqual(["multipart/form-data", "application/json"]);
    const file = document.paths["/api/cvs/{id}/file"].get.responses["200"].content ?? {};
    expect(file["application/pdf"]?.schema).toEqual({ type: "string", format: "binary" });
  });

  it("serves Swagger UI with its files from this origin", async () => {
    const res = await app.request("/api/docs");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('src="/api/docs/swagger-ui-bundle.js"');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await app.request("/api/docs/swagger-ui-bundle.js");
    expect([script.status, script.headers.get("content-type")]).toEqual([
      200,
      "text/javascript; charset=utf-8",
    ]);
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    const missing = await app.request("/api/docs/other.js");
    expect([missing.status, (await missing.json()).error.code]).toEqual([404, "not_found"]);
  });
});
