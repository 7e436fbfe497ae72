// Request ids: taken from X-Request-Id when it looks sane, made otherwise, echoed on the response, bound to logs.
import { createMiddleware } from "hono/factory";
import { deferredChild, type Logger } from "../log/logger.ts";
import type { AppEnv } from "./env.ts";

const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

export const requestContext = (log: Logger) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const given = c.req.header("x-request-id");
    const requestId = given && acceptable.test(given) ? given : crypto.randomUUID();
    c.set("requestId", requestId);
    // Built only if the request logs something beyond its access line.
    c.set("log", deferredChild(log, { requestId }));
    c.header("X-Request-Id", requestId);
    await next();
  });
