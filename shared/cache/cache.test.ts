import { afterAll, describe, expect, it } from "vitest";
import {
  describeCacheContract,
  removeKeysStartingWith,
  uniqueRunId,
} from "../../test/support/cache-contract.ts";
import { integrationAvailable, testRedisUrl } from "../../test/support/integration.ts";
import { createRedis, type RedisHandle } from "../clients/redis.node.ts";
import { loadSettings } from "../config/settings.ts";
import { cacheEvictions } from "../metrics/families.ts";
import { createCache } from "./index.ts";
import type { CacheOperation } from "./types.ts";

const settings = loadSettings({});

describeCacheContract(
  "in-process LRU",
  true,
  "lru",
  () => (namespace) => createCache({ store: null, maxEntries: 100, ttlSeconds: 60, namespace }),
);

describe("in-process LRU", () => {
  const evictions = () => cacheEvictions.samples().find((s) => s.labels.kind === "analysis")?.value ?? 0;

  it("evicts the least recently used entry beyond maxEntries, and counts it", async () => {
    const cache = createCache({ store: null, maxEntries: 2, ttlSeconds: 60, namespace: "lru-evict" });
    const before = evictions();
    await cache.set("acme", "analysis", "a", 1);
    await cache.set("acme", "analysis", "b", 2);
    expect(await cache.get("acme", "analysis", "a")).toBe(1); // "a" is now more recent than "b"
    await cache.set("acme", "analysis", "c", 3);
    expect(await cache.keysFor("acme")).toEqual([
      "lru-evict:{acme}:analysis:a",
      "lru-evict:{acme}:analysis:c",
    ]);
    expect(evictions() - before).toBe(1);
  });

  it("evicts the least recently used entries beyond maxBytes of JSON, and keeps no value above it", async () => {
    const cache = createCache({
      store: null,
      maxEntries: 100,
      maxBytes: 250,
      ttlSeconds: 60,
      namespace: "lru-bytes",
    });
    const value = "x".repeat(98); // 100 bytes of JSON with its quotes
    await cache.set("acme", "analysis", "a", value);
    await cache.set("acme", "analysis", "b", value);
    expect(await cache.get("acme", "analysis", "a")).toBe(value); // "b" is now the least recently used
    await cache.set("acme", "analysis", "c", value);
    expect(await cache.keysFor("acme")).toEqual([
      "lru-bytes:{acme}:analysis:a",
      "lru-bytes:{acme}:analysis:c",
    ]);
    // replacing an entry counts its new size only
    await cache.set("acme", "analysis", "c", "y");
    await cache.set("acme", "analysis", "d", value);
    expect(await cache.keysFor("acme")).toHaveLength(3);
    await cache.set("acme", "analysis", "huge", "z".repeat(300));
    expect(await cache.get("acme", "analysis", "huge")).toBeUndefined();
    expect(await cache.keysFor("acme")).toHaveLength(3);
  });

  it.each([
    // [seconds after the write, ttl given to set, still there]
    [59.999, undefined, true],
    [60, undefined, false],
    [4.999, 5, true],
    [5, 5, false],
  ])("after %ss with ttl %s the entry is there: %s", async (elapsed, ttl, present) => {
    let clock = 1_000_000;
    const cache = createCache({ store: null, maxEntries: 10, ttlSeconds: 60, now: () => clock });
    await cache.set("acme", "match", "job", { score: 1 }, ttl);
    clock += elapsed * 1000;
    expect(await cache.get("acme", "match", "job")).toEqual(present ? { score: 1 } : undefined);
    expect(await cache.keysFor("acme")).toHaveLength(present ? 1 : 0);
  });

  it("returns a copy: a caller mutating its result does not change the cache", async () => {
    const cache = createCache({ store: null, maxEntries: 10, ttlSeconds: 60 });
    await cache.set("acme", "analysis", "h", { skills: ["Go"] });
    const first = await cache.get<{ skills: string[] }>("acme", "analysis", "h");
    first?.skills.push("Rust");
    expect(await cache.get("acme", "analysis", "h")).toEqual({ skills: ["Go"] });
  });
});

const redisAvailable = integrationAvailable("cache over Redis", { TEST_REDIS_URL: testRedisUrl });
const runId = uniqueRunId();
let redis: RedisHandle | undefined;
const openRedis = () => {
  redis ??= createRedis(testRedisUrl!, settings);
  return redis;
};

afterAll(async () => {
  if (!redis) return;
  await removeKeysStartingWith(redis.store, runId);
  await redis.dependency.close();
});

describeCacheContract(
  "Redis (ioredis)",
  redisAvailable,
  runId,
  () => (namespace) => createCache({ store: openRedis().store, maxEntries: 100, ttlSeconds: 60, namespace }),
);

describe.skipIf(!redisAvailable)("cache over Redis", () => {
  it("gives entries the TTL asked for", async () => {
    const { store } = openRedis();
    const namespace = `${runId}-ttl`;
    const cache = createCache({ store, maxEntries: 100, ttlSeconds: 600, namespace });
    await cache.set("acme", "analysis", "h", 1);
    await cache.set("acme", "match", "job", 2, 30);
    const ttls = [];
    for (const key of await cache.keysFor("acme"))
      ttls.push(await store.eval("return redis.call('TTL', KEYS[1])", [key], []));
    // [analysis with the default, match with its own]; a second may pass between set and TTL
    expect(ttls.map((t) => Math.ceil(Number(t) / 10) * 10)).toEqual([600, 30]);
  });

  it("lists result keys in the tenant's index with their expiry, drops expired ones, and empties it on removal", async () => {
    const { store } = openRedis();
    const namespace = `${runId}-index`;
    const index = `${namespace}:{acme}:results`;
    const cache = createCache({ store, maxEntries: 100, ttlSeconds: 600, namespace });
    // an entry that expired long ago, as the index would hold it after its key expired
    await store.eval("return redis.call('ZADD', KEYS[1], 1, 'gone')", [index], []);
    await cache.set("acme", "match", "job", 1, 30);
    await cache.set("acme", "search", "q", 2);
    const listed = (await store.eval(
      "return redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')",
      [index],
      [],
    )) as string[];
    const now = Number(((await store.eval("return redis.call('TIME')", [], [])) as string[])[0]);
    expect(listed.filter((_, i) => i % 2 === 0)).toEqual(await cache.keysFor("acme"));
    // scores are expiry times: now + 30 s and now + 600 s, give or take the second that may pass
    expect(listed.filter((_, i) => i % 2 === 1).map((t) => Math.round((Number(t) - now) / 10) * 10)).toEqual([
      30, 600,
    ]);
    await cache.removeResults("acme");
    expect(await store.eval("return redis.call('EXISTS', KEYS[1])", [index], [])).toBe(0);
    expect(await cache.keysFor("acme")).toEqual([]);
  });

  it("never serves results of an old generation after the counter was lost (evicted)", async () => {
    const { store } = openRedis();
    const namespace = `${runId}-lost`;
    const cache = createCache({ store, maxEntries: 100, ttlSeconds: 600, namespace });
    await cache.set("acme", "match", "job", { score: 90 });
    expect(await cache.get("acme", "match", "job")).toEqual({ score: 90 });
    expect(await store.del(`${namespace}:{acme}:generation`)).toBe(1);
    expect(await cache.get("acme", "match", "job")).toBeUndefined();
  });
});

describe("cache over a Redis that is down", () => {
  // A real client pointed at a port where nothing listens: every command fails as it would in production.
  const down = createRedis("redis://127.0.0.1:1", settings);
  const errors: CacheOperation[] = [];
  const cache = createCache({
    store: down.store,
    maxEntries: 10,
    ttlSeconds: 60,
    onError: (_error, operation) => errors.push(operation),
  });
  afterAll(() => down.dependency.close());

  it("misses on get, swallows set and delete, and reports each error", async () => {
    expect(await cache.get("acme", "analysis", "h")).toBeUndefined();
    expect(await cache.get("acme", "match", "job")).toBeUndefined();
    await cache.set("acme", "search", "q", { results: [] });
    await cache.delete("acme", "analysis", "h");
    expect(errors).toEqual(["get", "get", "set", "delete"]);
  });

  it("throws on invalidateResults, saying results may be stale", async () => {
    await expect(cache.invalidateResults("acme")).rejects.toThrow(
      /could not invalidate the cached results of tenant "acme"; match and search results may be stale/,
    );
  });
});
