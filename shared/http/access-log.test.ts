import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createLogger, type LogLevel } from "../log/logger.ts";
import { accessLog } from "./access-log.ts";
import type { AppEnv } from "./env.ts";
import { HttpError, onError } from "./errors.ts";
import { requestContext } from "./request-id.ts";

/** an app with the request context and access log over a logger that keeps its lines */
function appAt(level: LogLevel) {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger(level, (line) => lines.push(JSON.parse(line)));
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use("*", requestContext(log));
  app.use("*", accessLog(log));
  app.get("/api/health", (c) => c.json({ status: "ok" }));
  // a middleware matched after the handler's route must not become the logged route
  app.use("/api/*", (_c, next) => next());
  app.get("/api/cvs/:id", (c) => c.json({ id: c.req.param("id") }));
  app.get("/api/shed", () => {
    throw new HttpError(503, "overloaded", "busy", undefined, { "Retry-After": "2" });
  });
  app.get("/api/broken", () => {
    throw new Error("bug");
  });
  app.get("/api/chatty", (c) => {
    c.var.log.warn("handler says", { n: 1 });
    return c.text("ok");
  });
  return { app, lines };
}

const requestLines = (lines: Record<string, unknown>[]) => lines.filter((l) => l.msg === "request");

describe("access log", () => {
  it.each([
    // [level, path, status, access line level or none]
    ["info", "/api/cvs/42", 200, "info"],
    ["info", "/api/health", 200, "info"],
    ["info", "/api/shed", 503, "info"],
    ["info", "/api/broken", 500, "error"],
    ["warn", "/api/cvs/42", 200, null],
    ["warn", "/api/shed", 503, null],
    ["warn", "/api/broken", 500, "error"],
    ["error", "/api/broken", 500, "error"],
    ["silent", "/api/broken", 500, null],
  ] as const)("at LOG_LEVEL=%s, GET %s (%i) is logged at %s", async (level, path, status, lineLevel) => {
    const { app, lines } = appAt(level);
    const res = await app.request(path, { headers: { "x-request-id": "req-1" } });
    expect(res.status).toBe(status);
    const logged = requestLines(lines);
    if (lineLevel === null) expect(logged).toEqual([]);
    else
      expect(logged).toEqual([
        {
          level: lineLevel,
          time: expect.any(String),
          msg: "request",
          requestId: "req-1",
          method: "GET",
          route: path.startsWith("/api/cvs") ? "/api/cvs/:id" : path,
          status,
          ms: expect.any(Number),
        },
      ]);
  });

  it("binds the request id to what a handler logs, and only to its own request's lines", async () => {
    const { app, lines } = appAt("info");
    await app.request("/api/chatty", { headers: { "x-request-id": "req-a" } });
    await app.request("/api/chatty", { headers: { "x-request-id": "req-b" } });
    expect(lines.filter((l) => l.msg === "handler says").map((l) => [l.level, l.requestId, l.n])).toEqual([
      ["warn", "req-a", 1],
      ["warn", "req-b", 1],
    ]);
  });
});
