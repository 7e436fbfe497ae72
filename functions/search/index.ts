// POST /api/search: find CVs by meaning and by keywords and skills, with filters.
import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import { jsonBody } from "../../shared/http/body.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { jsonBody as jsonRequest, jsonResponse } from "../../shared/http/schemas/common.ts";
import { errorResponses, keyedErrors } from "../../shared/http/schemas/error.ts";
import { searchCvs } from "../../shared/services/search.ts";
import { searchInput, searchResults } from "./schemas.ts";

const search = createRoute({
  method: "post",
  path: "/",
  operationId: "searchCvs",
  tags: ["search"],
  summary: "Hybrid search by meaning, keywords and skills",
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(searchInput) },
  responses: {
    200: jsonResponse(searchResults, "the best CVs first"),
    ...errorResponses(400, 413, 415, 422, ...keyedErrors),
  },
});

export function defineSearch() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(search, async (c) => {
    const { clients, services, tenantId, log } = c.var;
    const input = c.req.valid("json");
    const key = JSON.stringify(input);
    const cached = await services.cache.get<z.infer<typeof searchResults>>(tenantId, "search", key);
    if (cached) return c.json(cached, 200);
    const found = await searchCvs(clients.readDb(), services, log, tenantId, input);
    const body = { results: found.results, ...(found.degraded.length ? { degraded: found.degraded } : {}) };
    if (found.degraded.length === 0) await services.cache.set(tenantId, "search", key, body);
    return c.json(body, 200);
  });
  return app;
}
