// POST /api/search: CVs scored 0-100 by the query's words, the titles and occupation and skills it names and meaning,
// with filters; only those at or above the relevance floor.
import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import { jsonBody } from "../../shared/http/body.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { jsonBody as jsonRequest, jsonResponse } from "../../shared/http/schemas/common.ts";
import { bodyErrors, errorResponses, keyedErrors } from "../../shared/http/schemas/error.ts";
import { searchCvs } from "../../shared/services/search.ts";
import { searchInput, searchResults } from "./schemas.ts";

const search = createRoute({
  method: "post",
  path: "/",
  operationId: "searchCvs",
  tags: ["search"],
  summary:
    "CVs scored by the query's words, the titles and occupation and skills it names, and meaning, above a floor",
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(searchInput) },
  responses: {
    200: jsonResponse(searchResults, "the best CVs first"),
    ...errorResponses(...bodyErrors, 422, ...keyedErrors),
  },
});

export function defineSearch() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(search, async (c) => {
    const { clients, services, settings, tenantId, log } = c.var;
    const input = c.req.valid("json");
    const key = JSON.stringify(input);
    const cached = await services.cache.get<z.infer<typeof searchResults>>(tenantId, "search", key);
    if (cached) return c.json(cached, 200);
    const found = await searchCvs(clients.readDb(), services, log, tenantId, {
      ...input,
      minScore: input.minScore ?? settings.SEARCH_MIN_SCORE,
    });
    const body = {
      results: found.results,
      total: found.total,
      ...(found.degraded.length ? { degraded: found.degraded } : {}),
    };
    if (found.degraded.length === 0) await services.cache.set(tenantId, "search", key, body);
    return c.json(body, 200);
  });
  return app;
}
