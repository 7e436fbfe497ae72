// GET /api/metrics: the Prometheus text exposition of the whole service (every worker, every instance),
// behind an optional bearer token (METRICS_TOKEN).
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../shared/http/env.ts";
import { HttpError } from "../../shared/http/errors.ts";
import { errorResponses } from "../../shared/http/schemas/error.ts";
import type { Fleet } from "../../shared/metrics/fleet.ts";
import { exposition } from "../../shared/metrics/render.ts";
import { scrapeMetrics } from "../../shared/metrics/scrape.ts";
import type { MetricsSource } from "../../shared/metrics/source.ts";

export interface MetricsOptions {
  source: MetricsSource;
  fleet: Fleet;
}

/** compares in time that depends on the length only, so a wrong token reveals nothing of the right one */
function sameToken(given: string, expected: string): boolean {
  let difference = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) difference |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return difference === 0;
}

const scrape = createRoute({
  method: "get",
  path: "/",
  operationId: "getMetrics",
  tags: ["metrics"],
  summary: "Prometheus exposition of the whole service",
  description:
    "Every worker and instance of the service, in the Prometheus text format. Needs `Authorization: Bearer <METRICS_TOKEN>` when that setting is given.",
  security: [{}, { metricsToken: [] }],
  responses: {
    200: {
      description: "the metrics, text format 0.0.4",
      content: { "text/plain; version=0.0.4": { schema: z.string() } },
    },
    ...errorResponses(401, 500),
  },
});

export function defineMetrics(options: MetricsOptions) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(scrape, async (c) => {
    const { clients, log } = c.var;
    const token = c.var.settings.METRICS_TOKEN;
    if (token) {
      const header = c.req.header("authorization") ?? "";
      const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
      if (!sameToken(given, token))
        throw new HttpError(401, "unauthorized", "a bearer token is required for /api/metrics", undefined, {
          "WWW-Authenticate": 'Bearer realm="metrics"',
        });
    }
    const text = await scrapeMetrics({ clients, source: options.source, fleet: options.fleet, log });
    return c.text(text, 200, { "Content-Type": exposition, "Cache-Control": "no-store" });
  });

  return app;
}
