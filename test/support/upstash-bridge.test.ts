import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { integrationAvailable, testRedisUrl } from "./integration.ts";
import { startUpstashBridge, type UpstashBridge } from "./upstash-bridge.ts";

const available = integrationAvailable("Upstash REST bridge", { TEST_REDIS_URL: testRedisUrl });
const prefix = `cv_analyzer_test_bridge_${Date.now().toString(36)}`;
let bridge: UpstashBridge;

beforeAll(async () => {
  if (available) bridge = await startUpstashBridge({ redisUrl: testRedisUrl!, token: "bridge-token" });
});

afterAll(async () => {
  if (!available) return;
  await call("/", ["DEL", `${prefix}:k`, `${prefix}:n`, `${prefix}:t`]);
  await bridge.close();
});

async function call(path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${bridge.url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: "Bearer bridge-token", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return [response.status, await response.json()] as const;
}

describe.skipIf(!available)("the Upstash REST bridge", () => {
  it.each([
    ["no token", {}, 401],
    ["a wrong token", { authorization: "Bearer nope" }, 401],
    ["the right token", { authorization: "Bearer bridge-token" }, 200],
  ])("answers a request with %s with %i", async (_label, headers, status) => {
    const response = await fetch(bridge.url, { method: "POST", headers, body: '["PING"]' });
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual(status === 401 ? { error: "Unauthorized" } : { result: "PONG" });
  });

  it("takes the token as a _token query parameter too", async () => {
    const response = await fetch(`${bridge.url}/ping?_token=bridge-token`);
    expect([response.status, await response.json()]).toEqual([200, { result: "PONG" }]);
  });

  it("encodes strings as base64 when asked, except OK", async () => {
    expect(await call("/", ["SET", `${prefix}:k`, "bär"], { "upstash-encoding": "base64" })).toEqual([
      200,
      { result: "OK" },
    ]);
    expect(await call("/", ["GET", `${prefix}:k`], { "upstash-encoding": "base64" })).toEqual([
      200,
      { result: Buffer.from("bär").toString("base64") },
    ]);
    expect(await call("/", ["GET", `${prefix}:k`])).toEqual([200, { result: "bär" }]);
  });

  it("runs path-style commands", async () => {
    expect(await call(`/set/${encodeURIComponent(`${prefix}:k`)}/v1`)).toEqual([200, { result: "OK" }]);
    expect(await call(`/get/${encodeURIComponent(`${prefix}:k`)}`)).toEqual([200, { result: "v1" }]);
  });

  it("answers each command of a pipeline, errors in place", async () => {
    expect(
      await call("/pipeline", [
        ["SET", `${prefix}:n`, "1"],
        ["INCRBY", `${prefix}:n`, 4],
        ["INCR", `${prefix}:k`],
        ["GET", `${prefix}:n`],
      ]),
    ).toEqual([
      200,
      [
        { result: "OK" },
        { result: 5 },
        { error: "ERR value is not an integer or out of range" },
        { result: "5" },
      ],
    ]);
  });

  it("runs /multi-exec as a transaction", async () => {
    expect(
      await call("/multi-exec", [
        ["SET", `${prefix}:t`, "a"],
        ["APPEND", `${prefix}:t`, "b"],
        ["GET", `${prefix}:t`],
      ]),
    ).toEqual([200, [{ result: "OK" }, { result: 2 }, { result: "ab" }]]);
  });

  it.each([
    ["/", ["SUBSCRIBE", "news"], "ERR command SUBSCRIBE is not supported over REST"],
    ["/", [], "ERR a command is a non-empty JSON array starting with its name"],
    ["/", ["NOSUCHCOMMAND"], "ERR unknown command 'NOSUCHCOMMAND', with args beginning with: "],
    ["/pipeline", [], "ERR expected a non-empty list of commands"],
  ])("refuses %s %j with 400", async (path, body, error) => {
    expect(await call(path, body)).toEqual([400, { error }]);
  });
});
