// The Workers entry as `wrangler dev` runs it from a fresh clone: inside workerd, PostgreSQL at DATABASE_URL
// over pg directly (no password, no Hyperdrive), and a database outage answered 503, never 500.
import { describe, expect, it } from "vitest";
import { integrationAvailable, testDatabaseUrl } from "../../test/support/integration.ts";
import { freePort } from "../../test/support/process.ts";
import { startWorker } from "../../test/support/workerd.ts";

describe("the Workers entry with its database unreachable", () => {
  it("answers liveness 200, readiness 503 naming postgres, and a keyed route 503", async () => {
    const down = `postgres://postgres@127.0.0.1:${await freePort()}/cv_analyzer`;
    const mf = await startWorker({ bindings: { DATABASE_URL: down } });
    try {
      const live = await mf.dispatchFetch("http://worker/api/health");
      expect(live.status).toBe(200);
      const ready = await mf.dispatchFetch("http://worker/api/health/ready");
      expect(ready.status).toBe(503);
      const readiness = (await ready.json()) as {
        error: { details: { down: string[] } };
        dependencies: Record<string, { status: string }>;
      };
      expect(readiness.error.details.down).toEqual(["postgres"]);
      expect(readiness.dependencies.postgres?.status).toBe("down");
      const keyed = await mf.dispatchFetch("http://worker/api/cvs", {
        headers: { authorization: "Bearer cva_any-key-the-database-cannot-check" },
      });
      expect(keyed.status).toBe(503);
      expect(keyed.headers.get("retry-after")).toBe("5");
      expect(await keyed.json()).toEqual({
        error: { code: "dependency_unavailable", message: "a backing service is unavailable: postgres" },
      });
    } finally {
      await mf.dispose();
    }
  }, 60_000);
});

describe.runIf(integrationAvailable("workers entry over DATABASE_URL", { DATABASE_URL: testDatabaseUrl }))(
  "the Workers entry over DATABASE_URL",
  () => {
    it("reports postgres up through a connection string without a password", async () => {
      const url = new URL(testDatabaseUrl!);
      expect(url.password).toBe("");
      const mf = await startWorker({ bindings: { DATABASE_URL: url.toString() } });
      try {
        const ready = await mf.dispatchFetch("http://worker/api/health/ready");
        expect(ready.status).toBe(200);
        expect(await ready.json()).toMatchObject({
          mode: "edge",
          dependencies: { postgres: { status: "up" } },
        });
      } finally {
        await mf.dispose();
      }
    }, 60_000);
  },
);
