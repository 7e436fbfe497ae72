// One structured line per request: method, route template, status and time; never headers, bodies or queries.
// Answers of 500 and above are errors, except 503: a refusal under load (or a dependency that is down, which
// is logged where it is detected) is an ordinary answer, and logging a flood of them at error level would add
// work at the worst moment. With LOG_LEVEL above info only the errors are written, and a request costs one clock
// read and one comparison.
import type { MiddlewareHandler } from "hono";
import type { Logger } from "../log/logger.ts";
import { routeTemplate } from "../metrics/http.ts";
import type { AppEnv } from "./env.ts";

export const isErrorStatus = (status: number) => status >= 500 && status !== 503;

export function accessLog(log: Logger): MiddlewareHandler<AppEnv> {
  const everyRequest = log.isLevelEnabled("info");
  if (!log.isLevelEnabled("error")) return (_c, next) => next();
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const failed = isErrorStatus(status);
    if (!failed && !everyRequest) return;
    const fields = {
      requestId: c.var.requestId,
      method: c.req.method,
      // the handler's template, as in the metrics (the last matched route may be a later middleware's "/api/*")
      route: routeTemplate(c),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (failed) log.error("request", fields);
    else log.info("request", fields);
  };
}
