import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { describe, expect, it } from "vitest";
import { AnalysisError } from "../analysis/errors.ts";
import { DependencyUnavailableError, fromPostgresError } from "../clients/errors.ts";
import type { AppEnv } from "./env.ts";
import { HttpError, onError } from "./errors.ts";

/** an error as the PostgreSQL server sends it: a message, a SQLSTATE code and a severity */
const pgServerError = (message: string, code: string) =>
  Object.assign(new Error(message), { code, severity: "FATAL" });

describe("onError", () => {
  it.each([
    // [thrown, status, error code, Retry-After]
    [new DependencyUnavailableError("redis", "redis is unavailable"), 503, "dependency_unavailable", "5"],
    // what the pg adapter raises for a server that is full, going away, or a connection that broke
    [
      fromPostgresError(pgServerError("sorry, too many clients already", "53300"), "postgres"),
      503,
      "dependency_unavailable",
      "5",
    ],
    [
      fromPostgresError(
        pgServerError("terminating connection due to administrator command", "57P01"),
        "postgres",
      ),
      503,
      "dependency_unavailable",
      "5",
    ],
    [
      fromPostgresError(new Error("Connection terminated unexpectedly"), "postgres"),
      503,
      "dependency_unavailable",
      "5",
    ],
    // a query the server refused is a fault of ours, raised as it was
    [
      fromPostgresError(pgServerError('relation "cvs" does not exist', "42P01"), "postgres"),
      500,
      "internal",
      null,
    ],
    // nothing is guessed from a message: an untyped error with a connection-like text is still ours
    [new Error("timeout exceeded when trying to connect"), 500, "internal", null],
    [new AnalysisError("encrypted", "the PDF is encrypted"), 422, "encrypted", null],
    [new AnalysisError("too_many_pages", "more than 20 pages"), 413, "too_many_pages", null],
    [new AnalysisError("unsupported_type", "not a CV format"), 415, "unsupported_type", null],
    [new HttpError(409, "conflict", "taken"), 409, "conflict", null],
    [new HTTPException(504), 504, "timeout", null],
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

  it("names the dependency that failed", async () => {
    const app = new Hono<AppEnv>();
    app.onError(onError);
    app.get("/", () => {
      throw new DependencyUnavailableError("qdrant", "qdrant search failed");
    });
    const body = (await (await app.request("/")).json()) as { error: { message: string } };
    expect(body.error.message).toBe("a backing service is unavailable: qdrant");
  });

  it("is an HTTPException that renders the project's error outside the app too", async () => {
    const error = new HttpError(401, "unauthorized", "no key", undefined, { "WWW-Authenticate": "Bearer" });
    expect(error).toBeInstanceOf(HTTPException);
    const res = error.getResponse();
    expect([res.status, res.headers.get("www-authenticate"), await res.json()]).toEqual([
      401,
      "Bearer",
      { error: { code: "unauthorized", message: "no key" } },
    ]);
  });
});
