// Start-up check of the connection budget against the PostgreSQL server: a service whose processes together
// may open more connections than the server accepts would answer 500 ("too many clients") under load.
import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.ts";

export class ConnectionBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConnectionBudgetError";
  }
}

export interface ServerConnections {
  maxConnections: number;
  /** kept for superusers (and, from PostgreSQL 16, for pg_use_reserved_connections) */
  reserved: number;
  /** what ordinary roles can open: max_connections less the reserved ones */
  available: number;
}

export async function serverConnections(db: Kysely<Database>): Promise<ServerConnections> {
  const { rows } = await sql<{ max: string; superuser: string; reserved: string | null }>`
    select current_setting('max_connections') as max,
           current_setting('superuser_reserved_connections') as superuser,
           current_setting('reserved_connections', true) as reserved`.execute(db);
  const row = rows[0]!;
  const reserved = Number(row.superuser) + Number(row.reserved ?? 0);
  const maxConnections = Number(row.max);
  return { maxConnections, reserved, available: maxConnections - reserved };
}

/** Throws when `budget` connections (the whole service's) do not fit in what the server accepts. */
export async function checkConnectionBudget(
  db: Kysely<Database>,
  budget: { serviceConnections: number; processes: number; poolMax: number },
): Promise<ServerConnections> {
  const server = await serverConnections(db);
  const wanted = budget.poolMax * budget.processes;
  if (wanted > server.available)
    throw new ConnectionBudgetError(
      `DATABASE_POOL_SIZE + DATABASE_MAX_OVERFLOW = ${budget.serviceConnections} connections ` +
        `(${budget.processes} process(es) × ${budget.poolMax}) exceed what PostgreSQL accepts: max_connections ` +
        `${server.maxConnections} less ${server.reserved} reserved = ${server.available}. Lower the budget or ` +
        "raise max_connections.",
    );
  return server;
}
