import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "./env.ts";
import { onError } from "./errors.ts";

/** an error as pg raises it: a message and a SQLSTATE code */
const pgError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("onError", () => {
  it.each([
    // [thrown, status, error code, Retry-After]
    [pgError("sorry, too many clients already", "53300"), 503, "dependency_unavailable", "5"],
    [
      pgError("terminating connection due to administrator command", "57P01"),
      503,
      "dependency_unavailable",
      "5",
    ],
    [new Error("timeout exceeded when trying to connect"), 503, "dependency_unavailable", "5"],
    [pgError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"), 503, "dependency_unavailable", "5"],
    [pgError('relation "cvs" does not exist', "42P01"), 500, "internal", null],
    [new Error("bug"), 500, "internal", null],
  ])("%s answers %i %s", async (error, status, code, retryAfter) => {
    const app = new Hono<AppEnv>();
    app.onError(onError);
    app.get("/", () => {
      throw error;
    });
    const res = await app.request("/");
    expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([
      status,
      code,
    ]);
    expect(res.headers.get("retry-after")).toBe(retryAfter);
  });
});
