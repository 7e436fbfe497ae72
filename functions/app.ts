// Composes the functions into one app: middleware order, then one route prefix per function.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { timeout } from "hono/timeout";
import type { Clients, DependencyName } from "../shared/clients/types.ts";
import { processBudget } from "../shared/config/budget.ts";
import type { Settings } from "../shared/config/settings.ts";
import { accessLog } from "../shared/http/access-log.ts";
import { authenticate } from "../shared/http/auth.ts";
import { validationHook } from "../shared/http/body.ts";
import type { AppEnv } from "../shared/http/env.ts";
import { onError, onNotFound } from "../shared/http/errors.ts";
import { requestContext } from "../shared/http/request-id.ts";
import { loadShedding, type ShedReason } from "../shared/http/shed.ts";
import type { Logger } from "../shared/log/logger.ts";
import { describeBuild } from "../shared/metrics/build.ts";
import { createFleet, type Fleet } from "../shared/metrics/fleet.ts";
import { httpMetrics } from "../shared/metrics/http.ts";
import { recordBuildInfo, withMetricsObserver } from "../shared/metrics/record.ts";
import { reportAfterRequests } from "../shared/metrics/report.ts";
import { type MetricsSource, registrySource } from "../shared/metrics/source.ts";
import { servicesFor } from "../shared/services/context.ts";
import { defineBatches } from "./batches/index.ts";
import { defineCvs } from "./cvs/index.ts";
import { declareSecurity, describeApi } from "./docs/document.ts";
import { type DocsOptions, defineDocs } from "./docs/index.ts";
import { defineHealth } from "./health/index.ts";
import { defineJobs } from "./jobs/index.ts";
import { defineMatches } from "./matches/index.ts";
import { defineMetrics } from "./metrics/index.ts";
import { defineSearch } from "./search/index.ts";
import { defineSkills } from "./skills/index.ts";
import { defineWebhooks } from "./webhooks/index.ts";

export interface AppObserver {
  onShed?(reason: ShedReason): void;
  onInFlight?(count: number): void;
  onDependencyCheck?(name: DependencyName, up: boolean, latencySeconds: number): void;
}

export interface AppOptions {
  settings: Settings;
  /** the connection cache for this request: one shared object on Node, a per-request one on Workers */
  clients: (c: Context<AppEnv>) => Clients;
  /** Redis for the fleet-wide concurrency limit, when configured (cached per process or isolate) */
  keyValue: () => ReturnType<Clients["keyValue"]>;
  /** called when a request is done with its clients (Workers close the request's pg client here) */
  release?: (clients: Clients, c: Context<AppEnv>) => void;
  log: Logger;
  /** resident memory in MB, where the runtime can tell */
  residentMemoryMb?: () => number;
  observer?: AppObserver;
  /** where /api/metrics reads this host's metrics, and the fleet state shared with a heartbeat; when absent,
   * this process's registry (one process, an isolate) */
  metrics?: { source: MetricsSource; fleet?: Fleet };
  /** false leaves the HTTP metrics middleware out (the bench measures what it costs) */
  httpMetrics?: boolean;
  /** extra routes mounted before authentication (tests use it for slow routes) */
  extend?: (app: OpenAPIHono<AppEnv>) => void;
  /** Swagger UI's files for /api/docs where the runtime can read them; else the page loads them from a CDN */
  docsAssets?: DocsOptions["assets"];
}

export const isProbe = (path: string) => path.startsWith("/api/health") || path === "/api/metrics";
// Liveness, readiness, metrics (its own token) and the API description need no key.
const isPublic = (path: string) =>
  isProbe(path) || path === "/api/openapi.json" || path === "/api/docs" || path.startsWith("/api/docs/");

export function createApp(options: AppOptions) {
  const { settings, log } = options;
  const observer = withMetricsObserver(options.observer);
  recordBuildInfo(describeBuild(settings.mode));
  const metricsSource = options.metrics?.source ?? registrySource();
  const fleet = options.metrics?.fleet ?? createFleet({ ttlMs: settings.METRICS_INSTANCE_TTL_MS });
  // Every route validates through its declared schemas; a failure is the project's JSON error (body.ts).
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  declareSecurity(app);
  const shedding = loadShedding({
    // this process's share of MAX_GLOBAL_CONCURRENT, so the host stays within it even before Redis answers
    maxConcurrent: processBudget(settings).maxConcurrent,
    maxGlobal: settings.MAX_GLOBAL_CONCURRENT,
    slotTtlMs: settings.GLOBAL_SLOT_TTL_MS,
    retryAfterSeconds: settings.RETRY_AFTER_SECONDS,
    memoryThresholdMb: settings.MEMORY_THRESHOLD_MB,
    ...(options.residentMemoryMb ? { residentMemoryMb: options.residentMemoryMb } : {}),
    keyValue: options.keyValue,
    exempt: isProbe,
    heavy: (path) => !isProbe(path),
    onShed: (reason) => observer?.onShed?.(reason),
    onInFlight: (count) => observer?.onInFlight?.(count),
    onGlobalError: (error) => log.warn("global concurrency limit unavailable", { error }),
  });

  app.onError(onError);
  app.notFound(onNotFound);
  // Outermost, so that its count and time include everything below, shed and failed requests too.
  if (options.httpMetrics !== false) app.use("*", httpMetrics());
  app.use("*", requestContext(log));
  const { release } = options;
  // The request's clients and their settings, on the context for every function.
  const provideClients = (c: Context<AppEnv>) => {
    const clients = options.clients(c);
    c.set("clients", clients);
    c.set("settings", clients.settings);
    return clients;
  };
  app.use(
    "*",
    release
      ? async (c, next) => {
          const clients = provideClients(c);
          try {
            await next();
          } finally {
            release(clients, c);
          }
        }
      : (c, next) => {
          provideClients(c);
          return next();
        },
  );
  app.use("*", accessLog(log));
  // An isolate has no timer between requests: it reports to the fleet after requests instead.
  if (!options.metrics)
    app.use(
      "*",
      reportAfterRequests({
        source: metricsSource,
        fleet,
        intervalMs: settings.METRICS_INSTANCE_TTL_MS / 4,
        log,
      }),
    );
  app.use("/api/*", shedding.middleware);
  const requestTimeout = timeout(settings.REQUEST_TIMEOUT_MS);
  app.use("/api/*", (c, next) => (isProbe(c.req.path) ? next() : requestTimeout(c, next)));

  app.route(
    "/api/health",
    defineHealth({ onDependencyCheck: (n, up, s) => observer?.onDependencyCheck?.(n, up, s) }),
  );
  app.route("/api/metrics", defineMetrics({ source: metricsSource, fleet }));
  app.route(
    "/api",
    defineDocs({
      document: (serverUrl) => describeApi(app, serverUrl),
      ...(options.docsAssets ? { assets: options.docsAssets } : {}),
    }),
  );
  options.extend?.(app);
  app.use("/api/*", authenticate(isPublic));
  // What the keyed routes work with besides their clients, made once per clients (services/context.ts).
  app.use("/api/*", (c, next) => {
    if (!isPublic(c.req.path)) c.set("services", servicesFor(c.var.clients));
    return next();
  });
  app.route("/api", defineMatches());
  app.route("/api/cvs", defineCvs());
  app.route("/api/jobs", defineJobs());
  app.route("/api/search", defineSearch());
  app.route("/api/batches", defineBatches());
  app.route("/api/webhooks", defineWebhooks());
  app.route("/api/skills", defineSkills());
  return app;
}
