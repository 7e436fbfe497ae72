// Liveness and lag shedding at the Node listener, on a real http server.
import { spawnSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../test/support/process.ts";
import { serveLiveness, watchEventLoopLag, withFastPath } from "./node-fast-path.ts";

describe("the Node listener's fast path", () => {
  let server: Server;
  let url: string;
  let lag = 0;
  const reachedApp: string[] = [];
  const shed: number[] = [];
  beforeAll(async () => {
    server = createServer(
      withFastPath(
        (req, res) => {
          reachedApp.push(req.url ?? "");
          res.end("app");
        },
        {
          lagMs: () => lag,
          maxLagMs: 50,
          retryAfterSeconds: 3,
          isProbe: (path) => path.startsWith("/api/health") || path === "/api/metrics",
          onShed: () => shed.push(lag),
        },
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers liveness itself while the loop lags, and leaves it to the app otherwise", async () => {
    lag = 500;
    const res = await fetch(`${url}/api/health?x=1`);
    expect([res.status, await res.json()]).toEqual([200, { status: "ok" }]);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(reachedApp).toEqual([]);
    lag = 0;
    expect(await (await fetch(`${url}/api/health`)).text()).toBe("app");
    reachedApp.length = 0;
  });

  it("refuses new API work with 503 + Retry-After while the loop lags, but not readiness or metrics", async () => {
    lag = 80;
    const res = await fetch(`${url}/api/cvs`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("3");
    expect((await res.json()).error).toEqual({
      code: "overloaded",
      message: "the service is 80 ms behind; try again shortly",
      details: { reason: "event_loop" },
    });
    expect(shed).toEqual([80]);
    expect(await (await fetch(`${url}/api/health/ready`)).text()).toBe("app");
    expect(await (await fetch(`${url}/api/metrics`)).text()).toBe("app");
    lag = 10;
    expect(await (await fetch(`${url}/api/cvs`)).text()).toBe("app");
    expect(reachedApp).toEqual(["/api/health/ready", "/api/metrics", "/api/cvs"]);
  });
});

describe("liveness answered at the listener (ACCESS_LOG_LIVENESS=false)", () => {
  let server: Server;
  let url: string;
  const reachedApp: string[] = [];
  const answered: Array<[string, number]> = [];
  beforeAll(async () => {
    server = createServer(
      withFastPath(
        (req, res) => {
          reachedApp.push(`${req.method} ${req.url}`);
          res.end("app");
        },
        {
          lagMs: () => 0,
          maxLagMs: 50,
          retryAfterSeconds: 3,
          isProbe: () => false,
          livenessAtListener: true,
          onLiveness: (method, seconds) => answered.push([method, seconds]),
        },
      ),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("answers GET and HEAD /api/health without the app, unloaded too, and counts each answer", async () => {
    const get = await fetch(`${url}/api/health`);
    expect([get.status, await get.json(), get.headers.get("cache-control")]).toEqual([
      200,
      { status: "ok" },
      "no-store",
    ]);
    const head = await fetch(`${url}/api/health?probe=1`, { method: "HEAD" });
    expect([head.status, head.headers.get("content-length"), await head.text()]).toEqual([200, "15", ""]);
    expect(answered.map(([method]) => method)).toEqual(["GET", "HEAD"]);
    for (const [, seconds] of answered) expect(seconds).toBeGreaterThanOrEqual(0);
    expect(reachedApp).toEqual([]);
  });

  it("leaves every other path and method to the app: readiness, a longer path, a POST", async () => {
    for (const [method, path] of [
      ["GET", "/api/health/ready"],
      ["GET", "/api/healthz"],
      ["POST", "/api/health"],
    ])
      expect(await (await fetch(`${url}${path}`, { method })).text()).toBe("app");
    expect(reachedApp).toEqual(["GET /api/health/ready", "GET /api/healthz", "POST /api/health"]);
  });
});

describe("event loop lag", () => {
  it("sees a loop held busy before its timer can tick", async () => {
    const watch = watchEventLoopLag(10);
    await new Promise((r) => setTimeout(r, 30));
    const until = performance.now() + 120;
    while (performance.now() < until) {
      // the loop is held: the timer cannot tick
    }
    // stuck past 50 ms right now: the overdue time counts before the timer can tick
    expect(watch.lagMs(50)).toBeGreaterThanOrEqual(100);
    watch.stop();
  });
});

describe("liveness on HEALTH_PORT", () => {
  it("answers GET /api/health from its thread, and 503 once the event loop has stalled", async () => {
    const port = await freePort();
    const liveness = await serveLiveness("127.0.0.1", port, 1_000);
    const url = `http://127.0.0.1:${port}`;
    try {
      const res = await fetch(`${url}/api/health`);
      expect([res.status, await res.json()]).toEqual([200, { status: "ok" }]);
      const other = await fetch(`${url}/api/cvs`);
      expect(other.status).toBe(404);
      expect((await other.json()).error.code).toBe("not_found");
      // a probe from another process 1.5 s from now, while this thread waits for it without running its
      // event loop (spawnSync): the listener's thread still answers, and says the loop has stalled
      const probe = spawnSync(process.execPath, [
        "-e",
        `setTimeout(() => fetch("${url}/api/health").then((r) => r.text()).then((t) => process.stdout.write(t)), 1500)`,
      ]);
      const answer = probe.stdout.toString();
      expect(JSON.parse(answer).status).toBe("stalled");
    } finally {
      await liveness.stop();
    }
  });

  it("refuses a port in use with its code", async () => {
    const port = await freePort();
    const first = await serveLiveness("127.0.0.1", port, 1_000);
    try {
      await expect(serveLiveness("127.0.0.1", port, 1_000)).rejects.toMatchObject({ code: "EADDRINUSE" });
    } finally {
      await first.stop();
    }
  });
});
