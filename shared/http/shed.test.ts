import { createRoute, z } from "@hono/zod-openapi";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { integrationAvailable, testRedisUrl } from "../../test/support/integration.ts";
import { nodeAppWith } from "../../test/support/node-app.ts";
import { jsonBody } from "./body.ts";
import type { ShedReason } from "./shed.ts";

// A route declared like the functions' own: the JSON body middleware, then its schema.
const echo = createRoute({
  method: "post",
  path: "/api/echo",
  middleware: [jsonBody] as const,
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ name: z.string().min(1) }) } },
    },
  },
  responses: {
    200: {
      description: "the body",
      content: { "application/json": { schema: z.object({ name: z.string() }) } },
    },
  },
});

/** An app with a slow route held open until the test releases it, and a JSON echo route. */
function slowApp(env: Record<string, string>, memoryMb = 100) {
  const shed: ShedReason[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { app, clients } = nodeAppWith(env, {
    residentMemoryMb: () => memoryMb,
    observer: { onShed: (reason) => shed.push(reason) },
    extend: (a) => {
      a.get("/api/slow", async (c) => {
        await gate;
        return c.json({ done: true });
      });
      a.openapi(echo, (c) => c.json(c.req.valid("json"), 200));
    },
  });
  return { app, clients, shed, release };
}

describe("load shedding in one process", () => {
  it("refuses the third slow request with 503 + Retry-After at MAX_CONCURRENT_REQUESTS=2", async () => {
    const { app, shed, release } = slowApp({ MAX_CONCURRENT_REQUESTS: "2", RETRY_AFTER_SECONDS: "3" });
    const first = app.request("/api/slow");
    const second = app.request("/api/slow");
    await new Promise((r) => setTimeout(r, 20));
    const third = await app.request("/api/slow");
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("3");
    expect((await third.json()).error).toEqual({
      code: "overloaded",
      message: "this instance is at its limit of 2 requests in flight",
      details: { reason: "concurrency" },
    });
    // liveness is never shed
    expect((await app.request("/api/health")).status).toBe(200);
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    // slots are given back
    expect((await app.request("/api/slow")).status).toBe(200);
    expect(shed).toEqual(["concurrency"]);
  });

  it("refuses heavy routes above MEMORY_THRESHOLD_MB but not health", async () => {
    const { app, shed, release } = slowApp({ MEMORY_THRESHOLD_MB: "512" }, 600);
    release();
    const res = await app.request("/api/slow");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    expect((await res.json()).error.details).toEqual({ reason: "memory" });
    expect((await app.request("/api/health")).status).toBe(200);
    expect(shed).toEqual(["memory"]);
  });
});

describe("JSON errors", () => {
  const { app, release } = slowApp({});
  release();
  it.each([
    ["malformed", "{not json", "application/json", 400, "malformed_json"],
    ["invalid", '{"name":""}', "application/json", 422, "invalid"],
    ["not JSON typed", '{"name":"x"}', "text/plain", 415, "unsupported_media_type"],
    ["oversized", "x".repeat(3000), "application/json", 413, "too_large"],
  ])("a %s body gets its 4xx code", async (_label, body, type, status, code) => {
    const small = slowApp({ MAX_JSON_BYTES: "2048" });
    small.release();
    const res = await small.app.request("/api/echo", {
      method: "POST",
      body,
      headers: { "content-type": type },
    });
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });
  it("passes a valid body through", async () => {
    const res = await app.request("/api/echo", {
      method: "POST",
      body: '{"name":"Ada"}',
      headers: { "content-type": "application/json" },
    });
    expect(await res.json()).toEqual({ name: "Ada" });
  });
});

describe.runIf(integrationAvailable("global concurrency through Redis", { REDIS_URL: testRedisUrl }))(
  "load shedding across instances",
  () => {
    const redis = new Redis(testRedisUrl!);
    afterAll(async () => {
      await redis.del("cv_analyzer:inflight");
      redis.disconnect();
    });

    it("counts slots across two instances and refuses above MAX_GLOBAL_CONCURRENT", async () => {
      await redis.del("cv_analyzer:inflight");
      const env = { REDIS_URL: testRedisUrl!, MAX_GLOBAL_CONCURRENT: "2" };
      const a = slowApp(env);
      const b = slowApp(env);
      const held = [a.app.request("/api/slow"), b.app.request("/api/slow")];
      await new Promise((r) => setTimeout(r, 100));
      const refused = await b.app.request("/api/slow");
      expect(refused.status).toBe(503);
      expect((await refused.json()).error.details).toEqual({ reason: "global" });
      a.release();
      b.release();
      expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
      await new Promise((r) => setTimeout(r, 50));
      expect(await redis.zcard("cv_analyzer:inflight")).toBe(0);
      await a.clients.close();
    });

    it("renews a held slot's lease while its request runs, and frees it after", async () => {
      await redis.del("cv_analyzer:inflight");
      const env = { REDIS_URL: testRedisUrl!, MAX_GLOBAL_CONCURRENT: "1", GLOBAL_SLOT_TTL_MS: "1000" };
      const a = slowApp(env);
      const held = a.app.request("/api/slow");
      // three lease lengths later the slot is still held: the heartbeat renewed it
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await redis.zcard("cv_analyzer:inflight")).toBe(1);
      const [, score] = await redis.zrange("cv_analyzer:inflight", "0", "-1", "WITHSCORES");
      const [seconds, micros] = await redis.time();
      const leaseLeftMs = Number(score) - (Number(seconds) * 1000 + Math.floor(Number(micros) / 1000));
      expect(leaseLeftMs).toBeGreaterThan(0);
      expect(leaseLeftMs).toBeLessThanOrEqual(1_000);
      // another instance is refused: the fleet's one slot is taken
      const b = slowApp(env);
      b.release();
      const refused = await b.app.request("/api/slow");
      expect((await refused.json()).error.details).toEqual({ reason: "global" });
      await b.clients.close();
      a.release();
      expect((await held).status).toBe(200);
      await new Promise((r) => setTimeout(r, 50));
      expect(await redis.zcard("cv_analyzer:inflight")).toBe(0);
      await a.clients.close();
    });

    it("gives back the slot of a request whose body stalls, then answers it 408", async () => {
      await redis.del("cv_analyzer:inflight");
      const { app, release, clients } = slowApp({
        REDIS_URL: testRedisUrl!,
        GLOBAL_SLOT_TTL_MS: "1500",
        BODY_IDLE_TIMEOUT_MS: "2000",
      });
      release();
      // the first bytes of a body, then nothing
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"name":'));
        },
      });
      const answer = app.request("/api/echo", {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
        duplex: "half",
      } as RequestInit);
      await new Promise((r) => setTimeout(r, 150));
      expect(await redis.zcard("cv_analyzer:inflight")).toBe(1);
      // a third of the lease later the body has stalled: its slot is free for others while it waits
      await new Promise((r) => setTimeout(r, 800));
      expect(await redis.zcard("cv_analyzer:inflight")).toBe(0);
      const res = await answer;
      expect([res.status, (await res.json()).error.code]).toEqual([408, "body_timeout"]);
      await clients.close();
    });

    it("lets the slots of a crashed instance expire", async () => {
      await redis.del("cv_analyzer:inflight");
      // a dead instance left two slots that expired a moment ago
      const past = Date.now() - 1;
      await redis.zadd("cv_analyzer:inflight", String(past), "dead:1", String(past), "dead:2");
      const { app, release, clients } = slowApp({ REDIS_URL: testRedisUrl!, MAX_GLOBAL_CONCURRENT: "2" });
      release();
      expect((await app.request("/api/slow")).status).toBe(200);
      await new Promise((r) => setTimeout(r, 50)); // the slot is given back after the response
      expect(await redis.zrange("cv_analyzer:inflight", "0", "-1")).toEqual([]);
      await clients.close();
    });
  },
);
