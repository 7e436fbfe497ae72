// A revoked API key stops working in every process at once (stack mode: the revocation is announced over
// Redis pub/sub), not when each process's 10 s memory of the key lapses.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../functions/app.ts";
import { createNodeClients } from "../shared/clients/node.ts";
import type { Clients } from "../shared/clients/types.ts";
import { createApiKey } from "../shared/db/tenants.ts";
import { createLogger } from "../shared/log/logger.ts";
import { KEY_REVOCATIONS, revokeKey } from "../shared/services/keys.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "./support/integration.ts";

const ready = integrationAvailable("key revocation across processes", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
});

describe.runIf(ready)("key revocation across processes (stack)", () => {
  let api: TestApi;
  let otherClients: Clients;
  let other: ReturnType<typeof createApp>;
  let redis: Redis;
  beforeAll(async () => {
    api = await startTestApi("stack", { database: testDatabaseUrl, redis: testRedisUrl });
    // a second process's app: its own clients and its own memory of keys, over the same database and Redis
    otherClients = createNodeClients(api.settings);
    other = createApp({
      settings: api.settings,
      clients: () => otherClients,
      keyValue: () => otherClients.keyValue(),
      log: createLogger("silent"),
      httpMetrics: false,
    });
    redis = new Redis(testRedisUrl!);
  }, 120_000);
  afterAll(async () => {
    redis?.disconnect();
    await otherClients?.close();
    await api?.close();
  });

  it("refuses the key in both processes as soon as the revocation is announced", async () => {
    const made = await createApiKey(api.clients.db(), `revocable-${Math.random().toString(36).slice(2, 8)}`);
    const asKey = { headers: { authorization: `Bearer ${made.key}` } };
    const [before] = await redis.pubsub("NUMSUB", KEY_REVOCATIONS);
    // both processes look the key up and remember it
    expect((await api.request("/api/cvs", { key: made.key })).status).toBe(200);
    expect((await other.request("/api/cvs", asKey)).status).toBe(200);
    // both listen for revocations (two more subscribers on the channel)
    for (let i = 0; i < 100; i++) {
      const [, count] = (await redis.pubsub("NUMSUB", KEY_REVOCATIONS)) as [string, number];
      if (count >= Number((before as unknown as [string, number])?.[1] ?? 0) + 2) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await revokeKey(api.clients, made.id)).toEqual({ revoked: true, announced: true });
    // well within the 10 s memory: the announcement, not the memory's end, makes them refuse it
    const statuses = async () => [
      (await api.request("/api/cvs", { key: made.key })).status,
      (await other.request("/api/cvs", asKey)).status,
    ];
    let seen = await statuses();
    for (let i = 0; i < 40 && seen.some((s) => s !== 401); i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await statuses();
    }
    expect(seen).toEqual([401, 401]);
    expect(await revokeKey(api.clients, made.id)).toEqual({ revoked: false, announced: false });
  });
});
