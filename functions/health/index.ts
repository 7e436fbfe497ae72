// GET /api/health (liveness: touches nothing) and GET /api/health/ready (each dependency's state and latency).
import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { checkDependencies } from "../../shared/clients/readiness.ts";
import type { DependencyName } from "../../shared/clients/types.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { jsonResponse } from "../../shared/http/schemas/common.ts";
import { errorResponses } from "../../shared/http/schemas/error.ts";
import { liveness, notReady, readiness } from "./schemas.ts";

export interface HealthOptions {
  onDependencyCheck?: (name: DependencyName, up: boolean, latencySeconds: number) => void;
}

const live = createRoute({
  method: "get",
  path: "/",
  operationId: "getHealth",
  tags: ["health"],
  summary: "Liveness",
  description: "Answers as long as the process serves requests; touches no dependency.",
  security: [],
  responses: { 200: jsonResponse(liveness, "alive"), ...errorResponses(500) },
});

const ready = createRoute({
  method: "get",
  path: "/ready",
  operationId: "getReadiness",
  tags: ["health"],
  summary: "Readiness of each dependency",
  description: "Checks every configured dependency at once, each within READINESS_TIMEOUT_MS.",
  security: [],
  responses: {
    200: jsonResponse(readiness, "every dependency is up"),
    503: jsonResponse(notReady, "a dependency is down"),
    ...errorResponses(500),
  },
});

export function defineHealth(options: HealthOptions = {}) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(live, (c) => c.json({ status: "ok" as const }, 200));

  app.openapi(ready, async (c) => {
    const { clients, settings } = c.var;
    const dependencies = await checkDependencies(
      clients.dependencies(),
      settings.READINESS_TIMEOUT_MS,
      options.onDependencyCheck,
    );
    const down = Object.entries(dependencies).filter(([, d]) => d.status === "down");
    if (down.length === 0) return c.json({ status: "ok" as const, mode: settings.mode, dependencies }, 200);
    const names = down.map(([name]) => name);
    return c.json(
      {
        error: { code: "not_ready", message: `down: ${names.join(", ")}`, details: { down: names } },
        status: "unavailable" as const,
        mode: settings.mode,
        dependencies,
      },
      503,
    );
  });

  return app;
}
