import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "../../shared/db/migrations.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "../../test/support/integration.ts";
import { nodeAppWith } from "../../test/support/node-app.ts";
import { startWorker } from "../../test/support/workerd.ts";

const appWith = (env: Record<string, string>) => nodeAppWith(env);

describe("health on Node", () => {
  const embedded = appWith({});
  const closedRedis = appWith({ REDIS_URL: "redis://127.0.0.1:1", READINESS_TIMEOUT_MS: "1500" });
  // The embedded database answers once PGlite has started, as after `npm start`'s migrations. Each app owns
  // its clients, so each one's PGlite is started.
  beforeAll(
    () => Promise.all([migrateToLatest(embedded.clients.db()), migrateToLatest(closedRedis.clients.db())]),
    60_000,
  );
  afterAll(async () => {
    await embedded.clients.close();
    await closedRedis.clients.close();
  });

  it("answers liveness without touching a dependency", async () => {
    const res = await closedRedis.app.request("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("reports the embedded database up", async () => {
    const res = await embedded.app.request("/api/health/ready");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe("ok");
    expect(body.mode).toBe("embedded");
    expect(body.dependencies.embedded.status).toBe("up");
    expect(typeof body.dependencies.embedded.latencyMs).toBe("number");
  });

  it("answers 503 naming redis when Redis is unreachable, and keeps serving liveness", async () => {
    const started = performance.now();
    const res = await closedRedis.app.request("/api/health/ready");
    const elapsed = performance.now() - started;
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.error.code).toBe("not_ready");
    expect(body.error.message).toBe("down: redis");
    expect(body.dependencies.redis.status).toBe("down");
    expect(body.dependencies.redis.error).toBeTruthy();
    expect(body.dependencies.embedded.status).toBe("up");
    // bounded by READINESS_TIMEOUT_MS, not by Redis's reconnect loop (a correctness bound, not a benchmark)
    expect(elapsed).toBeLessThan(3000);
    expect((await closedRedis.app.request("/api/health")).status).toBe(200);
  });

  it("echoes a sane X-Request-Id and makes one otherwise", async () => {
    const given = await embedded.app.request("/api/health", { headers: { "X-Request-Id": "trace-42" } });
    expect(given.headers.get("x-request-id")).toBe("trace-42");
    const hostile = await embedded.app.request("/api/health", {
      headers: { "X-Request-Id": "bad id with spaces;<script>" },
    });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers unknown routes with a JSON 404", async () => {
    const res = await embedded.app.request("/api/nope");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: "no route for GET /api/nope" } });
  });
});

describe.runIf(
  integrationAvailable("readiness against PostgreSQL and Redis", {
    DATABASE_URL: testDatabaseUrl,
    REDIS_URL: testRedisUrl,
  }),
)("readiness in stack mode", () => {
  it("reports postgres and redis up with their latency", async () => {
    const { app, clients } = appWith({ DATABASE_URL: testDatabaseUrl!, REDIS_URL: testRedisUrl! });
    try {
      const res = await app.request("/api/health/ready");
      const body = await res.json();
      expect(res.status).toBe(200);
      expect(body.mode).toBe("stack");
      expect(Object.keys(body.dependencies).sort()).toEqual(["postgres", "redis"]);
      expect(body.dependencies.postgres.status).toBe("up");
      expect(body.dependencies.redis.status).toBe("up");
    } finally {
      await clients.close();
    }
  });
});

describe("health inside workerd", () => {
  it("answers liveness 200 from the Workers bundle", async () => {
    const mf = await startWorker();
    try {
      const res = await mf.dispatchFetch("http://worker/api/health");
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok" });
      const ready = await mf.dispatchFetch("http://worker/api/health/ready");
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ok", mode: "edge", dependencies: {} });
    } finally {
      await mf.dispose();
    }
  }, 60_000);
});
