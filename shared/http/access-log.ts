// One structured line per request: method, route template, status and time; never headers, bodies or queries.
import { createMiddleware } from "hono/factory";
import { routePath } from "hono/route";
import type { AppEnv } from "./env.ts";

export const accessLog = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      route: routePath(c, -1),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) c.var.log.error("request", fields);
    else c.var.log.info("request", fields);
  });
