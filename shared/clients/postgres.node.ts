// PostgreSQL over a pg Pool wrapped in Kysely. The pool holds this process's share of the service's connection
// budget (DATABASE_POOL_SIZE + DATABASE_MAX_OVERFLOW divided by the HTTP processes; config/budget.ts).
import { Kysely, PostgresDialect } from "kysely";
import { processBudget } from "../config/budget.ts";
import type { Settings } from "../config/settings.ts";
import { pingDatabase } from "../db/ping.ts";
import type { Database } from "../db/schema.ts";
import { loadPg } from "./driver-packages.node.ts";
import { classifyingPool } from "./postgres-pool.ts";
import { type Dependency, type DependencyName, withTimeout } from "./types.ts";

export interface PostgresHandle {
  db: Kysely<Database>;
  dependency: Dependency;
}

export function createPostgres(
  url: string,
  settings: Settings,
  name: DependencyName = "postgres",
): PostgresHandle {
  let errors = 0;
  const pool = new (loadPg().Pool)({
    connectionString: url,
    // Connections beyond steady load are closed again once idle (the overflow of a burst).
    max: processBudget(settings).poolMax,
    idleTimeoutMillis: 10_000,
    connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
    application_name: "cv-analyzer",
  });
  // An idle client that loses its server emits here; without a listener the process would crash.
  pool.on("error", () => {
    errors += 1;
  });
  // A checked-out client is not listened to by the pool: when its server goes away (a restart) between two
  // queries, its own 'error' would be unhandled and end the process. The query in flight fails on its own.
  pool.on("connect", (client) => {
    client.on("error", () => {
      errors += 1;
    });
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: classifyingPool(pool, name) }),
    log: (event) => {
      if (event.level === "error") errors += 1;
    },
  });
  return {
    db,
    dependency: {
      name,
      async check(timeoutMs) {
        await withTimeout(pingDatabase(db), timeoutMs, name);
      },
      state: () => ({ open: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, errors }),
      close: () => db.destroy(),
    },
  };
}
