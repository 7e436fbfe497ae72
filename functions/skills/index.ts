// GET /api/skills: the taxonomy's canonical skills whose name or alias starts with (then contains) the
// words typed, for the UI's skill autocomplete. Static data: no database, no tenant state.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../shared/http/env.ts";
import { jsonResponse, queryNumberOr } from "../../shared/http/schemas/common.ts";
import { errorResponses, keyedErrors } from "../../shared/http/schemas/error.ts";
import { suggestSkills } from "../../shared/taxonomy/suggest.ts";

const skillList = z
  .object({
    items: z.array(
      z.object({
        name: z.string().openapi({ description: "canonical taxonomy name" }),
        category: z.string(),
      }),
    ),
  })
  .openapi("SkillList");

const query = z.object({
  q: z.string().max(100).default("").openapi({ description: "what was typed; empty lists the first skills" }),
  limit: queryNumberOr(10, 1, 50, true),
});

const listSkills = createRoute({
  method: "get",
  path: "/",
  operationId: "listSkills",
  tags: ["skills"],
  summary: "Skills of the taxonomy, for autocomplete",
  description: "Names and aliases starting with `q` first, then those containing it; at most `limit`.",
  request: { query },
  responses: { 200: jsonResponse(skillList, "matching skills"), ...errorResponses(422, ...keyedErrors) },
});

export function defineSkills() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(listSkills, (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json({ items: suggestSkills(q, limit) }, 200);
  });
  return app;
}
