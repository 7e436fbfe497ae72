// POST /api/search: find CVs by meaning and by keywords and skills, with filters.
import { Hono } from "hono";
import { z } from "zod";
import { readJson } from "../../shared/http/body.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { canonicalSkill } from "../../shared/http/skill-param.ts";
import { servicesFor } from "../../shared/services/context.ts";
import { searchCvs } from "../../shared/services/search.ts";

export const searchInput = z.object({
  query: z.string().trim().min(1).max(1_000),
  filters: z
    .object({
      skills: z.array(canonicalSkill).max(20).optional(),
      minYears: z.number().min(0).max(80).optional(),
      location: z.string().trim().min(1).max(100).optional(),
      language: z
        .string()
        .regex(/^[a-z]{2}$/i, "an ISO 639-1 code like en")
        .optional(),
    })
    .strict()
    .default({}),
  limit: z.number().int().min(1).max(100).default(10),
  /** the relevance floor: CVs scoring below it are not results (default SEARCH_MIN_SCORE) */
  minScore: z.number().min(0).max(100).optional(),
});

export function defineSearch() {
  const app = new Hono<AppEnv>();
  app.post("/", async (c) => {
    const { clients, tenantId, log } = c.var;
    const input = await readJson(c, searchInput);
    const services = servicesFor(clients);
    const key = JSON.stringify(input);
    const cached = await services.cache.get<object>(tenantId, "search", key);
    if (cached) return c.json(cached);
    const found = await searchCvs(clients.readDb(), services, log, tenantId, {
      ...input,
      minScore: input.minScore ?? clients.settings.SEARCH_MIN_SCORE,
    });
    const body = {
      results: found.results,
      total: found.total,
      ...(found.degraded.length ? { degraded: found.degraded } : {}),
    };
    if (found.degraded.length === 0) await services.cache.set(tenantId, "search", key, body);
    return c.json(body);
  });
  return app;
}
