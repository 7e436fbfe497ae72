// GET /api/metrics: the Prometheus text exposition of the whole service (every worker, every instance),
// behind an optional bearer token (METRICS_TOKEN).
import { Hono } from "hono";
import type { AppEnv } from "../../shared/http/env.ts";
import { HttpError } from "../../shared/http/errors.ts";
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

export function defineMetrics(options: MetricsOptions) {
  const app = new Hono<AppEnv>();

  app.get("/", async (c) => {
    const { clients, log } = c.var;
    const token = clients.settings.METRICS_TOKEN;
    if (token) {
      const header = c.req.header("authorization") ?? "";
      const given = header.startsWith("Bearer ") ? header.slice("Bearer ".length).trim() : "";
      if (!sameToken(given, token))
        throw new HttpError(401, "unauthorized", "a bearer token is required for /api/metrics", undefined, {
          "WWW-Authenticate": 'Bearer realm="metrics"',
        });
    }
    const text = await scrapeMetrics({ clients, source: options.source, fleet: options.fleet, log });
    return c.body(text, 200, { "Content-Type": exposition, "Cache-Control": "no-store" });
  });

  return app;
}
