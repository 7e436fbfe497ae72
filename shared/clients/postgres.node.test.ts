// A PostgreSQL connection that dies while checked out (a server restart between two queries) costs an error
// count, not the process; the next query gets a fresh connection.
import { afterAll, describe, expect, it } from "vitest";
import { integrationAvailable, testDatabaseUrl } from "../../test/support/integration.ts";
import { selectOne, terminateBackendOf } from "../../test/support/postgres.ts";
import { loadSettings } from "../config/settings.ts";
import { DependencyUnavailableError } from "./errors.ts";
import { createPostgres } from "./postgres.node.ts";

const ready = integrationAvailable("postgres client errors", { DATABASE_URL: testDatabaseUrl });

describe.runIf(ready)("createPostgres", () => {
  const handle = createPostgres(testDatabaseUrl!, loadSettings({ DATABASE_URL: testDatabaseUrl! }));
  afterAll(() => handle.dependency.close());

  it("survives the server ending a checked-out connection", async () => {
    const before = handle.dependency.state().errors;
    await handle.db.connection().execute(async (connection) => {
      // Another connection of the same pool ends this one, as a restart would, while it is checked out.
      await terminateBackendOf(connection, handle.db);
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(handle.dependency.state().errors).toBeGreaterThan(before);
    expect(await selectOne(handle.db)).toBe(1);
  });
});

describe("createPostgres with no server", () => {
  it("raises a typed DependencyUnavailableError naming the dependency", async () => {
    // port 1: nothing listens, the connection is refused at once
    const url = "postgres://postgres@127.0.0.1:1/none";
    const handle = createPostgres(url, loadSettings({ DATABASE_URL: url }), "postgres_read");
    try {
      const failure = await selectOne(handle.db).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DependencyUnavailableError);
      expect((failure as DependencyUnavailableError).dependency).toBe("postgres_read");
    } finally {
      await handle.dependency.close();
    }
  });
});
