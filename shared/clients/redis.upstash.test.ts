import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  describeCacheContract,
  removeKeysStartingWith,
  uniqueRunId,
} from "../../test/support/cache-contract.ts";
import { integrationAvailable, testRedisUrl } from "../../test/support/integration.ts";
import { startUpstashBridge, type UpstashBridge } from "../../test/support/upstash-bridge.ts";
import { createCache } from "../cache/index.ts";
import { createUpstash, type UpstashHandle } from "./redis.upstash.ts";

const available = integrationAvailable("Upstash store through the REST bridge", {
  TEST_REDIS_URL: testRedisUrl,
});
const runId = uniqueRunId();
let bridge: UpstashBridge;
let upstash: UpstashHandle;

beforeAll(async () => {
  if (!available) return;
  bridge = await startUpstashBridge({ redisUrl: testRedisUrl!, token: `token-${runId}` });
  upstash = createUpstash(bridge.url, bridge.token);
});

afterAll(async () => {
  if (!available) return;
  await removeKeysStartingWith(upstash.store, runId);
  await bridge.close();
});

describe.skipIf(!available)("createUpstash through the REST bridge", () => {
  it.each([
    ["plain", "hello"],
    ["accented and CJK", "Zoë Müller, 東京 — 5 ans d'expérience"],
    ["JSON, kept as text", '{"skills":["Go"],"years":5}'],
    ["digits, kept as a string", "12345"],
    ["the status word", "OK"],
    ["text that is itself base64", "YmFy"],
    ["empty", ""],
  ])("sets and gets a %s value unchanged", async (_label, value) => {
    const key = `${runId}:value:${_label}`;
    await upstash.store.set(key, value);
    expect(await upstash.store.get(key)).toBe(value);
  });

  it("answers null for a missing key", async () => {
    expect(await upstash.store.get(`${runId}:missing`)).toBeNull();
  });

  it("sets a TTL when asked, and none otherwise", async () => {
    await upstash.store.set(`${runId}:ttl`, "v", 120);
    await upstash.store.set(`${runId}:forever`, "v");
    const ttl = (key: string) => upstash.store.eval("return redis.call('TTL', KEYS[1])", [key], []);
    expect(Math.ceil(Number(await ttl(`${runId}:ttl`)) / 10) * 10).toBe(120);
    expect(await ttl(`${runId}:forever`)).toBe(-1);
  });

  it("deletes keys and counts those that existed", async () => {
    await upstash.store.set(`${runId}:del:a`, "1");
    await upstash.store.set(`${runId}:del:b`, "2");
    expect(await upstash.store.del(`${runId}:del:a`, `${runId}:del:b`, `${runId}:del:none`)).toBe(2);
    expect(await upstash.store.del()).toBe(0);
    expect(await upstash.store.get(`${runId}:del:a`)).toBeNull();
  });

  it.each([
    ["an integer", "return redis.call('INCRBY', KEYS[1], ARGV[1])", ["7"], 7],
    ["a string", "return redis.call('GET', KEYS[1])", [], "7"],
    ["a nested list with nil", "return {1, 'two', false, {3, 'four'}}", [], [1, "two", null, [3, "four"]]],
    ["nil", "return redis.call('GET', KEYS[1] .. ':none')", [], null],
    ["numbers passed as arguments", "return ARGV[1] .. ARGV[2]", [4, "2"], "42"],
  ] as const)("runs a script returning %s", async (_label, script, args, expected) => {
    expect(await upstash.store.eval(script, [`${runId}:eval`], [...args])).toEqual(expected);
  });

  it("rejects a failing script with Redis's message", async () => {
    await expect(
      upstash.store.eval("return redis.call('INCR', KEYS[1])", [`${runId}:value:plain`], []),
    ).rejects.toThrow(/value is not an integer/);
  });

  it("pings, and reports itself ready", async () => {
    await expect(upstash.store.ping()).resolves.toBeUndefined();
    await expect(upstash.dependency.check(5_000)).resolves.toBeUndefined();
    expect(upstash.dependency.state()).toMatchObject({ open: 0, idle: 0, waiting: 0 });
  });

  it("sends what the Upstash client sends: commands batched on /pipeline", async () => {
    bridge.requests.length = 0;
    await Promise.all([upstash.store.get(`${runId}:a`), upstash.store.get(`${runId}:b`)]);
    expect(bridge.requests).toEqual([{ endpoint: "pipeline", commands: ["get", "get"] }]);
  });

  it("fails clearly with a wrong token, without the command's values in the message, and counts it", async () => {
    const wrong = createUpstash(bridge.url, "not-the-token");
    await expect(wrong.store.set(`${runId}:a`, "Jane Doe, +49 170 1234567", 60)).rejects.toThrow(
      expect.objectContaining({ name: "UpstashError", message: "upstash: Unauthorized" }),
    );
    await expect(wrong.store.get(`${runId}:a`)).rejects.toThrow(/^upstash: Unauthorized$/);
    await expect(wrong.dependency.check(5_000)).rejects.toThrow(/^upstash: Unauthorized$/);
    expect(wrong.dependency.state().errors).toBe(3);
  });
});

describe("createUpstash against an endpoint that never answers", () => {
  // A real server that accepts the request and then says nothing, as a hung REST endpoint would.
  const held: ServerResponse[] = [];
  const silent = createServer((_request, response) => void held.push(response));
  beforeAll(async () => {
    silent.listen(0, "127.0.0.1");
    await once(silent, "listening");
  });
  afterAll(() => {
    silent.closeAllConnections();
    silent.close();
  });

  it("fails the call after timeoutMs, saying so", async () => {
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const hung = createUpstash(url, "token", { timeoutMs: 300 });
    await expect(hung.store.get("k")).rejects.toThrow(`upstash: ${url} did not answer within 300 ms`);
    expect(hung.dependency.state().errors).toBe(1);
  });
});

describeCacheContract(
  "Redis through the Upstash REST bridge",
  available,
  `${runId}-cache`,
  () => (namespace) => createCache({ store: upstash.store, maxEntries: 100, ttlSeconds: 60, namespace }),
);

describe.skipIf(!available)("cache over Upstash", () => {
  it("throws on invalidateResults when the REST endpoint refuses the token", async () => {
    const cache = createCache({
      store: createUpstash(bridge.url, "wrong").store,
      maxEntries: 10,
      ttlSeconds: 60,
    });
    expect(await cache.get("acme", "match", "job")).toBeUndefined();
    await expect(cache.invalidateResults("acme")).rejects.toThrow(
      /may be stale until they expire: .*Unauthorized/,
    );
  });
});
