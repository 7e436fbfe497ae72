// Reporting to the fleet from where no timer runs between requests (a Workers isolate): after a response, at
// most once per interval, the isolate's snapshot goes to Redis in the background (waitUntil).
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../http/env.ts";
import type { Logger } from "../log/logger.ts";
import type { Fleet } from "./fleet.ts";
import type { MetricsSource } from "./source.ts";

export interface RequestReportOptions {
  source: MetricsSource;
  fleet: Fleet;
  intervalMs: number;
  log?: Logger;
  now?: () => number;
}

export function reportAfterRequests(options: RequestReportOptions): MiddlewareHandler<AppEnv> {
  const now = options.now ?? Date.now;
  let last = Number.NEGATIVE_INFINITY;
  return async (c, next) => {
    await next();
    const store = c.var.clients?.keyValue();
    if (!store || now() - last < options.intervalMs) return;
    last = now();
    const report = options.source
      .collect()
      .then((host) => options.fleet.publish(store, host))
      .catch((error) => options.log?.warn("metrics: the report to Redis failed", { error }));
    try {
      // On Workers the isolate may be frozen once the response is sent: waitUntil keeps the report alive.
      c.executionCtx.waitUntil(report);
    } catch {
      // No execution context (Node, tests): the promise runs on by itself.
    }
  };
}
