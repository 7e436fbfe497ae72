// Redis down in stack mode: the cache only saves work, so uploads and deletes still succeed once PostgreSQL has
// committed them (never a 500 after a committed write), and they do not wait for Redis to come back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../shared/log/logger.ts";
import { startTestApi, type TestApi } from "./support/api.ts";
import { cvIds } from "./support/cv-rows.ts";
import { integrationAvailable, testDatabaseUrl } from "./support/integration.ts";

const ready = integrationAvailable("uploads with Redis down", { DATABASE_URL: testDatabaseUrl });

describe.runIf(ready)("uploads with Redis down (stack mode)", () => {
  let api: TestApi;
  const lines: { msg: string; operation?: string; component?: string }[] = [];
  beforeAll(async () => {
    // Nothing listens on port 1: every Redis command fails at once, as with a server that is restarting.
    api = await startTestApi(
      "stack",
      { database: testDatabaseUrl, redis: "redis://127.0.0.1:1" },
      {},
      createLogger("warn", (line) => lines.push(JSON.parse(line))),
    );
  }, 120_000);
  afterAll(() => api?.close());

  it("stores a CV and deletes it, each answered from the database", async () => {
    const text = "Katherine Johnson\nkatherine@example.com\n\nSkills\nFortran, Orbital mechanics";
    const stored = await api.request("/api/cvs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    expect(stored.status).toBe(201);
    const { id } = await stored.json();
    expect(await cvIds(api.clients.db(), api.tenantA)).toEqual([id]);
    expect((await api.request(`/api/cvs/${id}`, { method: "DELETE" })).status).toBe(204);
  });

  it("answers a search without the cache and logs each cache failure", async () => {
    lines.length = 0;
    const res = await api.request("/api/search", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "fortran" }),
    });
    expect(res.status).toBe(200);
    const cacheLines = lines.filter((l) => l.component === "cache");
    expect(cacheLines.map((l) => [l.msg, l.operation])).toEqual([
      ["cache unavailable; going on without it", "get"],
      ["cache unavailable; going on without it", "set"],
    ]);
  });
});
