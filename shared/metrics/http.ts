// HTTP metrics middleware: counts every request and times it, labelled by method, route template and
// status class. The route label is the template a handler was registered under, never the raw path, so a
// CV id or an email in a URL can never become a label value.
import type { Context, MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import { httpRequestDuration, httpRequests } from "./families.ts";

const knownMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** the label for requests that no route answered (404s from the not-found handler) */
export const unmatchedRoute = "unmatched";

export const methodLabel = (method: string) => (knownMethods.has(method) ? method : "OTHER");

export const statusClass = (status: number) =>
  status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : "other";

/**
 * The template of the handler that answers the request: the first matched route that is not a middleware,
 * even when a middleware answered first (a 503 from load shedding still belongs to its route).
 * Middleware are registered with use() and take (c, next); handlers take (c). When only middleware
 * matched, the not-found handler answered.
 */
export function routeTemplate(c: Context): string {
  for (const route of matchedRoutes(c))
    if (route.method !== "ALL" || route.handler.length < 2) return route.path;
  return unmatchedRoute;
}

export function httpMetrics(): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const labels = {
        method: methodLabel(c.req.method),
        route: routeTemplate(c),
        status_class: statusClass(c.res.status),
      };
      httpRequests.inc(labels);
      httpRequestDuration.observe(labels, (performance.now() - started) / 1000);
    }
  };
}

const livenessLabels = {
  GET: { method: "GET", route: "/api/health", status_class: "2xx" },
  HEAD: { method: "HEAD", route: "/api/health", status_class: "2xx" },
} as const;

/** a liveness answer given before the app (the Node listener's fast path), counted as the app would count it */
export function recordLiveness(method: "GET" | "HEAD", seconds: number): void {
  const labels = livenessLabels[method];
  httpRequests.inc(labels);
  httpRequestDuration.observe(labels, seconds);
}
