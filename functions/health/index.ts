// GET /api/health (liveness: touches nothing) and GET /api/health/ready (each dependency's state and latency).
import { Hono } from "hono";
import { checkDependencies } from "../../shared/clients/readiness.ts";
import type { DependencyName } from "../../shared/clients/types.ts";
import type { AppEnv } from "../../shared/http/env.ts";

export interface HealthOptions {
  onDependencyCheck?: (name: DependencyName, up: boolean, latencySeconds: number) => void;
}

export function defineHealth(options: HealthOptions = {}) {
  const app = new Hono<AppEnv>();

  app.get("/", (c) => c.json({ status: "ok" }));

  app.get("/ready", async (c) => {
    const { clients } = c.var;
    const dependencies = await checkDependencies(
      clients.dependencies(),
      clients.settings.READINESS_TIMEOUT_MS,
      options.onDependencyCheck,
    );
    const down = Object.entries(dependencies).filter(([, d]) => d.status === "down");
    const body = {
      status: down.length === 0 ? "ok" : "unavailable",
      mode: clients.settings.mode,
      dependencies,
    };
    if (down.length === 0) return c.json(body);
    const names = down.map(([name]) => name).join(", ");
    return c.json(
      {
        error: { code: "not_ready", message: `down: ${names}`, details: { down: down.map(([n]) => n) } },
        ...body,
      },
      503,
    );
  });

  return app;
}
