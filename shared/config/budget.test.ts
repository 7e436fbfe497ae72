import { describe, expect, it } from "vitest";
import { processBudget } from "./budget.ts";
import { loadSettings } from "./settings.ts";

const pg = "postgres://postgres@127.0.0.1:5432/db";

describe("processBudget", () => {
  it.each([
    // [environment, processes, pool per process, in flight per process]
    [{}, 1, 70, 100],
    [{ DATABASE_URL: pg }, 2, 35, 75],
    [{ DATABASE_URL: pg, UVICORN_WORKERS: "1" }, 1, 70, 100],
    [{ DATABASE_URL: pg, UVICORN_WORKERS: "4" }, 4, 17, 37],
    [
      { DATABASE_URL: pg, UVICORN_WORKERS: "3", DATABASE_POOL_SIZE: "8", DATABASE_MAX_OVERFLOW: "2" },
      3,
      3,
      50,
    ],
    [{ DATABASE_URL: pg, UVICORN_WORKERS: "2", MAX_CONCURRENT_REQUESTS: "20" }, 2, 35, 20],
    [{ DATABASE_URL: pg, UVICORN_WORKERS: "8", MAX_GLOBAL_CONCURRENT: "4" }, 8, 8, 1],
    // the embedded database serves from one process whatever UVICORN_WORKERS says
    [{ UVICORN_WORKERS: "4" }, 1, 70, 100],
    [{ WEB_CONCURRENCY: "5", DATABASE_URL: pg }, 5, 14, 30],
  ] as const)("%j: %i processes, pool %i, %i in flight", (env, processes, poolMax, maxConcurrent) => {
    const budget = processBudget(loadSettings(env));
    expect([budget.processes, budget.poolMax, budget.maxConcurrent]).toEqual([
      processes,
      poolMax,
      maxConcurrent,
    ]);
    // together the processes never hold more than the service's budget
    expect(budget.poolMax * budget.processes).toBeLessThanOrEqual(budget.serviceConnections);
  });

  it("gives each Workers isolate the whole in-flight share (isolates are not cluster workers)", () => {
    const settings = loadSettings({ DATABASE_URL: pg, UVICORN_WORKERS: "4" }, "workerd");
    expect(processBudget(settings)).toMatchObject({ processes: 1, poolMax: 70, maxConcurrent: 100 });
  });
});
