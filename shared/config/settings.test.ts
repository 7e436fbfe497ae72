import { describe, expect, it } from "vitest";
import { loadSettings, SettingsError } from "./settings.ts";

const problemsOf = (env: Record<string, string>, runtime: "node" | "workerd" = "node") => {
  try {
    loadSettings(env, runtime);
    return [];
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return error.problems.map((p) => p.variable).sort();
  }
};

describe("loadSettings", () => {
  it("gives the documented defaults with an empty environment", () => {
    const s = loadSettings({});
    expect({
      QDRANT_MAX_CONNECTIONS: s.QDRANT_MAX_CONNECTIONS,
      QDRANT_POOL_SIZE: s.QDRANT_POOL_SIZE,
      QDRANT_TIMEOUT: s.QDRANT_TIMEOUT,
      REDIS_MAXMEMORY: s.REDIS_MAXMEMORY,
      REDIS_MAXMEMORY_POLICY: s.REDIS_MAXMEMORY_POLICY,
      UVICORN_WORKERS: s.UVICORN_WORKERS,
      MIN_QUEUE_WORKERS: s.MIN_QUEUE_WORKERS,
      MAX_QUEUE_WORKERS: s.MAX_QUEUE_WORKERS,
      MEMORY_THRESHOLD_MB: s.MEMORY_THRESHOLD_MB,
      PYTHON_MEMORY_LIMIT: s.PYTHON_MEMORY_LIMIT,
      DATABASE_POOL_SIZE: s.DATABASE_POOL_SIZE,
      DATABASE_MAX_OVERFLOW: s.DATABASE_MAX_OVERFLOW,
      MAX_CONCURRENT_REQUESTS: s.MAX_CONCURRENT_REQUESTS,
      MAX_GLOBAL_CONCURRENT: s.MAX_GLOBAL_CONCURRENT,
      HOST: s.HOST,
      EMBEDDING_TIMEOUT_MS: s.EMBEDDING_TIMEOUT_MS,
      EMBEDDING_BATCH_SIZE: s.EMBEDDING_BATCH_SIZE,
      mode: s.mode,
      authMode: s.authMode,
    }).toEqual({
      QDRANT_MAX_CONNECTIONS: 50,
      QDRANT_POOL_SIZE: 10,
      QDRANT_TIMEOUT: 30,
      REDIS_MAXMEMORY: "512mb",
      REDIS_MAXMEMORY_POLICY: "allkeys-lru",
      UVICORN_WORKERS: 2,
      MIN_QUEUE_WORKERS: 2,
      MAX_QUEUE_WORKERS: 8,
      MEMORY_THRESHOLD_MB: 8192,
      PYTHON_MEMORY_LIMIT: 8192,
      DATABASE_POOL_SIZE: 50,
      DATABASE_MAX_OVERFLOW: 20,
      MAX_CONCURRENT_REQUESTS: 100,
      MAX_GLOBAL_CONCURRENT: 150,
      HOST: "127.0.0.1",
      EMBEDDING_TIMEOUT_MS: 30_000,
      EMBEDDING_BATCH_SIZE: 64,
      mode: "embedded",
      authMode: "none",
    });
  });

  it.each([
    [{ WEB_CONCURRENCY: "4" }, "UVICORN_WORKERS", 4],
    [{ WEB_CONCURRENCY: "4", UVICORN_WORKERS: "3" }, "UVICORN_WORKERS", 3],
    [{ NODE_MEMORY_LIMIT_MB: "2048" }, "PYTHON_MEMORY_LIMIT", 2048],
    [{ QDRANT_POOL_SIZE: " 12 " }, "QDRANT_POOL_SIZE", 12],
    [{ MATCH_WEIGHT_SEMANTIC: "0.5" }, "MATCH_WEIGHT_SEMANTIC", 0.5],
    [{ EMBEDDING_TIMEOUT_MS: "5000" }, "EMBEDDING_TIMEOUT_MS", 5000],
    [{ EMBEDDING_BATCH_SIZE: "16" }, "EMBEDDING_BATCH_SIZE", 16],
    [{}, "LISTEN_BACKLOG", 2048],
    [{ UVICORN_BACKLOG: "4096" }, "LISTEN_BACKLOG", 4096],
    [{ LISTEN_BACKLOG: "100", UVICORN_BACKLOG: "4096" }, "LISTEN_BACKLOG", 100],
    [{}, "MEMORY_SAMPLE_MS", 1000],
  ] as const)("reads %j into %s", (env, key, value) => {
    expect(loadSettings(env)[key]).toBe(value);
  });

  it.each([
    [{ DATABASE_URL: "postgres://localhost/db" }, "stack"],
    [{ REDIS_URL: "redis://localhost:6379" }, "stack"],
    [{ QDRANT_URL: "http://localhost:6333" }, "stack"],
    [{}, "embedded"],
  ] as const)("derives the mode from %j", (env, mode) => {
    expect(loadSettings(env).mode).toBe(mode);
  });

  it.each([
    [
      { QDRANT_POOL_SIZE: "abc", MAX_CONCURRENT_REQUESTS: "-1" },
      ["MAX_CONCURRENT_REQUESTS", "QDRANT_POOL_SIZE"],
    ],
    [{ PORT: "70000" }, ["PORT"]],
    [{ LISTEN_BACKLOG: "0" }, ["LISTEN_BACKLOG"]],
    // 3 connections cannot be shared by 4 HTTP processes; without PostgreSQL there is no pool to share
    [
      {
        DATABASE_URL: "postgres://h/db",
        UVICORN_WORKERS: "4",
        DATABASE_POOL_SIZE: "2",
        DATABASE_MAX_OVERFLOW: "1",
      },
      ["DATABASE_POOL_SIZE"],
    ],
    [{ UVICORN_WORKERS: "4", DATABASE_POOL_SIZE: "2", DATABASE_MAX_OVERFLOW: "1" }, []],
    [{ DATABASE_URL: "mysql://x" }, ["DATABASE_URL"]],
    [{ REDIS_URL: "localhost:6379" }, ["REDIS_URL"]],
    [{ LOG_LEVEL: "loud" }, ["LOG_LEVEL"]],
    [{ MIN_QUEUE_WORKERS: "9" }, ["MIN_QUEUE_WORKERS"]],
    [{ QDRANT_POOL_SIZE: "60" }, ["QDRANT_POOL_SIZE"]],
    [{ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" }, ["UPSTASH_REDIS_REST_TOKEN"]],
    [{ HOST: "0.0.0.0", AUTH_MODE: "none" }, ["AUTH_MODE"]],
    [
      { EMBEDDING_TIMEOUT_MS: "50", EMBEDDING_BATCH_SIZE: "0" },
      ["EMBEDDING_BATCH_SIZE", "EMBEDDING_TIMEOUT_MS"],
    ],
    [
      { MATCH_WEIGHT_SEMANTIC: "-0.1", REDIS_MAXMEMORY: "lots" },
      ["MATCH_WEIGHT_SEMANTIC", "REDIS_MAXMEMORY"],
    ],
  ] as const)("rejects %j naming %j", (env, variables) => {
    expect(problemsOf(env)).toEqual(variables);
  });

  it("names every bad variable and what it expects in one message", () => {
    expect(() => loadSettings({ QDRANT_POOL_SIZE: "abc", MAX_CONCURRENT_REQUESTS: "-1" })).toThrow(
      'Invalid settings (2):\n  QDRANT_POOL_SIZE: expected an integer, got "abc"\n  MAX_CONCURRENT_REQUESTS: expected an integer >= 1, got "-1"',
    );
  });

  it("never echoes a secret or the password of a URL", () => {
    expect(() => loadSettings({ METRICS_TOKEN: "short", DATABASE_URL: "mysql://u:pw@db/x" })).toThrow(
      'Invalid settings (2):\n  DATABASE_URL: expected a URL starting with postgres:// or postgresql://, got "mysql://***@db/x"\n  METRICS_TOKEN: expected at least 16 characters, got a value (hidden)',
    );
  });

  it("defaults to API keys off loopback and on Workers, and refuses AUTH_MODE=none there", () => {
    expect(loadSettings({ HOST: "0.0.0.0" }).authMode).toBe("apikey");
    expect(loadSettings({}, "workerd").authMode).toBe("apikey");
    expect(loadSettings({}, "workerd").mode).toBe("edge");
    expect(problemsOf({ AUTH_MODE: "none" }, "workerd")).toEqual(["AUTH_MODE"]);
  });
});
