import { afterAll, describe, expect, it } from "vitest";
import { integrationAvailable, testDatabaseUrl } from "../../test/support/integration.ts";
import { createPostgres } from "../clients/postgres.node.ts";
import { processBudget } from "../config/budget.ts";
import { loadSettings } from "../config/settings.ts";
import { checkConnectionBudget, serverConnections } from "./connection-budget.ts";

describe.runIf(integrationAvailable("connection budget", { DATABASE_URL: testDatabaseUrl }))(
  "connection budget against a real PostgreSQL",
  () => {
    const settings = loadSettings({ DATABASE_URL: testDatabaseUrl! });
    const handle = createPostgres(testDatabaseUrl!, settings);
    afterAll(() => handle.dependency.close());

    it("reads max_connections and the reserved connections from the server", async () => {
      const server = await serverConnections(handle.db);
      expect(server.maxConnections).toBeGreaterThan(server.reserved);
      expect(server.available).toBe(server.maxConnections - server.reserved);
    });

    it("accepts a budget that fits and refuses one that does not, naming the settings", async () => {
      const { available, maxConnections } = await serverConnections(handle.db);
      const fits = { serviceConnections: available, processes: 1, poolMax: available };
      expect((await checkConnectionBudget(handle.db, fits)).available).toBe(available);
      const over = processBudget(
        loadSettings({
          DATABASE_URL: testDatabaseUrl!,
          UVICORN_WORKERS: "2",
          DATABASE_POOL_SIZE: String(available),
          DATABASE_MAX_OVERFLOW: "2",
        }),
      );
      await expect(checkConnectionBudget(handle.db, over)).rejects.toThrow(
        `DATABASE_POOL_SIZE + DATABASE_MAX_OVERFLOW = ${available + 2} connections (2 process(es) × ${Math.floor((available + 2) / 2)}) exceed what PostgreSQL accepts: max_connections ${maxConnections}`,
      );
    });
  },
);
