// A pg pool as Kysely sees it, with every connection or query failure raised by this adapter as a typed
// DependencyUnavailableError when the server is unreachable, going away or full (Node and Workers alike).
import type { PostgresPool, PostgresPoolClient } from "kysely";
import type pg from "pg";
import { DependencyUnavailableError, fromPostgresError } from "./errors.ts";
import type { DependencyName } from "./types.ts";

export function classifyingPool(pool: pg.Pool, dependency: DependencyName): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        // A connection that cannot be made (refused, timed out, pool exhausted past its wait) is the server's.
        throw new DependencyUnavailableError(dependency, `${dependency}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      return {
        // Kysely calls query(sql, parameters) only: it is given no cursor option.
        query: ((text: string, parameters: readonly unknown[]) =>
          client.query(text, parameters as unknown[]).catch((error: unknown) => {
            throw fromPostgresError(error, dependency);
          })) as unknown as PostgresPoolClient["query"],
        release: (destroy?: boolean) => client.release(destroy),
      };
    },
    end: () => pool.end(),
  };
}
